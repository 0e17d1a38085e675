#include "db/Transaction.h"

#include "db/Database.h"
#include "db/SqlRun.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Nesting depth per connection; connections are per thread, so a thread-local map is enough.
thread_local QHash<QString, int> depthByConnection;

Status run(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return SqlRun::errorFrom(query);
    return Status::success();
}

QString savepointName(int depth)
{
    return QStringLiteral("rapport_sp_%1").arg(depth);
}
} // namespace

Transaction::Transaction(const Database& database) : m_db(database.connection())
{
    int& depth = depthByConnection[m_db.connectionName()];
    m_depth = depth + 1;
    m_started = m_depth == 1 ? run(m_db, database.dialect().beginWriteSql())
                             : run(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    if (m_started)
        depth = m_depth;
    else
        m_finished = true;
}

Transaction::~Transaction()
{
    if (!m_finished)
        rollback();
}

Status Transaction::commit()
{
    if (m_finished)
        return Error::usage(QStringLiteral("Transaction already finished"));
    const Status result = m_depth == 1
                              ? run(m_db, QStringLiteral("COMMIT"))
                              : run(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    if (!result) {
        rollback();
        return result;
    }
    m_finished = true;
    depthByConnection[m_db.connectionName()] = m_depth - 1;
    return result;
}

void Transaction::rollback()
{
    if (m_finished)
        return;
    if (m_depth == 1) {
        (void)run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)run(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_depth));
        (void)run(m_db, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    }
    m_finished = true;
    depthByConnection[m_db.connectionName()] = m_depth - 1;
}
