#include "scheduler/SchedulerJobRegistry.h"

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
    // Sequence steps and reminders plug in here when their areas exist, e.g.
    //   registry.add([] { return std::make_unique<SequenceStepJob>(); });
    return registry;
}
