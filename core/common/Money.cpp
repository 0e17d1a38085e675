#include "common/Money.h"

#include <QRegularExpression>

namespace Money {

std::optional<qint64> parseMinor(const QString& text)
{
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char(','));
    cleaned.remove(QLatin1Char(' '));
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto match = pattern.match(cleaned);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 minor = match.captured(2).toLongLong() * 100;
    QString fraction = match.captured(3);
    if (!fraction.isEmpty()) {
        if (fraction.size() == 1)
            fraction += QLatin1Char('0');
        minor += fraction.toLongLong();
    }
    return match.captured(1).isEmpty() ? minor : -minor;
}

QString toPlain(qint64 minor)
{
    const bool negative = minor < 0;
    const qint64 absolute = negative ? -minor : minor;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(absolute / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
}

double toDouble(qint64 minor)
{
    return static_cast<double>(minor) / 100.0;
}

} // namespace Money
