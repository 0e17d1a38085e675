#include "TestBackend.h"
#include "TestDatabase.h"
#include "db/MigrationRunner.h"
#include "db/SqlRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void appliesEveryMigrationToAnEmptyFile()
    {
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        const auto applied = SqlRun::scalar(db.database()->connection(),
                                            QStringLiteral("SELECT count(*) FROM schema_migrations"));
        QVERIFY(applied);
        QCOMPARE(applied->toInt(), MigrationRunner::available().size());
        QVERIFY(MigrationRunner::available().size() >= 1);
        const QString catalogue = TestBackend::isPostgres()
                                      ? QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                                       "table_schema = current_schema() AND table_name IN ")
                                      : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                                       "'table' AND name IN ");
        const auto tables = SqlRun::scalar(
            db.database()->connection(),
            catalogue +
                QStringLiteral(
                    "('companies', 'contacts', 'contracts', 'invoices', 'audit_log', 'settings', 'outbox')"));
        QCOMPARE(tables->toInt(), 7);
    }

    void connectionsUseWalAndForeignKeys()
    {
        RAPPORT_SQLITE_ONLY("journal mode and foreign-key pragmas");
        TestDatabase db;
        QVERIFY(db.ok());
        QCOMPARE(
            SqlRun::scalar(db.database()->connection(), QStringLiteral("PRAGMA journal_mode"))->toString(),
            QStringLiteral("wal"));
        QCOMPARE(SqlRun::scalar(db.database()->connection(), QStringLiteral("PRAGMA foreign_keys"))->toInt(),
                 1);
    }

    void reopeningAppliesNothingTwice()
    {
        QTemporaryDir dir;
        const QString path = TestBackend::location(dir.filePath(QStringLiteral("twice.db")));
        {
            QVERIFY(Database::open(path));
        }
        auto again = Database::open(path);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        const auto applied =
            SqlRun::scalar((*again)->connection(), QStringLiteral("SELECT count(*) FROM schema_migrations"));
        QCOMPARE(applied->toInt(), MigrationRunner::available().size());
    }

    void refusesANewerSchemaAndLeavesItUntouched()
    {
        RAPPORT_SQLITE_ONLY("proves the refused file is byte-for-byte untouched");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(SqlRun::exec((*db)->connection(),
                                 QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                                "VALUES (9999, 'future', 'x')")));
            QVERIFY(SqlRun::exec((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto reopened = Database::open(path);
        QVERIFY(!reopened);
        QVERIFY2(reopened.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(reopened.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAForeignSqliteDatabase()
    {
        RAPPORT_SQLITE_ONLY("a foreign SQLite file");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QByteArray before = fileHash(path);
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("not a Rapport database")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        RAPPORT_SQLITE_ONLY("a file that is not a database");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QStringLiteral("not a Rapport database")));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("just some notes\n"));
    }

    void splitsStatementsKeepingTriggerBodiesWhole()
    {
        const QStringList statements = MigrationRunner::splitStatements(QStringLiteral(
            "CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- comment; here\n"
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 'y'; DELETE FROM a WHERE 0; END;\n"
            "CREATE INDEX i ON a(x);"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).contains(QStringLiteral("'a;b'")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
