#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>
#include <optional>

// The calendar arithmetic of sequences, done in the office time zone so that "2 days later at
// 09:00" stays 09:00 on the wall clock across a daylight-saving change.
namespace SequenceSchedule {
// When a step with this delay and send time falls due, counted from `fromUtc`: the office-local
// date of `fromUtc` plus `daysDelay` days, at `sendTime` (or at the local time of `fromUtc` when
// none is set). A send time already past on a zero-day delay means the next day at that time, so
// "send at 09:00" never goes out in the afternoon.
QDateTime dueAfter(const QDateTime& fromUtc, int daysDelay, const std::optional<QTime>& sendTime,
                   const QTimeZone& zone);
// The UTC instant of a local date and time in `zone`. A time that does not exist (skipped by a
// spring-forward change) moves forward by the length of the gap, as a wall clock would.
QDateTime localToUtc(const QDate& date, const QTime& time, const QTimeZone& zone);
} // namespace SequenceSchedule
