#include "sequences/SequenceSchedule.h"

namespace SequenceSchedule {

QDateTime localToUtc(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    QDateTime local(date, time, zone);
    if (!local.isValid() || local.time() != time) {
        // In a gap: take the offset in force just before it and read the time with that offset,
        // which lands after the gap by the gap's length (02:30 → 03:30 in Europe/Berlin).
        const QDateTime before(date.addDays(-1), time, zone);
        const int offset = zone.offsetFromUtc(before.isValid() ? before : QDateTime(date, QTime(0, 0), zone));
        return QDateTime(date, time, Qt::UTC).addSecs(-offset).toUTC();
    }
    return local.toUTC();
}

QDateTime dueAfter(const QDateTime& fromUtc, int daysDelay, const std::optional<QTime>& sendTime,
                   const QTimeZone& zone)
{
    const QDateTime fromLocal = fromUtc.toTimeZone(zone);
    const QDate date = fromLocal.date().addDays(daysDelay);
    if (!sendTime) {
        // Keep the wall-clock time, not the number of hours, across a daylight-saving change.
        const QTime time(fromLocal.time().hour(), fromLocal.time().minute(), fromLocal.time().second());
        return localToUtc(date, time, zone);
    }
    QDateTime due = localToUtc(date, *sendTime, zone);
    if (due < fromUtc.addSecs(-59))
        due = localToUtc(date.addDays(1), *sendTime, zone);
    return due;
}

} // namespace SequenceSchedule
