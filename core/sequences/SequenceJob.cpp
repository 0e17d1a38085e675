#include "sequences/SequenceJob.h"

#include "sequences/SequenceProcessor.h"

#include <QCoreApplication>

Result<QString> SequenceJob::run(const ServiceContext& context)
{
    auto report = SequenceProcessor(context).run();
    if (!report)
        return report.error();
    QString summary =
        QCoreApplication::translate("SequenceJob",
                                    "Sequences: %1 enrolled by trigger, %2 steps processed, %3 mails queued, "
                                    "%4 skipped, %5 completed, %6 cancelled.")
            .arg(report->enrolled)
            .arg(report->processed)
            .arg(report->queued)
            .arg(report->skipped)
            .arg(report->completed)
            .arg(report->cancelled);
    if (report->waiting > 0)
        summary += QLatin1Char(' ') +
                   QCoreApplication::translate("SequenceJob", "%n step(s) wait for a switched-off template.",
                                               nullptr, report->waiting);
    return summary;
}
