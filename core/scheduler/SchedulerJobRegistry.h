#pragma once

#include "scheduler/SchedulerJob.h"

#include <functional>
#include <memory>
#include <vector>

// The jobs a scheduler runs, as factories: the jobs themselves are created on the scheduler's
// thread, where they run.
class SchedulerJobRegistry
{
public:
    using Factory = std::function<std::unique_ptr<SchedulerJob>()>;

    void add(Factory factory) { m_factories.push_back(std::move(factory)); }
    std::vector<std::unique_ptr<SchedulerJob>> createJobs() const;
    int size() const { return int(m_factories.size()); }

    // Every job the product has (reminders, then sequences), in the order they run. An area that
    // adds a job registers it in SchedulerJobRegistry.cpp.
    static SchedulerJobRegistry standard();

private:
    std::vector<Factory> m_factories;
};
