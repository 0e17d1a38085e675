#include "reminders/ReminderJob.h"

#include "common/TimeFormat.h"
#include "reminders/ReminderService.h"

#include <QCoreApplication>

Result<QString> ReminderJob::run(const ServiceContext& context)
{
    auto report = ReminderService(context).runIfDue();
    if (!report)
        return report.error();
    if (!report->ran)
        return QCoreApplication::translate("ReminderJob", "Reminders: today's run is already done.");
    return QCoreApplication::translate("ReminderJob",
                                       "Reminders for %1: %2 queued, %3 already sent, %4 without an active "
                                       "template, %5 triggered enrolments.")
        .arg(TimeFormat::toStoredDate(report->day))
        .arg(report->queued)
        .arg(report->alreadySent)
        .arg(report->missingTemplates)
        .arg(report->enrolled);
}
