#pragma once

#include <QString>
#include <QTemporaryDir>

// A real PostgreSQL 15 server for one test: initdb into a fresh data directory, started with
// pg_ctl on a free loopback port (run as the `postgres` user, since initdb refuses root), and
// stopped when this object goes away. Loopback connections are trusted; nothing listens beyond
// 127.0.0.1.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // Why the server could not start; empty when it runs.
    QString unavailableReason() const { return m_reason; }
    bool isRunning() const { return m_reason.isEmpty(); }
    int port() const { return m_port; }
    // Creates a database owned by a login role of the same name; returns its location URL.
    QString createDatabase(const QString& name);
    // Runs SQL through psql as the superuser; returns psql's output.
    QString psql(const QString& database, const QString& sql, bool* ok = nullptr) const;
    // Runs SQL through psql over TCP as `user` with `password` (as a desktop would sign in).
    QString psqlAs(const QString& user, const QString& password, const QString& database, const QString& sql,
                   bool* ok = nullptr) const;
    // From now on every role but the superuser must give its password (SCRAM); trust otherwise.
    bool requirePasswords();
    QString binDir() const { return m_binDir; }

private:
    QString runAsPostgres(const QStringList& command, bool* ok) const;

    QString m_reason;
    QString m_binDir;
    QString m_dataDir;
    QString m_socketDir;
    int m_port = 0;
    QTemporaryDir m_base;
};
