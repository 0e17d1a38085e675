#include "app/AppSession.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "records/CompanyService.h"
#include "records/CompanyTableModel.h"
#include "records/ContactService.h"
#include "records/ContactTableModel.h"
#include "records/ContractService.h"
#include "records/ContractTableModel.h"
#include "records/DemoDataGenerator.h"
#include "records/InvoiceService.h"
#include "records/InvoiceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The record tables' models: lazy keyset fetching, SQL sorting and filtering, bounded memory.
class TestRecordTableModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelsPassTheTester_data();
    void modelsPassTheTester();
    void fetchesEveryRowOnceInOrder();
    void sortsInSql();
    void searchesAndFilters();
    void keepsMemoryBounded();
    void rawValueRoleHoldsCodes();

private:
    std::unique_ptr<RecordTableModel> makeModel(const QString& kind);
    void fetchAll(RecordTableModel& model);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
};

void TestRecordTableModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto database = Database::open(m_dir.filePath(QStringLiteral("models.db")));
    QVERIFY2(database.ok(), database ? "" : qPrintable(database.error().message));
    m_session = std::make_unique<AppSession>(
        database.value(), std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)));
    DemoDataGenerator::Options options;
    options.companies = 60;
    options.contactsPerCompany = 4;
    options.seed = 7;
    auto generated = DemoDataGenerator(m_session->context()).generate(options);
    QVERIFY2(generated.ok(), generated ? "" : qPrintable(generated.error().message));
    QCOMPARE(generated->contacts, qint64(240));
}

std::unique_ptr<RecordTableModel> TestRecordTableModels::makeModel(const QString& kind)
{
    if (kind == QLatin1String("companies"))
        return std::make_unique<CompanyTableModel>(*m_session);
    if (kind == QLatin1String("contacts"))
        return std::make_unique<ContactTableModel>(*m_session);
    if (kind == QLatin1String("contracts"))
        return std::make_unique<ContractTableModel>(*m_session);
    return std::make_unique<InvoiceTableModel>(*m_session);
}

void TestRecordTableModels::fetchAll(RecordTableModel& model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

void TestRecordTableModels::modelsPassTheTester_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("expected");
    const ServiceContext context = m_session->context();
    QTest::newRow("companies") << QStringLiteral("companies") << CompanyService(context).count().value();
    QTest::newRow("contacts") << QStringLiteral("contacts") << ContactService(context).count().value();
    QTest::newRow("contracts") << QStringLiteral("contracts") << ContractService(context).count().value();
    QTest::newRow("invoices") << QStringLiteral("invoices") << InvoiceService(context).count().value();
}

void TestRecordTableModels::modelsPassTheTester()
{
    QFETCH(QString, kind);
    QFETCH(qint64, expected);
    auto model = makeModel(kind);
    model->setFetchBatchSize(17);
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setQuery({});
    QVERIFY(model->rowCount() > 0);
    fetchAll(*model);
    QCOMPARE(qint64(model->rowCount()), expected);
    for (int column = 0; column < model->columnCount(); ++column) {
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
        model->sort(column, Qt::DescendingOrder);
        fetchAll(*model);
        QCOMPARE(qint64(model->rowCount()), expected);
        for (int row = 0; row < model->rowCount(); row += 13)
            QVERIFY(model->index(row, column).data(RecordTableModel::IdRole).toLongLong() != 0);
    }
}

void TestRecordTableModels::fetchesEveryRowOnceInOrder()
{
    ContactTableModel model(*m_session);
    model.setFetchBatchSize(9);
    model.setQuery({});
    QCOMPARE(model.rowCount(), 9);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    fetchAll(model);
    QVERIFY(inserted.count() >= 240 / 9);
    QCOMPARE(model.rowCount(), 240);
    QSet<qint64> seen;
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.idAt(row));
        const QString name = model.index(row, ContactTableModel::NameColumn).data().toString().toCaseFolded();
        QVERIFY2(previous <= name, qPrintable(previous + QStringLiteral(" > ") + name));
        previous = name;
    }
    QCOMPARE(seen.size(), 240);
}

void TestRecordTableModels::sortsInSql()
{
    CompanyTableModel model(*m_session);
    model.setQuery({});
    fetchAll(model);
    const QString first = model.index(0, CompanyTableModel::NameColumn).data().toString();
    model.sort(CompanyTableModel::NameColumn, Qt::DescendingOrder);
    fetchAll(model);
    QCOMPARE(model.index(model.rowCount() - 1, CompanyTableModel::NameColumn).data().toString(), first);
    QCOMPARE(model.query().sortField, QStringLiteral("name"));
    QVERIFY(model.query().descending);
    // A column without an SQL order (payment terms) leaves the order as it was.
    model.sort(CompanyTableModel::PaymentTermsColumn, Qt::AscendingOrder);
    QCOMPARE(model.query().sortField, QStringLiteral("name"));
}

void TestRecordTableModels::searchesAndFilters()
{
    const ServiceContext context = m_session->context();
    auto companies = CompanyService(context).list({});
    QVERIFY(companies.ok());
    const Company company = companies->at(3);

    ContactTableModel contacts(*m_session);
    ListQuery byCompany;
    byCompany.companyId = company.id;
    contacts.setQuery(byCompany);
    fetchAll(contacts);
    QCOMPARE(contacts.rowCount(), 4);
    for (int row = 0; row < contacts.rowCount(); ++row)
        QCOMPARE(contacts.index(row, ContactTableModel::CompanyColumn).data().toString(), company.name);

    auto someContact = ContactService(context).get(contacts.idAt(0));
    QVERIFY(someContact.ok());
    ListQuery search;
    search.search = someContact->name.left(4);
    contacts.setQuery(search);
    fetchAll(contacts);
    QVERIFY(contacts.rowCount() >= 1);
    QVERIFY(contacts.rowCount() < 240);
    QVERIFY(contacts.rowOfId(someContact->id) >= 0);

    InvoiceTableModel invoices(*m_session);
    ListQuery overdue;
    overdue.overdueOnly = true;
    invoices.setQuery(overdue);
    fetchAll(invoices);
    QVERIFY(invoices.rowCount() > 0);
    QCOMPARE(qint64(invoices.rowCount()), InvoiceService(context).count(overdue).value());
    for (int row = 0; row < invoices.rowCount(); ++row)
        QCOMPARE(invoices.index(row, InvoiceTableModel::StatusColumn)
                     .data(RecordTableModel::RawValueRole)
                     .toString(),
                 QStringLiteral("overdue"));

    ContractTableModel contracts(*m_session);
    ListQuery expiring;
    expiring.expiringWithinDays = 60;
    contracts.setQuery(expiring);
    fetchAll(contracts);
    QCOMPARE(qint64(contracts.rowCount()), ContractService(context).count(expiring).value());
    for (int row = 0; row < contracts.rowCount(); ++row) {
        const qint64 days = contracts.index(row, ContractTableModel::DaysLeftColumn).data().toLongLong();
        QVERIFY(days >= 0 && days <= 60);
    }
}

void TestRecordTableModels::keepsMemoryBounded()
{
    ContactTableModel model(*m_session);
    model.setFetchBatchSize(10);
    model.setCachedPageLimit(1);
    model.setQuery({});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 240);
    // Reading every row, front to back and back again, never holds more than one page of records.
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, ContactTableModel::NameColumn).data().toString().isEmpty());
        QVERIFY(model.cachedRecordCount() <= RecordTableModel::kPageSize);
    }
    for (int row = model.rowCount() - 1; row >= 0; --row)
        QCOMPARE(model.index(row, ContactTableModel::NameColumn).data(RecordTableModel::IdRole).toLongLong(),
                 model.idAt(row));
    QVERIFY(!model.index(0, ContactTableModel::EmailColumn).data().toString().isEmpty());
    QVERIFY(model.cachedRecordCount() <= RecordTableModel::kPageSize);
    model.refresh();
    QCOMPARE(model.cachedRecordCount(), 0);
}

void TestRecordTableModels::rawValueRoleHoldsCodes()
{
    ContactTableModel model(*m_session);
    model.setQuery({});
    const QModelIndex type = model.index(0, ContactTableModel::TypeColumn);
    const QString code = type.data(RecordTableModel::RawValueRole).toString();
    QVERIFY(QStringList({QStringLiteral("primary"), QStringLiteral("billing"), QStringLiteral("technical"),
                         QStringLiteral("decision_maker"), QStringLiteral("other")})
                .contains(code));
    QVERIFY(!type.data().toString().isEmpty());
}

QTEST_MAIN(TestRecordTableModels)
#include "TestRecordTableModels.moc"
