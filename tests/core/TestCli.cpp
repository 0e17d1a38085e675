#include "CliRunner.h"
#include "TestBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// rapport-cli's contract (SPEC §10): commands, output formats and exit codes, driving the real
// binary as a separate process.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath(const QString& name) const { return TestBackend::location(m_dir.filePath(name)); }

private slots:
    void versionAndHelpNeedNoDatabase()
    {
        CliRunner cli({});
        auto version = cli.run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("rapport-cli ")));
        auto help = cli.run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("list companies")));
    }

    void demoThenListCsvHasAHeaderAndOneRowPerCompany()
    {
        CliRunner cli(dbPath(QStringLiteral("demo.db")));
        auto demo = cli.run({QStringLiteral("demo"), QStringLiteral("--companies"), QStringLiteral("1000")});
        QCOMPARE(demo.exitCode, 0);
        auto csv = cli.run({QStringLiteral("list"), QStringLiteral("companies"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.lines();
        QCOMPARE(lines.size(), 1001);
        QVERIFY(lines.first().startsWith(QStringLiteral("id,name,industry,country")));
    }

    void demoIsDeterministicForASeed()
    {
        const QStringList args = {QStringLiteral("--now"), QStringLiteral("2026-05-01T03:00:00Z"),
                                  QStringLiteral("demo"),  QStringLiteral("--companies"),
                                  QStringLiteral("20"),    QStringLiteral("--seed"),
                                  QStringLiteral("42")};
        const QStringList list = {QStringLiteral("--now"),    QStringLiteral("2026-05-01T03:00:00Z"),
                                  QStringLiteral("list"),     QStringLiteral("contacts"),
                                  QStringLiteral("--format"), QStringLiteral("csv")};
        CliRunner first(dbPath(QStringLiteral("seed1.db")));
        CliRunner second(dbPath(QStringLiteral("seed2.db")));
        QCOMPARE(first.run(args).exitCode, 0);
        QCOMPARE(second.run(args).exitCode, 0);
        const QString a = first.run(list).out;
        QVERIFY(a.contains(QStringLiteral("billing")));
        QCOMPARE(a, second.run(list).out);
    }

    void addPrintsTheIdAndJsonUsesFieldNames()
    {
        CliRunner cli(dbPath(QStringLiteral("add.db")));
        auto company =
            cli.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                     QStringLiteral("Siam Hotel"), QStringLiteral("--country"), QStringLiteral("Thailand"),
                     QStringLiteral("--is_active"), QStringLiteral("true")});
        QCOMPARE(company.exitCode, 0);
        const QString companyId = company.lastLine();
        QVERIFY(companyId.toLongLong() > 0);
        auto contract = cli.run(
            {QStringLiteral("add"), QStringLiteral("contract"), QStringLiteral("--company"), companyId,
             QStringLiteral("--contract-number"), QStringLiteral("C-77"), QStringLiteral("--start_date"),
             QStringLiteral("2026-01-01"), QStringLiteral("--end-date"), QStringLiteral("2026-12-31"),
             QStringLiteral("--monthly_value"), QStringLiteral("12500.50"), QStringLiteral("--status"),
             QStringLiteral("active"), QStringLiteral("--auto-renew"), QStringLiteral("true")});
        QCOMPARE(contract.exitCode, 0);
        auto json =
            cli.run({QStringLiteral("--now"), QStringLiteral("2026-12-01T05:00:00Z"), QStringLiteral("list"),
                     QStringLiteral("contracts"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject row = array.first().toObject();
        QCOMPARE(row.value(QStringLiteral("company_id")).toInteger(), companyId.toLongLong());
        QCOMPARE(row.value(QStringLiteral("contract_number")).toString(), QStringLiteral("C-77"));
        QCOMPARE(row.value(QStringLiteral("monthly_value")).toDouble(), 12500.5);
        QCOMPARE(row.value(QStringLiteral("auto_renew")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("days_until_expiry")).toInteger(), 30);
        QVERIFY(row.contains(QStringLiteral("id")));

        auto set = cli.run({QStringLiteral("set"), QStringLiteral("company"), companyId,
                            QStringLiteral("--city"), QStringLiteral("Chiang Mai")});
        QCOMPARE(set.exitCode, 0);
        auto table = cli.run({QStringLiteral("list"), QStringLiteral("companies")});
        QVERIFY(table.out.contains(QStringLiteral("Chiang Mai")));
        QVERIFY(table.lines().first().startsWith(QStringLiteral("id  ")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrMentions");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 1 << QStringLiteral("frobnicate");
        QTest::newRow("bad format") << QStringList{QStringLiteral("--format"), QStringLiteral("xml"),
                                                   QStringLiteral("list"), QStringLiteral("companies")}
                                    << 1 << QStringLiteral("--format");
        QTest::newRow("missing option value")
            << QStringList{QStringLiteral("list"), QStringLiteral("companies"), QStringLiteral("--search")}
            << 1 << QStringLiteral("--search");
        QTest::newRow("unknown list type")
            << QStringList{QStringLiteral("list"), QStringLiteral("spaceships")} << 1
            << QStringLiteral("spaceships");
        QTest::newRow("missing name") << QStringList{QStringLiteral("add"), QStringLiteral("company"),
                                                     QStringLiteral("--city"), QStringLiteral("Bangkok")}
                                      << 2 << QStringLiteral("name");
        QTest::newRow("bad email") << QStringList{QStringLiteral("add"),       QStringLiteral("contact"),
                                                  QStringLiteral("--company"), QStringLiteral("1"),
                                                  QStringLiteral("--name"),    QStringLiteral("A"),
                                                  QStringLiteral("--email"),   QStringLiteral("nope")}
                                   << 2 << QStringLiteral("email");
        QTest::newRow("bad boolean") << QStringList{QStringLiteral("add"),         QStringLiteral("company"),
                                                    QStringLiteral("--name"),      QStringLiteral("B"),
                                                    QStringLiteral("--is_active"), QStringLiteral("maybe")}
                                     << 2 << QStringLiteral("is_active");
        QTest::newRow("unknown field")
            << QStringList{QStringLiteral("add"), QStringLiteral("company"),  QStringLiteral("--name"),
                           QStringLiteral("C"),   QStringLiteral("--colour"), QStringLiteral("red")}
            << 2 << QStringLiteral("colour");
        QTest::newRow("missing record")
            << QStringList{QStringLiteral("delete"), QStringLiteral("company"), QStringLiteral("4242")} << 2
            << QStringLiteral("4242");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrMentions);
        CliRunner cli(
            dbPath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')) +
                   QStringLiteral(".db")));
        QCOMPARE(cli.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                          QStringLiteral("First")})
                     .exitCode,
                 0);
        auto outcome = cli.run(arguments);
        QCOMPARE(outcome.exitCode, exitCode);
        QVERIFY2(outcome.err.contains(stderrMentions), qPrintable(outcome.err));
    }

    void databaseErrorsExitThree()
    {
        RAPPORT_SQLITE_ONLY("a folder given as the database file");
        CliRunner cli(m_dir.path()); // a folder, not a file
        auto outcome = cli.run({QStringLiteral("list"), QStringLiteral("companies")});
        QCOMPARE(outcome.exitCode, 3);
        QVERIFY(!outcome.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
