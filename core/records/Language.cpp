#include "records/Language.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<Language>{Language::English, "en", QT_TRANSLATE_NOOP("Language", "English")},
    EnumCode<Language>{Language::Thai, "th", QT_TRANSLATE_NOOP("Language", "Thai")},
};
} // namespace

namespace LanguageCodes {
QString toCode(Language value)
{
    return EnumCodes::toCode<Language>(kTable, value);
}

std::optional<Language> fromCode(const QString& code)
{
    return EnumCodes::fromCode<Language>(kTable, code);
}

QString label(Language value)
{
    return EnumCodes::label<Language>(kTable, "Language", value);
}

QStringList codes()
{
    return EnumCodes::codes<Language>(kTable);
}

QList<Language> all()
{
    QList<Language> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace LanguageCodes
