#include "sequences/JobWarningLog.h"

#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "settings/OfficeSettings.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJobs, "rapport.jobs")

JobWarningLog::JobWarningLog(ServiceContext context) : m_context(std::move(context)) {}

Status JobWarningLog::record(const QString& job, const QString& key, const QString& message) const
{
    qCWarning(lcJobs).noquote() << job << message;
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    const QString dayKey = job + QLatin1Char(':') + key + QLatin1Char(':') +
                           TimeFormat::toStoredDate(OfficeSettings(m_context).today());
    auto written = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("INSERT INTO job_warnings (job, warning_key, message, occurrences, first_at, last_at) "
                       "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (warning_key) DO UPDATE SET "
                       "occurrences = job_warnings.occurrences + 1, last_at = excluded.last_at, "
                       "message = excluded.message"),
        {job, dayKey, message, now, now});
    if (!written)
        return written.error();
    return Status::success();
}

Result<QList<JobWarning>> JobWarningLog::recent(int limit) const
{
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT id, job, message, occurrences, first_at, last_at FROM job_warnings "
                       "WHERE dismissed = 0 ORDER BY last_at DESC, id DESC LIMIT ?"),
        {limit});
    if (!query)
        return query.error();
    QList<JobWarning> result;
    while (query->next()) {
        result << JobWarning{query->value(0).toLongLong(),
                             query->value(1).toString(),
                             query->value(2).toString(),
                             query->value(3).toInt(),
                             TimeFormat::fromStoredTimestamp(query->value(4).toString()),
                             TimeFormat::fromStoredTimestamp(query->value(5).toString())};
    }
    return result;
}

Status JobWarningLog::dismiss(qint64 id) const
{
    auto updated = SqlRun::exec(m_context.db().connection(),
                                QStringLiteral("UPDATE job_warnings SET dismissed = 1 WHERE id = ?"), {id});
    if (!updated)
        return updated.error();
    return Status::success();
}
