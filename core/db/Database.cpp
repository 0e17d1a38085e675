#include "db/Database.h"

#include "db/MigrationRunner.h"
#include "db/PostgresDialect.h"
#include "db/SqlRun.h"
#include "db/SqliteDialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

namespace {
QAtomicInteger<quint64> nextInstanceId{1};

// Marks a SQLite file as ours (PRAGMA application_id), so a foreign database is never migrated.
constexpr qint64 kApplicationId = 0x52415054; // "RAPT"

// Reads the header directly, so an unrelated file is judged without SQLite touching it.
Status checkSqliteFileHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return Status::success();
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(
            QCoreApplication::translate("Database", "Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (!header.startsWith("SQLite format 3"))
        return Error::invalid(
            QStringLiteral("db"),
            QCoreApplication::translate(
                "Database", "%1 is not a Rapport database (it is not a SQLite file); it was left untouched.")
                .arg(path));
    return Status::success();
}

// The application id of an existing SQLite file, or an error when the file is someone else's
// database (tables but not our id) or not readable as SQLite.
Result<qint64> probeExistingFile(const QString& path)
{
    const QString name = QStringLiteral("rapport-probe-%1").arg(reinterpret_cast<quintptr>(&path), 0, 16);
    Result<qint64> verdict = qint64(0);
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=15000"));
        const Error foreign = Error::invalid(
            QStringLiteral("db"),
            QCoreApplication::translate("Database", "%1 is not a Rapport database; it was left untouched.")
                .arg(path));
        if (!probe.open()) {
            verdict = foreign;
        } else {
            auto appId = SqlRun::scalar(probe, QStringLiteral("PRAGMA application_id"));
            auto tables = SqlRun::scalar(
                probe, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
            if (!appId || !tables || (appId->toLongLong() != kApplicationId && tables->toLongLong() > 0))
                verdict = foreign;
            else
                verdict = appId->toLongLong();
            probe.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}
} // namespace

Database::Database(QString location, std::unique_ptr<SqlDialect> dialect)
    : m_location(std::move(location)), m_dialect(std::move(dialect)),
      m_instanceId(nextInstanceId.fetchAndAddRelaxed(1))
{}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultLocation()
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/rapport");
    return dir + QStringLiteral("/rapport.db");
}

Result<std::shared_ptr<Database>> Database::open(const QString& requestedLocation)
{
    const QString location = requestedLocation.isEmpty() ? defaultLocation() : requestedLocation;
    if (isPostgresLocation(location))
        return openPostgres(location);

    const QFileInfo info(location);
    if (info.isDir())
        return Error::io(
            QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(location));
    if (!QDir().mkpath(info.absolutePath()))
        return Error::io(
            QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(info.absolutePath()));
    if (auto header = checkSqliteFileHeader(location); !header)
        return header.error();

    // Judge an existing file through a read-only connection first: configuring our own
    // connection (WAL) would already change a foreign file's header.
    qint64 existingAppId = 0;
    if (info.exists() && info.size() > 0) {
        auto probe = probeExistingFile(info.absoluteFilePath());
        if (!probe)
            return probe.error();
        existingAppId = probe.value();
    }

    std::shared_ptr<Database> database(
        new Database(info.absoluteFilePath(), std::make_unique<SqliteDialect>()));
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return Error::database(QCoreApplication::translate("Database", "Cannot open %1: %2")
                                   .arg(location, db.lastError().text()));

    MigrationRunner migrations(*database);
    if (auto migrated = migrations.migrate(); !migrated)
        return migrated.error();
    if (existingAppId != kApplicationId) {
        if (auto marked = SqlRun::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
            !marked)
            return marked.error();
    }
    return database;
}

QString Database::connectionNameForThisThread() const
{
    return QStringLiteral("rapport-%1-%2")
        .arg(m_instanceId)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto opened = openConnection(name);
    return opened ? opened.value() : QSqlDatabase::database(name, false);
}

bool Database::isPostgresLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result<std::shared_ptr<Database>> Database::openPostgres(const QString& location)
{
    const QUrl url(location);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return Error::invalid(
            QStringLiteral("db"),
            QCoreApplication::translate(
                "Database", "\"%1\" is not a PostgreSQL location; write postgresql://user@host:port/dbname.")
                .arg(url.toDisplayString(QUrl::RemovePassword)));
    std::shared_ptr<Database> database(new Database(location, std::make_unique<PostgresDialect>()));
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return Error::database(QCoreApplication::translate("Database", "Cannot connect to %1: %2")
                                   .arg(url.toDisplayString(QUrl::RemovePassword), db.lastError().text()));
    MigrationRunner migrations(*database);
    if (auto migrated = migrations.migrate(); !migrated)
        return migrated.error();
    return database;
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (isPostgresLocation(m_location)) {
        // The password comes from the URL, PGPASSWORD or ~/.pgpass (libpq reads the last two).
        const QUrl url(m_location);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=rapport"));
        if (!db.open())
            return Error::database(db.lastError().text());
        return db;
    }
    db.setDatabaseName(m_location);
    // Waits instead of failing with "database is locked" while another process writes.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
    if (!db.open())
        return Error::database(db.lastError().text());
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 15000"),
        // SQLite keeps a WAL file at the largest size it ever reached (a big mail run can take it
        // to 128 MB, see WalCheckpointer); this cuts it back to 16 MB whenever the WAL starts over.
        QStringLiteral("PRAGMA journal_size_limit = 16777216"),
    };
    for (const QString& pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return Error::database(query.lastError().text());
    }
    return db;
}

Result<QSqlDatabase> Database::openNamedConnection(const QString& name) const
{
    closeNamedConnection(name);
    return openConnection(name);
}

void Database::closeThreadConnection() const
{
    closeNamedConnection(connectionNameForThisThread());
}

void Database::closeNamedConnection(const QString& name) const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
