#include "scheduler/SchedulerStatus.h"

#include <QCoreApplication>

QString SchedulerStatus::describe() const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("SchedulerStatus", text);
    };
    switch (state) {
    case State::Stopped:
        return tr("Scheduler stopped");
    case State::Idle:
        return tr("Scheduler idle");
    case State::RunningJobs:
        return tr("Running %1").arg(currentJob);
    case State::Sending:
        return tr("Sending %1 of %2").arg(std::min(done + 1, total)).arg(total);
    }
    return {};
}
