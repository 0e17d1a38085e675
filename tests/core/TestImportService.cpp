#include "TestBackend.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "importexport/CsvReader.h"
#include "importexport/ExportService.h"
#include "importexport/ImportService.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

class TestImportService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    int m_counter = 0;

    ServiceContext context() const { return {m_db, m_clock.get(), Actor::cli()}; }

    ImportRequest request(DataType type, const QByteArray& csv,
                          DuplicatePolicy policy = DuplicatePolicy::Skip)
    {
        auto document = CsvReader::parse(csv);
        if (!document)
            qFatal("bad test CSV: %s", qPrintable(document.error().message));
        ImportRequest r;
        r.type = type;
        r.document = document.value();
        r.mapping = ImportService::guessMapping(type, document->headers);
        r.duplicates = policy;
        r.sourceName = QStringLiteral("test.csv");
        return r;
    }

    qint64 count(const QString& table)
    {
        return SqlRun::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
            ->toLongLong();
    }

    // Every stored column of every record, to compare states exactly.
    QString snapshot()
    {
        QString text;
        for (const QString& table :
             {QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("contracts")}) {
            auto rows =
                SqlRun::exec(m_db->connection(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
            while (rows->next()) {
                QStringList cells;
                for (int i = 0; i < rows->record().count(); ++i)
                    cells << rows->record().fieldName(i) + QLatin1Char('=') +
                                 (rows->value(i).isNull() ? QStringLiteral("NULL")
                                                          : rows->value(i).toString());
                text += table + QLatin1Char(':') + cells.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        return text;
    }

    qint64 addCompany(const QString& name, const QString& city = {})
    {
        Company company;
        company.name = name;
        company.city = city;
        return CompanyService(context()).create(company).value();
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
        auto db = Database::open(
            TestBackend::location(m_dir.filePath(QStringLiteral("import-%1.db").arg(++m_counter))));
        QVERIFY(db.ok());
        m_db = db.value();
    }

    void cleanup() { m_db.reset(); }

    void guessesMapping_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("field names") << int(DataType::Companies)
                                     << QStringList{QStringLiteral("name"), QStringLiteral("billing_entity"),
                                                    QStringLiteral("id")}
                                     << QStringList{QStringLiteral("name"), QStringLiteral("billing_entity"),
                                                    QString()};
        QTest::newRow("labels and aliases, any case")
            << int(DataType::Companies)
            << QStringList{QStringLiteral("Company Name"), QStringLiteral("Billing Entity"),
                           QStringLiteral("URL"), QStringLiteral("Whatever")}
            << QStringList{QStringLiteral("name"), QStringLiteral("billing_entity"),
                           QStringLiteral("website"), QString()};
        QTest::newRow("contact headers")
            << int(DataType::Contacts)
            << QStringList{QStringLiteral("Company"), QStringLiteral("Full name"), QStringLiteral("E-mail"),
                           QStringLiteral("Tel")}
            << QStringList{QStringLiteral("company_id"), QStringLiteral("name"), QStringLiteral("email"),
                           QStringLiteral("phone")};
        QTest::newRow("Thai headers")
            << int(DataType::Contacts)
            << QStringList{QStringLiteral("บริษัท"), QStringLiteral("ชื่อ"), QStringLiteral("อีเมล")}
            << QStringList{QStringLiteral("company_id"), QStringLiteral("name"), QStringLiteral("email")};
        QTest::newRow("a field is taken once")
            << int(DataType::Contracts)
            << QStringList{QStringLiteral("contract_number"), QStringLiteral("Number")}
            << QStringList{QStringLiteral("contract_number"), QString()};
    }

    void guessesMapping()
    {
        QFETCH(int, type);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, expected);
        QCOMPARE(ImportService::guessMapping(static_cast<DataType>(type), headers), expected);
    }

    void importsEveryTypeWithCompaniesByName()
    {
        auto companies = ImportService(context()).run(
            request(DataType::Companies, QByteArray("\xEF\xBB\xBFname;city;is_active\n"
                                                    "Siam Hotel;Bangkok;true\n"
                                                    "\"โรงแรม \"\"ริมน้ำ\"\"\";\"Chiang\nMai\";no\n")));
        QVERIFY(companies.ok());
        QVERIFY2(companies->ok(), qPrintable(companies->problems.value(0).describe()));
        QCOMPARE(companies->created, 2);
        QVERIFY(companies->importId > 0);

        auto contacts = ImportService(context()).run(
            request(DataType::Contacts, QByteArray("company,name,email,language\n"
                                                   "siam hotel,Nok,nok@siam.example,th\n"
                                                   "โรงแรม \"ริมน้ำ\",Lek,,en\n")));
        QVERIFY(contacts.ok());
        QVERIFY2(contacts->ok(), qPrintable(contacts->problems.value(0).describe()));
        QCOMPARE(contacts->created, 2);

        auto contracts = ImportService(context()).run(
            request(DataType::Contracts,
                    QByteArray("company,contract_number,start_date,end_date,monthly_value,status\n"
                               "Siam Hotel,C-1,2026-01-01,2026-12-31,12500.50,active\n")));
        QVERIFY(contracts.ok());
        QVERIFY2(contracts->ok(), qPrintable(contracts->problems.value(0).describe()));
        QCOMPARE(count(QStringLiteral("contracts")), 1);
        QCOMPARE(
            SqlRun::scalar(m_db->connection(), QStringLiteral("SELECT monthly_value_minor FROM contracts"))
                ->toLongLong(),
            1250050);
        QCOMPARE(SqlRun::scalar(m_db->connection(),
                                QStringLiteral("SELECT city FROM companies WHERE name = ?"),
                                {QStringLiteral("โรงแรม \"ริมน้ำ\"")})
                     ->toString(),
                 QStringLiteral("Chiang\nMai"));
    }

    void badRowImportsNothing_data()
    {
        QTest::addColumn<int>("badLine");
        QTest::addColumn<QByteArray>("badRow");
        QTest::addColumn<QString>("field");
        QTest::newRow("unparsable boolean in the middle")
            << 51 << QByteArray("Bad Co,Bangkok,maybe") << QStringLiteral("is_active");
        QTest::newRow("missing name at the end")
            << 101 << QByteArray(",Bangkok,true") << QStringLiteral("name");
        QTest::newRow("duplicate of an earlier row is fine, bad website is not")
            << 2 << QByteArray("Web Co,Bangkok,true,not a site") << QStringLiteral("website");
    }

    void badRowImportsNothing()
    {
        QFETCH(int, badLine);
        QFETCH(QByteArray, badRow);
        QFETCH(QString, field);
        addCompany(QStringLiteral("Already Here"));
        const QString before = snapshot();

        QByteArray csv = "name,city,is_active,website\n";
        for (int line = 2; line <= 101; ++line) {
            if (line == badLine)
                csv += badRow + '\n';
            else
                csv += "Company " + QByteArray::number(line) + ",Bangkok,true\n";
        }
        auto report = ImportService(context()).run(request(DataType::Companies, csv));
        QVERIFY(report.ok());
        QCOMPARE(report->rows, 100);
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().line, badLine);
        QCOMPARE(report->problems.first().field, field);
        QVERIFY(report->problems.first().describe().startsWith(QStringLiteral("Line %1: ").arg(badLine)));
        QCOMPARE(report->importId, 0);
        QCOMPARE(snapshot(), before);
        QCOMPARE(count(QStringLiteral("import_runs")), 0);
        QCOMPARE(count(QStringLiteral("audit_log")), 1); // only the setup's own company
    }

    void checkWritesNothing()
    {
        auto report =
            ImportService(context()).check(request(DataType::Companies, QByteArray("name\nA\nB\nA\n")));
        QVERIFY(report.ok());
        QVERIFY(report->ok());
        QCOMPARE(report->created, 2);
        QCOMPARE(report->skipped, 1);
        QCOMPARE(report->duplicateLines, QList<int>{4});
        QCOMPARE(count(QStringLiteral("companies")), 0);
    }

    void mappingProblems()
    {
        ImportRequest r =
            request(DataType::Contacts, QByteArray("name,email,mail\nA,a@x.example,b@x.example\n"));
        r.mapping = {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("email")};
        auto report = ImportService(context()).run(r);
        QVERIFY(report.ok());
        QCOMPARE(report->problems.size(), 2); // email twice, company not mapped
        QCOMPARE(report->problems.at(0).line, 0);
        QCOMPARE(report->problems.at(1).field, QStringLiteral("company_id"));
    }

    void duplicates_data()
    {
        QTest::addColumn<bool>("update");
        QTest::newRow("skip") << false;
        QTest::newRow("update") << true;
    }

    void duplicates()
    {
        QFETCH(bool, update);
        const qint64 siam = addCompany(QStringLiteral("Siam Hotel"), QStringLiteral("Bangkok"));
        Contact contact;
        contact.companyId = siam;
        contact.name = QStringLiteral("Nok");
        contact.email = QStringLiteral("Nok@Siam.example");
        contact.phone = QStringLiteral("02 000 0000");
        const qint64 nok = ContactService(context()).create(contact).value();

        const DuplicatePolicy policy = update ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
        auto companies = ImportService(context()).run(request(
            DataType::Companies, QByteArray("name,city\nSIAM HOTEL,Pattaya\nNew Co,Krabi\n"), policy));
        QVERIFY(companies.ok() && companies->ok());
        QCOMPARE(companies->duplicateLines, QList<int>{2});
        QCOMPARE(companies->created, 1);
        QCOMPARE(companies->skipped, update ? 0 : 1);
        QCOMPARE(companies->updated, update ? 1 : 0);
        const Company stored = CompanyService(context()).get(siam).value();
        QCOMPARE(stored.city, update ? QStringLiteral("Pattaya") : QStringLiteral("Bangkok"));
        QCOMPARE(stored.name, update ? QStringLiteral("SIAM HOTEL") : QStringLiteral("Siam Hotel"));

        auto contacts = ImportService(context()).run(request(
            DataType::Contacts,
            QByteArray("company,name,email,phone,title\nSiam Hotel,Nok N.,nok@siam.EXAMPLE,,Manager\n"),
            policy));
        QVERIFY(contacts.ok() && contacts->ok());
        QCOMPARE(contacts->duplicateLines, QList<int>{2});
        QCOMPARE(count(QStringLiteral("contacts")), 1);
        const Contact after = ContactService(context()).get(nok).value();
        QCOMPARE(after.title, update ? QStringLiteral("Manager") : QString());
        QCOMPARE(after.phone, QStringLiteral("02 000 0000")); // an empty cell never clears a value
    }

    void undoRestoresExactPreviousState()
    {
        const qint64 siam = addCompany(QStringLiteral("Siam Hotel"), QStringLiteral("Bangkok"));
        addCompany(QStringLiteral("Untouched"), QStringLiteral("Phuket"));
        m_clock->advanceSeconds(3600);
        const QString before = snapshot();
        const qint64 auditBefore = count(QStringLiteral("audit_log"));

        auto report = ImportService(context()).run(
            request(DataType::Companies,
                    QByteArray("name,city,notes\nsiam hotel,Pattaya,moved\nNew One,Krabi,\nNew "
                               "Two,Trang,x\nnew one,Satun,again\n"),
                    DuplicatePolicy::Update));
        QVERIFY(report.ok() && report->ok());
        QCOMPARE(report->created, 2);
        QCOMPARE(report->updated, 2);
        QVERIFY(snapshot() != before);
        QCOMPARE(CompanyService(context()).get(siam)->city, QStringLiteral("Pattaya"));

        auto last = ImportService(context()).lastUndoable();
        QVERIFY(last.ok() && last->has_value());
        QCOMPARE(last->value().id, report->importId);
        m_clock->advanceSeconds(60);
        auto undone = ImportService(context()).undo(report->importId);
        QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().message));
        QCOMPARE(snapshot(), before);
        QVERIFY(count(QStringLiteral("audit_log")) > auditBefore + 4); // the import and its undo are audited
        auto again = ImportService(context()).undo(report->importId);
        QVERIFY(!again.ok());
        QVERIFY(!ImportService(context()).lastUndoable()->has_value());
    }

    void undoRefusesWhenChangedSince()
    {
        auto report = ImportService(context()).run(request(DataType::Companies, QByteArray("name\nA\nB\n")));
        QVERIFY(report.ok() && report->ok());
        m_clock->advanceSeconds(5);
        Company b = CompanyService(context()).list()->at(1);
        b.city = QStringLiteral("Edited");
        QVERIFY(CompanyService(context()).update(b).ok());
        const QString before = snapshot();
        auto undone = ImportService(context()).undo(report->importId);
        QVERIFY(!undone.ok());
        QVERIFY(undone.error().message.contains(QStringLiteral("line 3")));
        QCOMPARE(snapshot(), before);
    }

    void undoRefusesWhileLaterImportStands()
    {
        auto first = ImportService(context()).run(request(DataType::Companies, QByteArray("name\nA\n")));
        auto second =
            ImportService(context()).run(request(DataType::Contacts, QByteArray("company,name\nA,Nok\n")));
        QVERIFY(first->ok() && second->ok());
        QVERIFY(!ImportService(context()).undo(first->importId).ok());
        QVERIFY(ImportService(context()).undo(second->importId).ok());
        QVERIFY(ImportService(context()).undo(first->importId).ok());
        QCOMPARE(count(QStringLiteral("companies")), 0);
    }

    void exportRoundTrips_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("BOM") << true;
        QTest::newRow("no BOM") << false;
    }

    void exportRoundTrips()
    {
        QFETCH(bool, bom);
        addCompany(QStringLiteral("โรงแรม, สยาม"), QStringLiteral("กรุงเทพ"));
        addCompany(QStringLiteral("Beta \"B\""), QStringLiteral("Line\nTwo"));
        ListQuery query;
        query.search = QStringLiteral("beta");
        auto filtered = ExportService(context()).exportCsv(
            DataType::Companies, query, {QStringLiteral("name"), QStringLiteral("city")}, bom);
        QVERIFY(filtered.ok());
        QCOMPARE(filtered->startsWith("\xEF\xBB\xBF"), bom);
        QCOMPARE(filtered.value(), (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) +
                                       QByteArray("name,city\r\n\"Beta \"\"B\"\"\",\"Line\nTwo\"\r\n"));

        auto all = ExportService(context()).exportCsv(DataType::Companies, {}, {}, bom);
        QVERIFY(all.ok());
        // Into a fresh database: everything comes back.
        auto other = Database::open(
            TestBackend::location(m_dir.filePath(QStringLiteral("roundtrip-%1.db").arg(m_counter))));
        QVERIFY(other.ok());
        const ServiceContext otherContext{other.value(), m_clock.get(), Actor::cli()};
        ImportRequest r = request(DataType::Companies, all.value());
        auto report = ImportService(otherContext).run(r);
        QVERIFY(report.ok() && report->ok());
        QCOMPARE(report->created, 2);
        QCOMPARE(CompanyService(otherContext).list()->at(1).name, QStringLiteral("โรงแรม, สยาม"));
        QVERIFY(!ExportService(context()).exportCsv(DataType::Companies, {}, {QStringLiteral("nope")}).ok());
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "TestImportService.moc"
