#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QString>
#include <atomic>

// A piece of work the scheduler runs on every tick before it delivers mail: sequence steps that
// fell due, renewal and payment reminders, … Jobs run on the scheduler's thread, with that thread's
// database connection (through `context`), and must be idempotent: a tick may be repeated after a
// crash, and two desktops may tick at once. A job queues mail with Outbox::enqueue inside its own
// transactions, using dedupe keys, and returns; delivery happens afterwards.
class SchedulerJob
{
public:
    virtual ~SchedulerJob() = default;
    // Translated, for the status bar and logs ("Renewal reminders").
    virtual QString name() const = 0;
    // `stop` turns true when the application is closing: finish the item in hand and return.
    virtual Status run(const ServiceContext& context, const std::atomic_bool& stop) = 0;
    // One line on what the last run did ("Reminders for 2026-03-02: 4 queued, …"), for logs.
    virtual QString summary() const { return {}; }
};
