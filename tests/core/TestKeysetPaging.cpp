#include "TestBackend.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "records/DemoDataGenerator.h"
#include "records/InvoiceService.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

// Keyset paging (listKeys) visits every matching row exactly once in the list's order, for every
// sortable field including nullable dates, and getMany reads rows back by id.
class TestKeysetPaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesMatchTheList_data();
    void pagesMatchTheList();
    void pagesHonourFilters();
    void getManyReadsById();

private:
    template <typename S> QList<qint64> allKeys(const S& service, const ListQuery& query, int pageSize);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    ServiceContext m_context;
};

void TestKeysetPaging::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto database = Database::open(TestBackend::location(m_dir.filePath(QStringLiteral("keyset.db"))));
    QVERIFY(database.ok());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    m_context = ServiceContext{database.value(), m_clock.get(), Actor::cli()};
    DemoDataGenerator::Options options;
    options.companies = 40;
    options.contactsPerCompany = 3;
    options.seed = 3;
    QVERIFY(DemoDataGenerator(m_context).generate(options).ok());
    // A contract without dates: NULL sort values must still page correctly.
    Contract undated;
    undated.companyId = CompanyService(m_context).list().value().first().id;
    undated.contractNumber = QStringLiteral("UNDATED-1");
    QVERIFY(ContractService(m_context).create(undated).ok());
}

template <typename S>
QList<qint64> TestKeysetPaging::allKeys(const S& service, const ListQuery& query, int pageSize)
{
    QList<qint64> ids;
    ListCursor cursor;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = service.listKeys(query, cursor, pageSize);
        if (!page) {
            qWarning() << page.error().message;
            return {};
        }
        ids += page->ids;
        cursor = page->next;
        if (page->atEnd)
            break;
    }
    return ids;
}

void TestKeysetPaging::pagesMatchTheList_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sortField");
    for (const char* field : {"name", "email", "phone", "title", "contact_type", "is_active", "company_id"})
        QTest::addRow("contacts %s", field) << QStringLiteral("contacts") << QString::fromLatin1(field);
    for (const char* field : {"name", "industry", "city", "country", "is_active"})
        QTest::addRow("companies %s", field) << QStringLiteral("companies") << QString::fromLatin1(field);
    for (const char* field : {"contract_number", "start_date", "end_date", "days_until_expiry",
                              "monthly_value", "status", "company_id"})
        QTest::addRow("contracts %s", field) << QStringLiteral("contracts") << QString::fromLatin1(field);
    for (const char* field : {"invoice_number", "issue_date", "due_date", "amount", "status", "contract_id"})
        QTest::addRow("invoices %s", field) << QStringLiteral("invoices") << QString::fromLatin1(field);
}

void TestKeysetPaging::pagesMatchTheList()
{
    QFETCH(QString, type);
    QFETCH(QString, sortField);
    for (bool descending : {false, true}) {
        ListQuery query;
        query.sortField = sortField;
        query.descending = descending;
        QList<qint64> paged;
        QList<qint64> listed;
        auto ids = [](const auto& records) {
            QList<qint64> result;
            for (const auto& r : records)
                result << r.id;
            return result;
        };
        if (type == QLatin1String("contacts")) {
            ContactService service(m_context);
            paged = allKeys(service, query, 7);
            listed = ids(service.list(query).value());
        } else if (type == QLatin1String("companies")) {
            CompanyService service(m_context);
            paged = allKeys(service, query, 7);
            listed = ids(service.list(query).value());
        } else if (type == QLatin1String("contracts")) {
            ContractService service(m_context);
            paged = allKeys(service, query, 7);
            listed = ids(service.list(query).value());
        } else {
            InvoiceService service(m_context);
            paged = allKeys(service, query, 7);
            listed = ids(service.list(query).value());
        }
        QVERIFY(!listed.isEmpty());
        QCOMPARE(paged.size(), listed.size());
        QCOMPARE(QSet<qint64>(paged.cbegin(), paged.cend()).size(), paged.size());
        if (!descending)
            QCOMPARE(paged, listed); // ties broken by id the same way
    }
}

void TestKeysetPaging::pagesHonourFilters()
{
    const qint64 companyId = CompanyService(m_context).list().value().at(5).id;
    ListQuery query;
    query.companyId = companyId;
    ContactService contacts(m_context);
    const QList<qint64> paged = allKeys(contacts, query, 2);
    QCOMPARE(paged.size(), 3);
    ListQuery overdue;
    overdue.overdueOnly = true;
    InvoiceService invoices(m_context);
    QCOMPARE(qint64(allKeys(invoices, overdue, 3).size()), invoices.count(overdue).value());
    ListQuery search;
    search.search = contacts.get(paged.first()).value().name;
    QVERIFY(allKeys(contacts, search, 5).contains(paged.first()));
}

void TestKeysetPaging::getManyReadsById()
{
    ContactService contacts(m_context);
    const QList<qint64> ids = allKeys(contacts, {}, 50).mid(10, 20);
    auto records = contacts.getMany(ids);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 20);
    for (const Contact& c : records.value())
        QVERIFY(ids.contains(c.id));
    QVERIFY(contacts.getMany({}).value().isEmpty());
    QCOMPARE(CompanyService(m_context).getMany({999999}).value().size(), 0);
}

QTEST_GUILESS_MAIN(TestKeysetPaging)
#include "TestKeysetPaging.moc"
