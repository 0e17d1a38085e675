#include "mail/SmtpSettings.h"

QString SmtpSettings::normaliseFingerprint(const QString& fingerprint)
{
    QString hex;
    for (QChar c : fingerprint) {
        if (c.isDigit() || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            hex += c.toUpper();
    }
    QString result;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (!result.isEmpty())
            result += QLatin1Char(':');
        result += hex.mid(i, 2);
    }
    return result;
}
