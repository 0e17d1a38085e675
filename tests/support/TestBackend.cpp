#include "TestBackend.h"

#include "PostgresServer.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
// Every test database is a copy of one migrated template, so a test function pays for a
// CREATE DATABASE, not for running every migration again.
constexpr const char* kRole = "rapport_test";
constexpr const char* kTemplate = "rapport_template";

struct SharedServer
{
    QMutex mutex;
    std::unique_ptr<PostgresServer> server;
    bool templateReady = false;
    int counter = 0;
    QHash<QString, QString> locations;
};

SharedServer& shared()
{
    static SharedServer instance;
    return instance;
}

[[noreturn]] void skipExecutable(const QString& reason)
{
    std::fprintf(stderr, "SKIP: PostgreSQL backend unavailable: %s\n", qPrintable(reason));
    std::fflush(stderr);
    std::_Exit(77);
}

// A backend failure that is not about the server being missing is a real test failure.
[[noreturn]] void failExecutable(const QString& reason)
{
    std::fprintf(stderr, "FAIL: cannot prepare a PostgreSQL test database: %s\n", qPrintable(reason));
    std::fflush(stderr);
    std::_Exit(1);
}

void stopServer()
{
    shared().server.reset();
}

// Runs one statement as the superuser over a short-lived connection (any thread may ask).
bool adminExec(int port, const QString& sql, QString* error)
{
    static QAtomicInteger<int> serial;
    const QString name = QStringLiteral("rapport-test-admin-%1").arg(serial.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port);
        db.setUserName(QStringLiteral("postgres"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
            db.close();
        } else if (error) {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString urlFor(int port, const QString& database)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(QLatin1String(kRole))
        .arg(port)
        .arg(database);
}
} // namespace

bool TestBackend::isPostgres()
{
    static const bool postgres = qEnvironmentVariable("RAPPORT_TEST_BACKEND") == QLatin1String("postgresql");
    return postgres;
}

PostgresServer* TestBackend::server()
{
    if (!isPostgres())
        return nullptr;
    SharedServer& s = shared();
    QMutexLocker lock(&s.mutex);
    if (!s.server) {
        s.server = std::make_unique<PostgresServer>();
        if (!s.server->isRunning())
            skipExecutable(s.server->unavailableReason());
        // Stopped while QCoreApplication still exists, so QProcess can run pg_ctl.
        qAddPostRoutine(stopServer);
    }
    return s.server.get();
}

QString TestBackend::location(const QString& sqlitePath)
{
    if (!isPostgres() || Database::isPostgresLocation(sqlitePath))
        return sqlitePath;
    PostgresServer* pg = server();
    SharedServer& s = shared();
    QMutexLocker lock(&s.mutex);
    if (const auto known = s.locations.constFind(sqlitePath); known != s.locations.constEnd())
        return known.value();
    const int port = pg->port();
    QString error;
    if (!s.templateReady) {
        if (!adminExec(port, QStringLiteral("CREATE ROLE %1 LOGIN").arg(QLatin1String(kRole)), &error) ||
            !adminExec(port,
                       QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8'")
                           .arg(QLatin1String(kTemplate), QLatin1String(kRole)),
                       &error))
            failExecutable(error);
        auto migrated = Database::open(urlFor(port, QLatin1String(kTemplate)));
        if (!migrated)
            failExecutable(migrated.error().message);
        s.templateReady = true;
    }
    const QString name = QStringLiteral("t%1").arg(++s.counter);
    // The template's last backend may still be exiting right after its connection closed.
    for (int attempt = 0;; ++attempt) {
        if (adminExec(port,
                      QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE %3")
                          .arg(name, QLatin1String(kRole), QLatin1String(kTemplate)),
                      &error))
            break;
        if (attempt == 50)
            failExecutable(error);
        QThread::msleep(50);
    }
    const QString url = urlFor(port, name);
    s.locations.insert(sqlitePath, url);
    return url;
}
