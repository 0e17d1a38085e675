#pragma once

#include "scheduler/SchedulerJob.h"

// The scheduler's sequence job: on every tick, enrol signed contracts into contract_signed
// sequences, process the due steps and copy delivery outcomes back. Idempotent: each step is one
// transaction guarded by the enrolment's state and the outbox dedupe key.
class SequenceJob final : public SchedulerJob
{
public:
    QString name() const override;
    Status run(const ServiceContext& context, const std::atomic_bool& stop) override;
    // One line saying what a run did, for the log; empty before the first run.
    QString lastSummary() const { return m_summary; }

private:
    QString m_summary;
};
