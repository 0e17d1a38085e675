#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// How the SMTP connection is protected: none (loopback relays only for passwords), STARTTLS (required, never
// downgraded) or implicit TLS (port 465).
enum class SmtpSecurity
{
    None,
    StartTls,
    ImplicitTls
};

// Stored codes and translated labels.
namespace SmtpSecurityCodes {
QString toCode(SmtpSecurity value);
std::optional<SmtpSecurity> fromCode(const QString& code);
QString label(SmtpSecurity value);
QStringList codes();
QList<SmtpSecurity> all();
} // namespace SmtpSecurityCodes
