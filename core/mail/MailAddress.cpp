#include "mail/MailAddress.h"

#include <QRegularExpression>

bool MailAddress::isValidAddress(const QString& address)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\".]+$"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QString MailAddress::domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}
