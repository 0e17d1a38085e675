#include "scheduler/SchedulerJobRegistry.h"

#include "reminders/ReminderJob.h"
#include "sequences/SequenceJob.h"

#include <QCoreApplication>

namespace {
// Adapts the areas' jobs (a static run(context) returning a one-line summary) to SchedulerJob.
class SummaryJob final : public SchedulerJob
{
public:
    using Run = Result<QString> (*)(const ServiceContext&);
    SummaryJob(const char* name, Run run) : m_name(name), m_run(run) {}

    QString name() const override { return QCoreApplication::translate("SchedulerJobRegistry", m_name); }
    Status run(const ServiceContext& context, const std::atomic_bool& stop) override
    {
        if (stop.load())
            return Status::success();
        m_summary.clear();
        auto summary = m_run(context);
        if (!summary)
            return summary.error();
        m_summary = summary.value();
        return Status::success();
    }
    QString summary() const override { return m_summary; }

private:
    const char* m_name;
    Run m_run;
    QString m_summary;
};
} // namespace

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
    // Reminders first: they also enrol triggered sequences, whose first step may be due at once.
    registry.add([] {
        return std::make_unique<SummaryJob>(QT_TRANSLATE_NOOP("SchedulerJobRegistry", "reminders"),
                                            &ReminderJob::run);
    });
    registry.add([] {
        return std::make_unique<SummaryJob>(QT_TRANSLATE_NOOP("SchedulerJobRegistry", "sequences"),
                                            &SequenceJob::run);
    });
    return registry;
}
