#include "mail/MailKind.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<MailKind>{MailKind::Transactional, "transactional",
                       QT_TRANSLATE_NOOP("MailKind", "Transactional")},
    EnumCode<MailKind>{MailKind::Marketing, "marketing", QT_TRANSLATE_NOOP("MailKind", "Marketing")},
};
} // namespace

namespace MailKindCodes {
QString toCode(MailKind value)
{
    return EnumCodes::toCode<MailKind>(kTable, value);
}

std::optional<MailKind> fromCode(const QString& code)
{
    return EnumCodes::fromCode<MailKind>(kTable, code);
}

QString label(MailKind value)
{
    return EnumCodes::label<MailKind>(kTable, "MailKind", value);
}

QStringList codes()
{
    return EnumCodes::codes<MailKind>(kTable);
}

QList<MailKind> all()
{
    QList<MailKind> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace MailKindCodes
