#include "mail/RetrySchedule.h"

#include <algorithm>

namespace RetrySchedule {
qint64 delaySeconds(int attempts)
{
    static constexpr qint64 kFirst[] = {60, 5 * 60, 15 * 60, 60 * 60};
    if (attempts <= 0)
        return kFirst[0];
    if (attempts <= 4)
        return kFirst[attempts - 1];
    qint64 delay = kFirst[3];
    for (int i = 4; i < attempts && delay < kMaxDelaySeconds; ++i)
        delay *= 2;
    return std::min(delay, kMaxDelaySeconds);
}

QDateTime nextAttempt(int attempts, const QDateTime& firstAttempt, const QDateTime& now)
{
    const QDateTime start = firstAttempt.isValid() ? firstAttempt : now;
    if (start.secsTo(now) >= kGiveUpSeconds)
        return {};
    QDateTime next = now.addSecs(delaySeconds(attempts));
    // The last try happens at the deadline rather than not at all.
    const QDateTime deadline = start.addSecs(kGiveUpSeconds);
    return next > deadline ? deadline : next;
}
} // namespace RetrySchedule
