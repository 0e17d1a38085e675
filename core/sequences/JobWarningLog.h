#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QDateTime>
#include <QList>

struct JobWarning
{
    qint64 id = 0;
    QString job; // "reminders", "sequences"
    QString message;
    int occurrences = 1;
    QDateTime firstAt;
    QDateTime lastAt;
};

// Problems background jobs met that a person must fix (no active template of a needed type),
// kept for the outbox page and written to the log. The same problem on the same office day is
// one row with a count, so a job running every minute does not flood the list.
class JobWarningLog
{
public:
    explicit JobWarningLog(ServiceContext context);

    // `key` identifies the problem ("no_template:renewal_30_days:en"); the day is added here.
    Status record(const QString& job, const QString& key, const QString& message) const;
    Result<QList<JobWarning>> recent(int limit = 50) const;
    Status dismiss(qint64 id) const;

private:
    ServiceContext m_context;
};
