#include "filters/FilterMatch.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<FilterMatch>{FilterMatch::All, "all", QT_TRANSLATE_NOOP("FilterMatch", "all of")},
    EnumCode<FilterMatch>{FilterMatch::Any, "any", QT_TRANSLATE_NOOP("FilterMatch", "any of")},
};
} // namespace

namespace FilterMatchCodes {
QString toCode(FilterMatch value)
{
    return EnumCodes::toCode<FilterMatch>(kTable, value);
}

std::optional<FilterMatch> fromCode(const QString& code)
{
    return EnumCodes::fromCode<FilterMatch>(kTable, code);
}

QString label(FilterMatch value)
{
    return EnumCodes::label<FilterMatch>(kTable, "FilterMatch", value);
}

QStringList codes()
{
    return EnumCodes::codes<FilterMatch>(kTable);
}

QList<FilterMatch> all()
{
    QList<FilterMatch> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace FilterMatchCodes
