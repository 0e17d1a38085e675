#include "common/TimeFormat.h"

#include <QTimeZone>

namespace TimeFormat {

QString toStoredTimestamp(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromStoredTimestamp(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QString toStoredDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromStoredDate(const QString& text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
}

QDateTime parseUserTimestamp(const QString& text)
{
    const QString trimmed = text.trimmed();
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(
            QTimeZone::utc()); // a time without a zone is read as UTC, never as this desktop's zone
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace TimeFormat
