#pragma once

#include "common/Clock.h"

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};
