#pragma once

#include "mail/MailDelivery.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What the scheduler is doing, for the status bar (sent across threads by value).
struct SchedulerStatus
{
    enum class State
    {
        Stopped,
        Idle,
        RunningJobs,
        Sending
    };
    State state = State::Stopped;
    QString currentJob; // while RunningJobs
    int done = 0;       // while Sending: mails finished so far in this run …
    int total = 0;      // … out of this many
    QString lastError;  // the last problem; cleared by a tick that sends mail without one
    QDateTime lastRunAt;
    QDateTime nextRunAt;

    // "Idle", "Sending 3 of 10", "Running renewal reminders" (translated).
    QString describe() const;
};

// What one tick did.
struct SchedulerTick
{
    QStringList jobSummaries;
    QStringList jobErrors;
    MailDelivery::Report delivery;
    QDateTime startedAt;
    QDateTime finishedAt;
};

Q_DECLARE_METATYPE(SchedulerStatus)
Q_DECLARE_METATYPE(SchedulerTick)
