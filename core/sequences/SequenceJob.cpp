#include "sequences/SequenceJob.h"

#include "sequences/SequenceProcessor.h"

#include <QCoreApplication>

QString SequenceJob::name() const
{
    return QCoreApplication::translate("SequenceJob", "Drip sequences");
}

Status SequenceJob::run(const ServiceContext& context, const std::atomic_bool& stop)
{
    // Each due step is its own short transaction, so stopping between runs loses nothing.
    if (stop)
        return Status::success();
    auto report = SequenceProcessor(context).run();
    if (!report)
        return report.error();
    m_summary = QCoreApplication::translate("SequenceJob",
                                            "Sequences: %1 enrolled by trigger, %2 steps processed, %3 mails "
                                            "queued, %4 skipped, %5 completed, %6 cancelled.")
                    .arg(report->enrolled)
                    .arg(report->processed)
                    .arg(report->queued)
                    .arg(report->skipped)
                    .arg(report->completed)
                    .arg(report->cancelled);
    return Status::success();
}
