#pragma once

#include "scheduler/SchedulerJob.h"

// The scheduler's reminder job: runs the daily reminder run when it is due (at the configured
// office time, or at the first tick after a missed one) and does nothing on the other ticks.
class ReminderJob final : public SchedulerJob
{
public:
    QString name() const override;
    Status run(const ServiceContext& context, const std::atomic_bool& stop) override;
    QString lastSummary() const { return m_summary; }

private:
    QString m_summary;
};
