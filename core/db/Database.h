#pragma once

#include "common/Result.h"
#include "db/SqlDialect.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <memory>

// One Rapport database: a SQLite file, or an office's PostgreSQL database
// (postgresql://user@host:port/dbname). Each thread that touches it
// gets its own named connection, opened on first use, because a QSqlDatabase connection may only
// be used from the thread that created it.
class Database
{
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the database at `location` (a file path; empty means the default file in the user's
    // data directory), creating it if needed and applying pending migrations. A database with a
    // newer schema, or a file that is not a Rapport database, is refused and left untouched.
    static Result<std::shared_ptr<Database>> open(const QString& location);
    static QString defaultLocation();
    static bool isPostgresLocation(const QString& location);

    QString location() const { return m_location; }
    const SqlDialect& dialect() const { return *m_dialect; }

    // The calling thread's connection (opened and configured on first use).
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; a worker thread calls this before it ends.
    void closeThreadConnection() const;
    // A connection of its own under `name` (e.g. one that LISTENs), opened and configured like
    // the per-thread ones; closed by closeNamedConnection or when the Database goes away.
    Result<QSqlDatabase> openNamedConnection(const QString& name) const;
    void closeNamedConnection(const QString& name) const;

private:
    static Result<std::shared_ptr<Database>> openPostgres(const QString& location);
    Database(QString location, std::unique_ptr<SqlDialect> dialect);
    Result<QSqlDatabase> openConnection(const QString& connectionName) const;
    QString connectionNameForThisThread() const;

    QString m_location;
    std::unique_ptr<SqlDialect> m_dialect;
    quint64 m_instanceId;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connectionNames;
};
