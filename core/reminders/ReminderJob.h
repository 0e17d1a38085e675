#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QString>

// The scheduler's reminder job: runs the daily reminder run when it is due (at the configured
// office time, or at the first tick after a missed one) and does nothing on the other ticks.
// SchedulerJobRegistry::standard() runs it on every scheduler tick.
class ReminderJob
{
public:
    static QString name() { return QStringLiteral("reminders"); }
    static Result<QString> run(const ServiceContext& context);
};
