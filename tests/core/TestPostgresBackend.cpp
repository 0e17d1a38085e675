#include "CliRunner.h"
#include "PostgresServer.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/MigrationRunner.h"
#include "db/SqlRun.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"

#include <QtTest>

// The same core on a real PostgreSQL 15 server that the test starts and stops: migrations,
// record services and the CLI's init/demo/list against postgresql:// locations.
class TestPostgresBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresServer> m_server;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<PostgresServer>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->unavailableReason()));
    }

    void migrationsAndServicesWork()
    {
        const QString location = m_server->createDatabase(QStringLiteral("rapport_services"));
        auto opened = Database::open(location);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        auto db = opened.value();
        QCOMPARE(db->dialect().name(), QStringLiteral("postgresql"));
        QCOMPARE(SqlRun::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM schema_migrations"))
                     ->toInt(),
                 MigrationRunner::available().size());

        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc()));
        const ServiceContext ctx{db, &clock, Actor::cli()};
        Company company;
        company.name = QStringLiteral("โรงแรมริมน้ำ Riverside");
        auto id = CompanyService(ctx).create(company);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        Company clash;
        clash.name = QStringLiteral("โรงแรมริมน้ำ RIVERSIDE");
        auto refused = CompanyService(ctx).create(clash);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("name"));

        Contact contact;
        contact.companyId = *id;
        contact.name = QStringLiteral("Somchai");
        contact.email = QStringLiteral("somchai@example.com");
        QVERIFY(ContactService(ctx).create(contact));
        Contract contract;
        contract.companyId = *id;
        contract.contractNumber = QStringLiteral("C-PG-1");
        contract.startDate = QDate(2025, 4, 1);
        contract.endDate = QDate(2026, 4, 1);
        contract.status = QStringLiteral("active");
        QVERIFY(ContractService(ctx).create(contract));
        ListQuery expiring;
        expiring.expiringWithinDays = 30;
        QCOMPARE(ContractService(ctx).list(expiring)->size(), 1);
        ListQuery search;
        search.search = QStringLiteral("riverside");
        QCOMPARE(CompanyService(ctx).count(search).value(), qint64(1));
        QVERIFY(CompanyService(ctx).remove(*id));
        QCOMPARE(ContactService(ctx).count().value(), qint64(0));

        // Reopening applies nothing twice.
        auto again = Database::open(location);
        QVERIFY(again);
    }

    void cliInitDemoAndList()
    {
        const QString location = m_server->createDatabase(QStringLiteral("rapport_cli"));
        CliRunner cli(location);
        auto init = cli.run({QStringLiteral("init")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        auto demo = cli.run({QStringLiteral("demo"), QStringLiteral("--companies"), QStringLiteral("40")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        auto csv = cli.run({QStringLiteral("list"), QStringLiteral("companies"), QStringLiteral("--format"),
                            QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.lines().size(), 41);
        auto overdue =
            cli.run({QStringLiteral("list"), QStringLiteral("invoices"), QStringLiteral("--overdue"),
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(overdue.exitCode, 0);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestPostgresBackend)
#include "TestPostgresBackend.moc"
