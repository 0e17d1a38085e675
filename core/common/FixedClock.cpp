#include "common/FixedClock.h"

#include <QMutexLocker>

FixedClock::FixedClock(const QDateTime& now) : m_now(now.toUTC()) {}

QDateTime FixedClock::nowUtc() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void FixedClock::setNow(const QDateTime& now)
{
    QMutexLocker lock(&m_mutex);
    m_now = now.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addSecs(seconds);
}
