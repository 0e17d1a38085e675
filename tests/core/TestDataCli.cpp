#include "TestBackend.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// rapport-cli import/export/backup/restore, driven as a separate process.
class TestDataCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_db;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(RAPPORT_CLI_PATH),
                      QStringList{QStringLiteral("--db"), m_db} + arguments);
        if (!process.waitForFinished(120000))
            qFatal("rapport-cli did not finish");
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        file.write(bytes);
        return file.fileName();
    }

    int companies()
    {
        return cli({QStringLiteral("list"), QStringLiteral("companies"), QStringLiteral("--format"),
                    QStringLiteral("csv")})
                   .out.count(QLatin1Char('\n')) -
               1;
    }

private slots:
    void init()
    {
        m_db = TestBackend::location(m_dir.filePath(QStringLiteral("cli-%1.db").arg(++m_counter)));
    }

    void oneBadRowAmongHundredImportsNothing()
    {
        QByteArray csv = "\xEF\xBB\xBFname;city;is_active\r\n";
        for (int line = 2; line <= 101; ++line)
            csv += line == 57 ? QByteArray("Broken Co;Bangkok;perhaps\r\n")
                              : "บริษัท " + QByteArray::number(line) + ";Bangkok;true\r\n";
        const QString file = writeFile(QStringLiteral("hundred.csv"), csv);
        QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);

        for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--dry-run")}}) {
            const Run run =
                cli(QStringList{QStringLiteral("import"), QStringLiteral("companies"), file} + extra);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("Line 57: is_active")), qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("Nothing was imported")));
            QCOMPARE(companies(), 0);
        }

        // Fixed, it goes in; a second run skips every row as a duplicate.
        csv.replace("perhaps", "false");
        writeFile(QStringLiteral("hundred.csv"), csv);
        const Run dry =
            cli({QStringLiteral("import"), QStringLiteral("companies"), file, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(companies(), 0);
        const Run ok = cli({QStringLiteral("import"), QStringLiteral("companies"), file});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("100 created")));
        QCOMPARE(companies(), 100);
        const Run again = cli({QStringLiteral("import"), QStringLiteral("companies"), file});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("100 skipped")));

        const Run undo = cli({QStringLiteral("import"), QStringLiteral("undo")});
        QCOMPARE(undo.exitCode, 0); // the second (empty) import
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("undo")}).exitCode, 0);
        QCOMPARE(companies(), 0);
    }

    void exportWritesCsvWithOptionalBom()
    {
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                      QStringLiteral("โรงแรม สยาม"), QStringLiteral("--city"), QStringLiteral("Bangkok, TH")})
                     .exitCode,
                 0);
        QProcess process;
        process.start(QStringLiteral(RAPPORT_CLI_PATH),
                      {QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("companies"),
                       QStringLiteral("--bom"), QStringLiteral("--columns"), QStringLiteral("name,city")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray("\xEF\xBB\xBFname,city\r\n") +
                                                      QStringLiteral("โรงแรม สยาม").toUtf8() +
                                                      QByteArray(",\"Bangkok, TH\"\r\n"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("things")}).exitCode, 1);
    }

    void backupAndRestore()
    {
        RAPPORT_SQLITE_ONLY("backup and restore copy the local SQLite file; an office server uses pg_dump");
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--companies"), QStringLiteral("3"),
                      QStringLiteral("--contacts-per-company"), QStringLiteral("1")})
                     .exitCode,
                 0);
        const QString backup = m_dir.filePath(QStringLiteral("backup-%1.db").arg(m_counter));
        const Run made = cli({QStringLiteral("backup"), backup});
        QCOMPARE(made.exitCode, 0);
        QVERIFY(QFile::exists(backup));
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                      QStringLiteral("After backup")})
                     .exitCode,
                 0);
        QCOMPARE(companies(), 4);
        const Run restored = cli({QStringLiteral("restore"), backup});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(restored.err.contains(QStringLiteral("before-restore")));
        QCOMPARE(companies(), 3);

        const QString junk =
            writeFile(QStringLiteral("junk.db"), QByteArray("SQLite format 3\0garbage garbage", 32));
        const QString folder = m_dir.filePath(QStringLiteral("daily-%1").arg(m_counter));
        const Run daily =
            cli({QStringLiteral("--now"), QStringLiteral("2026-03-05T10:00:00Z"), QStringLiteral("backup"),
                 QStringLiteral("--daily"), folder, QStringLiteral("--keep"), QStringLiteral("2")});
        QCOMPARE(daily.exitCode, 0);
        QVERIFY(daily.out.trimmed().endsWith(QStringLiteral("rapport-backup-2026-03-05.db")));

        const Run refused = cli({QStringLiteral("restore"), junk});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(companies(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDataCli)
#include "TestDataCli.moc"
