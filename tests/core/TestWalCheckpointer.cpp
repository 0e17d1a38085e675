#include "TestDatabase.h"
#include "db/SqlRun.h"
#include "db/WalCheckpointer.h"

#include <QFileInfo>
#include <QThread>
#include <QtTest>

// WalCheckpointer on a real SQLite file: the writing connection stops checkpointing, a thread of
// its own keeps the WAL short, and the writer gets SQLite's default back afterwards.
class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    static int autoCheckpoint(const Database& database)
    {
        return SqlRun::scalar(database.connection(), QStringLiteral("PRAGMA wal_autocheckpoint"))->toInt();
    }

    static bool createFiller(const Database& database)
    {
        return SqlRun::exec(database.connection(),
                            QStringLiteral("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)"))
            .ok();
    }

    static bool insertFiller(const Database& database, const QString& body)
    {
        return SqlRun::exec(database.connection(), QStringLiteral("INSERT INTO filler (body) VALUES (?)"),
                            {body})
            .ok();
    }

private slots:
    void keepsTheWalShortWhileTheWriterNeverCheckpoints()
    {
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        const Database& database = *db.database();
        QVERIFY(createFiller(database));
        QCOMPARE(autoCheckpoint(database), 1000);
        constexpr int kTransactions = 3000; // about 3,000 WAL frames: 12 MB if never checkpointed
        {
            const WalCheckpointer checkpointer(database, std::chrono::milliseconds(10), 300);
            QVERIFY(checkpointer.isActive());
            // The writer's own commits no longer checkpoint: that is the helper's job now.
            QCOMPARE(autoCheckpoint(database), 0);
            const QString body(2000, QLatin1Char('x'));
            for (int i = 0; i < kTransactions; ++i) {
                QVERIFY(insertFiller(database, body));
                QThread::usleep(200); // a sender's pace: a few commits per mail
            }
        }
        QCOMPARE(autoCheckpoint(database), 1000);
        // The helper copied the WAL into the database and had SQLite start it over: it never grew
        // near the 12 MB it would have reached with nobody checkpointing.
        const qint64 walBytes = QFileInfo(db.path() + QStringLiteral("-wal")).size();
        QVERIFY2(walBytes < 6 * 1024 * 1024, qPrintable(QString::number(walBytes)));
        QCOMPARE(
            SqlRun::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM filler"))->toInt(),
            kTransactions);
    }

    void theWalFileShrinksOnceItStartsOver()
    {
        // A long mail run may take the WAL far past its usual size; SQLite would keep the file at
        // that size for as long as the application stays open. The connections' journal_size_limit
        // cuts it back to 16 MB when the WAL starts over.
        TestDatabase db;
        QVERIFY2(db.ok(), qPrintable(db.errorText()));
        const Database& database = *db.database();
        QVERIFY(createFiller(database));
        QVERIFY(SqlRun::exec(database.connection(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        const QString body(3000, QLatin1Char('x'));
        for (int i = 0; i < 6000; ++i)
            QVERIFY(insertFiller(database, body));
        const QString walPath = db.path() + QStringLiteral("-wal");
        constexpr qint64 kLimit = 16 * 1024 * 1024;
        QVERIFY2(QFileInfo(walPath).size() > kLimit, qPrintable(QString::number(QFileInfo(walPath).size())));
        // Everything copied into the database, so the next transaction starts the WAL over.
        QVERIFY(SqlRun::exec(database.connection(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")));
        QVERIFY(insertFiller(database, body));
        const qint64 walBytes = QFileInfo(walPath).size();
        QVERIFY2(walBytes <= kLimit, qPrintable(QString::number(walBytes)));
        QCOMPARE(
            SqlRun::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM filler"))->toInt(),
            6001);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "TestWalCheckpointer.moc"
