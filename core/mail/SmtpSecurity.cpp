#include "mail/SmtpSecurity.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<SmtpSecurity>{SmtpSecurity::None, "none", QT_TRANSLATE_NOOP("SmtpSecurity", "None")},
    EnumCode<SmtpSecurity>{SmtpSecurity::StartTls, "starttls", QT_TRANSLATE_NOOP("SmtpSecurity", "STARTTLS")},
    EnumCode<SmtpSecurity>{SmtpSecurity::ImplicitTls, "tls",
                           QT_TRANSLATE_NOOP("SmtpSecurity", "TLS (implicit)")},
};
} // namespace

namespace SmtpSecurityCodes {
QString toCode(SmtpSecurity value)
{
    return EnumCodes::toCode<SmtpSecurity>(kTable, value);
}

std::optional<SmtpSecurity> fromCode(const QString& code)
{
    return EnumCodes::fromCode<SmtpSecurity>(kTable, code);
}

QString label(SmtpSecurity value)
{
    return EnumCodes::label<SmtpSecurity>(kTable, "SmtpSecurity", value);
}

QStringList codes()
{
    return EnumCodes::codes<SmtpSecurity>(kTable);
}

QList<SmtpSecurity> all()
{
    QList<SmtpSecurity> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace SmtpSecurityCodes
