#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QString>

// The scheduler's sequence job: on every tick, enrol signed contracts into contract_signed
// sequences, process the due steps and copy delivery outcomes back. SchedulerJobRegistry::standard()
// runs it on every scheduler tick (after the reminders); tests call run() directly.
class SequenceJob
{
public:
    static QString name() { return QStringLiteral("sequences"); }
    // A one-line summary of what the tick did, for the log and the status bar.
    static Result<QString> run(const ServiceContext& context);
};
