#pragma once

#include <QDateTime>

// Where core logic gets "now" from. Production uses SystemClock; the CLI's --now and the tests use
// FixedClock, so that days can pass in a test without waiting for them.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};
