#include "reminders/ReminderJob.h"

#include "common/TimeFormat.h"
#include "reminders/ReminderService.h"

#include <QCoreApplication>

QString ReminderJob::name() const
{
    return QCoreApplication::translate("ReminderJob", "Renewal and payment reminders");
}

Status ReminderJob::run(const ServiceContext& context, const std::atomic_bool& stop)
{
    if (stop)
        return Status::success();
    auto report = ReminderService(context).runIfDue();
    if (!report)
        return report.error();
    if (!report->ran) {
        m_summary = QCoreApplication::translate("ReminderJob", "Reminders: today's run is already done.");
        return Status::success();
    }
    m_summary = QCoreApplication::translate(
                    "ReminderJob", "Reminders for %1: %2 queued, %3 already sent, %4 without an active "
                                   "template, %5 triggered enrolments.")
                    .arg(TimeFormat::toStoredDate(report->day))
                    .arg(report->queued)
                    .arg(report->alreadySent)
                    .arg(report->missingTemplates)
                    .arg(report->enrolled);
    return Status::success();
}
