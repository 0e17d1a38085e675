#pragma once

#include "common/Clock.h"

#include <QMutex>

// A clock that says what it is told. Thread-safe, so a test can move time while the scheduler
// thread reads it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime& now);

    QDateTime nowUtc() const override;
    void setNow(const QDateTime& now);
    void advanceSeconds(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};
