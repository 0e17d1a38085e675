#include "TestBackend.h"
#include "backup/BackupService.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "records/CompanyService.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <thread>

class TestBackupService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    int m_counter = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // A fresh database with `companies` companies; returns its path.
    QString makeDatabase(int companies)
    {
        const QString file = path(QStringLiteral("db-%1.db").arg(++m_counter));
        auto db = Database::open(file);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        const ServiceContext context{db.value(), &m_clock, Actor::cli()};
        for (int i = 0; i < companies; ++i) {
            Company company;
            company.name = QStringLiteral("Company %1").arg(i);
            if (!CompanyService(context).create(company))
                qFatal("create failed");
        }
        return file;
    }

    static qint64 companyCount(const QString& file)
    {
        auto db = Database::open(file);
        if (!db)
            return -1;
        return SqlRun::scalar(db.value()->connection(), QStringLiteral("SELECT count(*) FROM companies"))
            ->toLongLong();
    }

    static QByteArray fileBytes(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { RAPPORT_SQLITE_ONLY("backups use SQLite's online-backup API on the local file"); }

    void backupWhileAnotherConnectionWrites()
    {
        const QString source = makeDatabase(10);
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::atomic<bool> writerFailed{false};
        // A writer on its own connection, as the running application would be.
        std::thread writer([&] {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
                db.setDatabaseName(source);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000"));
                if (!db.open()) {
                    writerFailed = true;
                    return;
                }
                {
                    QSqlQuery pragma(db);
                    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                }
                int i = 0;
                while (!stop || i < 200) {
                    db.transaction();
                    QSqlQuery insert(db);
                    insert.prepare(QStringLiteral(
                        "INSERT INTO companies (name, name_key, notes, created_at, updated_at) "
                        "VALUES (?, ?, ?, '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z')"));
                    const QString name = QStringLiteral("Written %1").arg(i++);
                    insert.addBindValue(name);
                    insert.addBindValue(name.toCaseFolded());
                    insert.addBindValue(QString(2000, QLatin1Char('x'))); // grow the file quickly
                    if (!insert.exec() || !db.commit()) {
                        qWarning("writer: %s / %s", qPrintable(insert.lastError().text()),
                                 qPrintable(db.lastError().text()));
                        writerFailed = true;
                        break;
                    }
                    ++written;
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        });

        QList<qint64> counts;
        for (int round = 0; round < 5; ++round) {
            while (written < (round + 1) * 40 && !writerFailed)
                QThread::yieldCurrentThread();
            const QString target = path(QStringLiteral("concurrent-%1.db").arg(round));
            auto done = BackupService::backup(source, target);
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
            auto check = BackupService::checkBackup(target); // runs PRAGMA integrity_check
            QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().message));
            QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
            counts << check->companies;
        }
        stop = true;
        writer.join();
        QVERIFY(!writerFailed);
        for (int i = 0; i < counts.size(); ++i) {
            QVERIFY(counts.at(i) >= 10 + (i + 1) * 40); // a snapshot at least as new as the writes seen
            QCOMPARE(companyCount(path(QStringLiteral("concurrent-%1.db").arg(i))), counts.at(i));
        }
    }

    void restoreReplacesAndKeepsCopy()
    {
        const QString backupSource = makeDatabase(3);
        const QString backupFile = path(QStringLiteral("three.db"));
        QVERIFY(BackupService::backup(backupSource, backupFile).ok());

        const QString live = makeDatabase(7);
        // The application still has the database open while it restores.
        auto open = Database::open(live);
        QVERIFY(open.ok());
        auto restored = BackupService::restore(live, backupFile, m_clock.nowUtc());
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        QVERIFY(restored->previousCopy.contains(QStringLiteral("before-restore-20260301-090000")));
        QCOMPARE(companyCount(restored->previousCopy), 7);
        QCOMPARE(companyCount(live), 3);
        QCOMPARE(SqlRun::scalar(open.value()->connection(), QStringLiteral("SELECT count(*) FROM companies"))
                     ->toLongLong(),
                 3);
    }

    void restoreRefusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("corrupt pages") << QStringLiteral("corrupt") << QStringLiteral("damaged");
        QTest::newRow("not SQLite") << QStringLiteral("text") << QStringLiteral("not a Rapport backup");
        QTest::newRow("foreign SQLite database")
            << QStringLiteral("foreign") << QStringLiteral("not a Rapport backup");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("Cannot read");
    }

    void restoreRefusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        const QString bad = path(QStringLiteral("bad-%1.db").arg(kind));
        if (kind == QLatin1String("corrupt")) {
            const QString good = makeDatabase(300);
            QVERIFY(BackupService::backup(good, bad).ok());
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            // Overwrite the middle pages (table b-tree pages) with garbage; keep the header intact.
            file.seek(file.size() / 2);
            file.write(QByteArray(8192, '\x5A'));
            file.close();
        } else if (kind == QLatin1String("text")) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,city\nA,B\n");
        } else if (kind == QLatin1String("foreign")) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (x TEXT)"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == QLatin1String("newer")) {
            const QString good = makeDatabase(1);
            {
                auto db = Database::open(good);
                QVERIFY(
                    SqlRun::exec(db.value()->connection(),
                                 QStringLiteral("INSERT INTO schema_migrations VALUES (9999, 'future', 'x')"))
                        .ok());
            }
            QVERIFY(BackupService::backup(good, bad).ok());
        }

        const QString live = makeDatabase(5);
        const QByteArray before = fileBytes(live);
        const int filesBefore = QDir(m_dir.path()).entryList(QDir::Files).size();
        auto restored = BackupService::restore(live, bad, m_clock.nowUtc());
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().message.contains(mentions), qPrintable(restored.error().message));
        QCOMPARE(fileBytes(live), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), filesBefore); // no copy made either
        QCOMPARE(companyCount(live), 5);
    }

    void dailyBackupKeepsLastN()
    {
        const QString live = makeDatabase(2);
        const QString folder = path(QStringLiteral("daily"));
        QDate day(2026, 3, 1);
        for (int i = 0; i < 6; ++i) {
            auto written = BackupService::runDaily(live, folder, day.addDays(i), 3);
            QVERIFY(written.ok());
            QVERIFY(written->has_value());
            auto again = BackupService::runDaily(live, folder, day.addDays(i), 3);
            QVERIFY(again.ok());
            QVERIFY(!again->has_value()); // once a day
        }
        const QStringList kept = BackupService::dailyBackups(folder);
        QCOMPARE(kept.size(), 3);
        QVERIFY(kept.first().endsWith(QStringLiteral("rapport-backup-2026-03-06.db")));
        QVERIFY(kept.last().endsWith(QStringLiteral("rapport-backup-2026-03-04.db")));
        QCOMPARE(companyCount(kept.first()), 2);
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "TestBackupService.moc"
