#include "scheduler/SchedulerJobRegistry.h"

#include "reminders/ReminderJob.h"
#include "sequences/SequenceJob.h"

std::vector<std::unique_ptr<SchedulerJob>> SchedulerJobRegistry::createJobs() const
{
    std::vector<std::unique_ptr<SchedulerJob>> jobs;
    for (const Factory& factory : m_factories) {
        if (auto job = factory())
            jobs.push_back(std::move(job));
    }
    return jobs;
}

SchedulerJobRegistry SchedulerJobRegistry::standard()
{
    SchedulerJobRegistry registry;
    // Reminders first: their run may enrol triggered sequences, whose first steps the sequence
    // job can then send in the same tick.
    registry.add([] { return std::make_unique<ReminderJob>(); });
    registry.add([] { return std::make_unique<SequenceJob>(); });
    return registry;
}
