#include "TestDatabase.h"
#include "db/MigrationSections.h"
#include "db/SqlDialect.h"
#include "db/SqlRun.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/DemoDataGenerator.h"
#include "records/RecordSearch.h"

#include <QSet>
#include <QtTest>

// Search as you type: a term of three characters or more (the FTS5 trigram index) must find exactly
// the rows a plain case-insensitive substring test finds; one or two characters (a range on the
// name index) exactly the names that start with them. The search index must follow every insert,
// update and delete, cascades included.
class TestRecordSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void contactsMatchTheReference_data();
    void contactsMatchTheReference();
    void companiesMatchTheReference_data();
    void companiesMatchTheReference();
    void indexFollowsUpdatesAndDeletes();
    void indexFollowsCascadedDeletes();
    void trigramPhraseQuotesItsInput();
    void migrationSectionsKeepOnlyTheirDialect();
    void commonTermPagesKeepNameOrder();

private:
    static QSet<qint64> contactIds(const QList<Contact>& contacts);
    qint64 indexedMatches(const QString& table, const QString& term) const;
    bool hasSearchIndex() const { return m_db->database()->dialect().hasTrigramSearch(); }

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_companyId = 0;
};

void TestRecordSearch::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    DemoDataGenerator::Options options;
    options.companies = 60;
    options.contactsPerCompany = 4;
    options.seed = 5;
    QVERIFY(DemoDataGenerator(m_db->context()).generate(options).ok());

    Company company;
    company.name = QStringLiteral("Search Test Co");
    company.city = QStringLiteral("Chiang Mai");
    company.country = QStringLiteral("Thailand");
    auto created = CompanyService(m_db->context()).create(company);
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_companyId = created.value();
    const ContactService contacts(m_db->context());
    const QStringList names = {QStringLiteral("สมชาย ใจดี"), QStringLiteral("Dara O\"Neill"),
                               QStringLiteral("Percy 100%_off"), QStringLiteral("ÉLODIE STRASSE")};
    int n = 0;
    for (const QString& name : names) {
        Contact contact;
        contact.companyId = m_companyId;
        contact.name = name;
        contact.email = QStringLiteral("Person%1@Example.TEST").arg(++n);
        contact.phone = QStringLiteral("+66 81 555 %1").arg(1000 + n);
        auto added = contacts.create(contact);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
    }
}

QSet<qint64> TestRecordSearch::contactIds(const QList<Contact>& contacts)
{
    QSet<qint64> ids;
    for (const Contact& contact : contacts)
        ids.insert(contact.id);
    return ids;
}

qint64 TestRecordSearch::indexedMatches(const QString& table, const QString& term) const
{
    // Asks the index alone (an external-content FTS5 table answers MATCH from its index), so a
    // stale entry left by a missing trigger shows up here even if the row itself is gone.
    auto count =
        SqlRun::scalar(m_db->database()->connection(),
                       QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral("_search WHERE ") +
                           table + QStringLiteral("_search MATCH ?"),
                       {RecordSearch::trigramPhrase(term.toCaseFolded())});
    return count ? count->toLongLong() : -1;
}

void TestRecordSearch::contactsMatchTheReference_data()
{
    QTest::addColumn<QString>("term");
    for (const char* term :
         {"a",  "an",    "ann",   "son", "Som", "example.test", "PERSON2", "555 1003", "ใจดี",  "สม",
          "มช", "o\"ne", "100%_", "%_",  "pe",  "élodie",       "ÉL",      "strasse",  "zzqx", "  ann  "})
        QTest::newRow(term) << QString::fromUtf8(term);
}

void TestRecordSearch::contactsMatchTheReference()
{
    QFETCH(QString, term);
    const ContactService service(m_db->context());
    auto all = service.list();
    QVERIFY(all.ok());
    const QString folded = term.trimmed().toCaseFolded();
    QSet<qint64> expected;
    for (const Contact& contact : all.value()) {
        const bool found = RecordSearch::searchesAnywhere(folded)
                               ? contact.name.toCaseFolded().contains(folded) ||
                                     contact.email.toCaseFolded().contains(folded) ||
                                     contact.phone.toCaseFolded().contains(folded)
                               : contact.name.toCaseFolded().startsWith(folded);
        if (found)
            expected.insert(contact.id);
    }
    ListQuery query;
    query.search = term;
    auto found = service.list(query);
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QCOMPARE(contactIds(found.value()), expected);
    auto counted = service.count(query);
    QVERIFY(counted.ok());
    QCOMPARE(counted.value(), qint64(expected.size()));
    // Keyset paging (what the table uses) returns the same rows.
    auto page = service.listKeys(query, {}, 100000);
    QVERIFY(page.ok());
    QCOMPARE(QSet<qint64>(page->ids.cbegin(), page->ids.cend()), expected);
}

void TestRecordSearch::companiesMatchTheReference_data()
{
    QTest::addColumn<QString>("term");
    for (const char* term : {"s", "se", "th", "tha", "THAILAND", "chiang", "search test", "ng m", "zzqx"})
        QTest::newRow(term) << QString::fromUtf8(term);
}

void TestRecordSearch::companiesMatchTheReference()
{
    QFETCH(QString, term);
    const CompanyService service(m_db->context());
    auto all = service.list();
    QVERIFY(all.ok());
    const QString folded = term.trimmed().toCaseFolded();
    QSet<qint64> expected;
    for (const Company& company : all.value()) {
        const bool found = RecordSearch::searchesAnywhere(folded)
                               ? company.name.toCaseFolded().contains(folded) ||
                                     company.city.toCaseFolded().contains(folded) ||
                                     company.country.toCaseFolded().contains(folded)
                               : company.name.toCaseFolded().startsWith(folded);
        if (found)
            expected.insert(company.id);
    }
    ListQuery query;
    query.search = term;
    auto found = service.list(query);
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
    QSet<qint64> ids;
    for (const Company& company : found.value())
        ids.insert(company.id);
    QCOMPARE(ids, expected);
}

void TestRecordSearch::indexFollowsUpdatesAndDeletes()
{
    const ContactService service(m_db->context());
    Contact contact;
    contact.companyId = m_companyId;
    contact.name = QStringLiteral("Zebulon Quist");
    auto created = service.create(contact);
    QVERIFY(created.ok());
    ListQuery query;
    query.search = QStringLiteral("quist");
    QCOMPARE(service.list(query)->size(), 1);

    auto stored = service.get(created.value());
    QVERIFY(stored.ok());
    Contact renamed = stored.value();
    renamed.name = QStringLiteral("Yara Wexley");
    QVERIFY(service.update(renamed).ok());
    QCOMPARE(service.list(query)->size(), 0);
    if (hasSearchIndex())
        QCOMPARE(indexedMatches(QStringLiteral("contacts"), QStringLiteral("quist")), qint64(0));
    query.search = QStringLiteral("wexley");
    QCOMPARE(service.list(query)->size(), 1);

    QVERIFY(service.remove(created.value()).ok());
    QCOMPARE(service.list(query)->size(), 0);
    if (hasSearchIndex())
        QCOMPARE(indexedMatches(QStringLiteral("contacts"), QStringLiteral("wexley")), qint64(0));
}

void TestRecordSearch::indexFollowsCascadedDeletes()
{
    if (!hasSearchIndex())
        QSKIP("The FTS5 search index is SQLite's; PostgreSQL searches with LIKE.");
    const CompanyService companies(m_db->context());
    Company company;
    company.name = QStringLiteral("Cascade Quarry Ltd");
    company.city = QStringLiteral("Xanadu");
    auto created = companies.create(company);
    QVERIFY(created.ok());
    Contact contact;
    contact.companyId = created.value();
    contact.name = QStringLiteral("Quenby Cascadewright");
    QVERIFY(ContactService(m_db->context()).create(contact).ok());
    QCOMPARE(indexedMatches(QStringLiteral("contacts"), QStringLiteral("cascadewright")), qint64(1));
    QCOMPARE(indexedMatches(QStringLiteral("companies"), QStringLiteral("xanadu")), qint64(1));

    QVERIFY(companies.remove(created.value()).ok());
    QCOMPARE(indexedMatches(QStringLiteral("contacts"), QStringLiteral("cascadewright")), qint64(0));
    QCOMPARE(indexedMatches(QStringLiteral("companies"), QStringLiteral("xanadu")), qint64(0));
}

void TestRecordSearch::trigramPhraseQuotesItsInput()
{
    QCOMPARE(RecordSearch::trigramPhrase(QStringLiteral("o\"ne")), QStringLiteral("\"o\"\"ne\""));
    QVERIFY(RecordSearch::searchesAnywhere(QStringLiteral("ใจด")));
    QVERIFY(!RecordSearch::searchesAnywhere(QStringLiteral("ab")));
    // Three characters outside the BMP are six UTF-16 units but still only three characters.
    QVERIFY(!RecordSearch::searchesAnywhere(QString::fromUcs4(U"\U0001F600\U0001F600")));
}

void TestRecordSearch::migrationSectionsKeepOnlyTheirDialect()
{
    const QString sql = QStringLiteral("CREATE TABLE a (x INTEGER);\n"
                                       "-- begin sqlite only\n"
                                       "CREATE VIRTUAL TABLE s USING fts5(x);\n"
                                       "-- end sqlite only\n"
                                       "-- begin postgresql only\n"
                                       "CREATE INDEX p ON a (x);\n"
                                       "-- end postgresql only\n"
                                       "CREATE TABLE b (y INTEGER);");
    const QString sqlite = MigrationSections::forDialect(sql, QStringLiteral("sqlite"));
    QVERIFY(sqlite.contains(QLatin1String("fts5")));
    QVERIFY(!sqlite.contains(QLatin1String("CREATE INDEX p")));
    QVERIFY(sqlite.contains(QLatin1String("CREATE TABLE b")));
    const QString postgres = MigrationSections::forDialect(sql, QStringLiteral("postgresql"));
    QVERIFY(!postgres.contains(QLatin1String("fts5")));
    QVERIFY(postgres.contains(QLatin1String("CREATE INDEX p")));
    QVERIFY(postgres.contains(QLatin1String("CREATE TABLE a")));
    QVERIFY(!postgres.contains(QLatin1String("begin")));
}

// A term with thousands of matches is paged by walking the name index (RecordSearch::isCommonTerm);
// the pages must be exactly those of the plain plan, in name order, forwards and backwards.
void TestRecordSearch::commonTermPagesKeepNameOrder()
{
    const ContactService contacts(m_db->context());
    for (int i = 0; i < RecordSearch::kCommonMatches + 30; ++i) {
        Contact contact;
        contact.companyId = m_companyId;
        contact.name = QStringLiteral("Quorra %1").arg((i * 7919) % 10007, 5, 10, QLatin1Char('0'));
        QVERIFY(contacts.create(contact).ok());
    }
    const QString term = QStringLiteral("quorra");
    static const RecordSearch probe(QStringLiteral("contacts"), {QStringLiteral("name_key")});
    const auto& dialect = m_db->database()->dialect();
    QCOMPARE(probe.isCommonTerm(m_db->database()->connection(), dialect, term), hasSearchIndex());
    QVERIFY(!probe.isCommonTerm(m_db->database()->connection(), dialect, QStringLiteral("zzqx")));
    QVERIFY(!probe.isCommonTerm(m_db->database()->connection(), dialect, QStringLiteral("qu")));

    for (const bool descending : {false, true}) {
        ListQuery query;
        query.search = term;
        query.descending = descending;
        auto all = contacts.list(query); // the plain plan, sorted by name then id
        QVERIFY(all.ok());
        QCOMPARE(all->size(), RecordSearch::kCommonMatches + 30);
        QList<qint64> expected;
        for (const Contact& contact : all.value())
            expected << contact.id;
        QList<qint64> paged;
        ListCursor cursor;
        for (;;) {
            auto page = contacts.listKeys(query, cursor, 500);
            QVERIFY(page.ok());
            paged << page->ids;
            if (page->atEnd)
                break;
            cursor = page->next;
        }
        QCOMPARE(paged, expected);
    }
}

QTEST_GUILESS_MAIN(TestRecordSearch)
#include "TestRecordSearch.moc"
