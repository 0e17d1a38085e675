#pragma once

#include <QDateTime>

// When a mail that failed for a temporary reason (4xx, network) is tried again: after about 1, 5,
// 15 and 60 minutes, then doubling up to once a day; 5 days after its first attempt it fails.
namespace RetrySchedule {
inline constexpr qint64 kGiveUpSeconds = 5 * 24 * 3600;
inline constexpr qint64 kMaxDelaySeconds = 24 * 3600;
// The wait after the attempt numbered `attempts` (1 = the first) failed.
qint64 delaySeconds(int attempts);
// The next attempt time, or an invalid QDateTime when the mail should fail instead.
QDateTime nextAttempt(int attempts, const QDateTime& firstAttempt, const QDateTime& now);
} // namespace RetrySchedule
