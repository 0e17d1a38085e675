#include "FilterFixture.h"
#include "PostgresServer.h"
#include "TestBackend.h"
#include "TestDatabase.h"
#include "db/SqlRun.h"
#include "filters/FilterChecker.h"
#include "filters/FilterEvaluator.h"
#include "filters/FilterJson.h"
#include "filters/FilterQuery.h"
#include "filters/FilterSqlCompiler.h"
#include "filters/FilterSubjectLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using IdList = QList<qint64>;

// Each operator on each field type, run as SQL and by the evaluator over a small, hand-made data
// set whose right answers are written down here; and attempts to inject SQL through a filter.
class TestFilterSql : public QObject
{
    Q_OBJECT

private:
    // The same data in a SQLite file and in a real PostgreSQL server (when one can be started).
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PostgresServer> m_server;
    std::shared_ptr<Database> m_postgres;

    ServiceContext serviceContext(const QString& backend) const
    {
        if (backend == QLatin1String("postgresql"))
            return {m_postgres, &m_db->clock(), Actor::cli()};
        return m_db->context();
    }
    const Database& database(const QString& backend) const { return *serviceContext(backend).database; }
    FilterContext context(const QString& backend = QStringLiteral("sqlite")) const
    {
        return FilterContext::forService(serviceContext(backend));
    }
    QStringList backends() const
    {
        return m_postgres ? QStringList{QStringLiteral("sqlite"), QStringLiteral("postgresql")}
                          : QStringList{QStringLiteral("sqlite")};
    }

    IdList evaluate(const QString& backend, const CheckedFilter& filter) const
    {
        auto subjects = FilterSubjectLoader(database(backend)).all(filter.entity);
        if (!subjects)
            return {-1};
        const FilterEvaluator evaluator(context(backend));
        IdList ids;
        for (const FilterSubject& subject : subjects.value()) {
            if (evaluator.matches(filter, subject))
                ids << (filter.entity == FilterEntity::Company ? subject.company.id : subject.contact.id);
        }
        return ids;
    }

    qint64 contactRows(const QString& backend) const
    {
        return SqlRun::scalar(database(backend).connection(), QStringLiteral("SELECT count(*) FROM contacts"))
            .value()
            .toLongLong();
    }

    static QByteArray filterJson(const QString& entity, const QByteArray& rules,
                                 const QString& match = QStringLiteral("all"))
    {
        return QStringLiteral(R"({"version":1,"entity":"%1","match":"%2","rules":%3})")
            .arg(entity, match, QString::fromUtf8(rules))
            .toUtf8();
    }

    // Today is 2026-03-02 in Bangkok (the office zone); 02:00 UTC is 09:00 there.
    void buildFixture(const Database& db)
    {
        FilterFixture fixture(db);
        const qint64 a = fixture.company(
            FilterFixture::companyRow(QStringLiteral("Siam Riverside Hotel"), QStringLiteral("Hotel"),
                                      QStringLiteral("Thailand"), QStringLiteral("Bangkok")));
        const qint64 b = fixture.company(
            FilterFixture::companyRow(QStringLiteral("Đà Nẵng Café"), QStringLiteral("restaurant"),
                                      QStringLiteral("Vietnam"), QStringLiteral("ĐÀ NẴNG")));
        FilterFixture::CompanyRow c =
            FilterFixture::companyRow(QStringLiteral("100% Pure_Sound \\ Co"), QStringLiteral("retail"),
                                      QStringLiteral("thailand"), QStringLiteral("เชียงใหม่"));
        c.isActive = false;
        const qint64 cId = fixture.company(c);
        const qint64 d = fixture.company(FilterFixture::companyRow(
            QStringLiteral("O'Brien; DROP TABLE contacts; --"), QString(), QString(), QString()));
        QCOMPARE(QList<qint64>({a, b, cId, d}), QList<qint64>({1, 2, 3, 4}));

        const qint64 aActive = fixture.contract(a, QStringLiteral("active"), QStringLiteral("2026-03-20"));
        fixture.contract(a, QStringLiteral("expired"), QStringLiteral("2026-02-01"));
        const qint64 bActive = fixture.contract(b, QStringLiteral("active"), QStringLiteral("2026-06-30"));
        fixture.contract(b, QStringLiteral("active"), std::nullopt);
        const qint64 cDraft = fixture.contract(cId, QStringLiteral("draft"), QStringLiteral("2026-03-05"));
        fixture.invoice(aActive, QStringLiteral("sent"), QStringLiteral("2026-02-20")); // overdue by date
        fixture.invoice(aActive, QStringLiteral("paid"), QStringLiteral("2026-01-01"));
        fixture.invoice(bActive, QStringLiteral("sent"), QStringLiteral("2026-04-01"));
        fixture.invoice(cDraft, QStringLiteral("overdue"), QStringLiteral("2026-02-27"));

        FilterFixture::ContactRow one = FilterFixture::contactRow(a, QStringLiteral("Somchai Jaidee"),
                                                                  QStringLiteral("somchai@siam.example"));
        one.language = QStringLiteral("th");
        one.contactType = QStringLiteral("primary");
        one.isBillingContact = true;
        one.createdAt = QStringLiteral("2026-03-01T17:30:00.000Z"); // 00:30 on 2 March in Bangkok
        FilterFixture::ContactRow two = FilterFixture::contactRow(a, QStringLiteral("ANN smith"),
                                                                  QStringLiteral("Ann.Smith@Siam.example"));
        two.contactType = QStringLiteral("billing");
        two.isBillingContact = true;
        two.unsubscribed = true;
        two.unsubscribedAt = QStringLiteral("2026-02-25T10:00:00.000Z");
        two.createdAt = QStringLiteral("2026-03-01T16:59:59.999Z"); // the last instant of 1 March in Bangkok
        FilterFixture::ContactRow three = FilterFixture::contactRow(b, QStringLiteral("Nguyễn Văn An"),
                                                                    QStringLiteral("an@danang.example"));
        three.contactType = QStringLiteral("decision_maker");
        three.createdAt = QStringLiteral("2025-12-31T20:00:00.000Z");
        FilterFixture::ContactRow four =
            FilterFixture::contactRow(cId, QStringLiteral("สมหญิง ใจดี"), QString());
        four.language = QStringLiteral("th");
        four.isActive = false;
        four.unsubscribed = true;
        four.unsubscribedAt = QStringLiteral("2026-03-02T01:00:00.000Z");
        four.createdAt = QStringLiteral("2026-02-01T00:00:00.000Z");
        FilterFixture::ContactRow five =
            FilterFixture::contactRow(d, QStringLiteral("Zoë 100%_x"), QStringLiteral("zoe@x.example"));
        five.contactType = QStringLiteral("technical");
        five.createdAt = QStringLiteral("2026-02-10T00:00:00.000Z");
        for (const auto& row : {one, two, three, four, five})
            QVERIFY(fixture.contact(row) > 0);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        buildFixture(*m_db->database());
        QCOMPARE(contactRows(QStringLiteral("sqlite")), 5);
        m_server = std::make_unique<PostgresServer>();
        if (!m_server->isRunning()) {
            qWarning("PostgreSQL rows skipped: %s", qPrintable(m_server->unavailableReason()));
            return;
        }
        auto opened = Database::open(m_server->createDatabase(QStringLiteral("rapport_filters")));
        QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error().message));
        m_postgres = opened.value();
        buildFixture(*m_postgres);
        QCOMPARE(contactRows(QStringLiteral("postgresql")), 5);
    }

    void cleanupTestCase()
    {
        m_postgres.reset();
        m_server.reset();
    }

    void operators_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<IdList>("expected");
        QTest::addColumn<QString>("backend");
        struct Row
        {
            const char* name;
            QString entity;
            QByteArray rules;
            IdList expected;
            bool sqliteOnly;
        };
        QList<Row> rows;
        const auto add = [&rows](const char* name, const QString& entity, const QByteArray& rules,
                                 const IdList& expected, bool sqliteOnly = false) {
            rows.append({name, entity, rules, expected, sqliteOnly});
        };
        const auto rule = [](const char* field, const char* op, const char* value) -> QByteArray {
            return QByteArray("[{\"field\":\"") + field + "\",\"operator\":\"" + op + "\"" +
                   (value ? QByteArray(QByteArray(",\"value\":") + value) : QByteArray()) + "}]";
        };
        const QString contact = QStringLiteral("contact");
        const QString company = QStringLiteral("company");
        // clang-format off
        // Text on a *_key column: folded on both sides, in every script.
        add("key equals folds ascii", contact, rule("name", "equals", "\"somchai JAIDEE\""), IdList{1});
        add("key equals folds vietnamese", contact, rule("name", "equals", "\"NGUYỄN VĂN AN\""), IdList{3});
        add("key not_equals", contact, rule("name", "not_equals", "\"Somchai Jaidee\""), IdList{2, 3, 4, 5});
        add("key contains", contact, rule("name", "contains", "\"AN\""), IdList{2, 3});
        add("key contains percent", contact, rule("name", "contains", "\"100%\""), IdList{5});
        add("key contains lone percent", contact, rule("name", "contains", "\"%\""), IdList{5});
        add("key contains underscore", contact, rule("name", "contains", "\"_\""), IdList{5});
        add("key not_contains", contact, rule("name", "not_contains", "\"a\""), IdList{4, 5});
        add("key starts_with non-ascii case", contact, rule("name", "starts_with", "\"ZOË\""), IdList{5});
        add("key ends_with thai", contact, rule("name", "ends_with", "\"ใจดี\""), IdList{4});
        add("key in_list", contact, rule("name", "in_list", "[\"ann smith\", \"ZOË 100%_X\"]"), IdList{2, 5});
        add("email equals any case", contact, rule("email", "equals", "\"ANN.SMITH@siam.EXAMPLE\""), IdList{2});
        add("email is_empty", contact, rule("email", "is_empty", nullptr), IdList{4});
        add("email is_not_empty", contact, rule("email", "is_not_empty", nullptr), IdList{1, 2, 3, 5});
        // Text on other columns: lower() both sides, which on SQLite folds ASCII only.
        add("lower equals ascii", contact, rule("company.city", "equals", "\"bangkok\""), IdList{1, 2});
        add("lower equals exact non-ascii", contact, rule("company.city", "equals", "\"ĐÀ NẴNG\""), IdList{3});
        add("lower non-ascii case differs on sqlite", contact, rule("company.city", "equals", "\"đà nẵng\""), IdList{}, true);
        add("lower contains thai", contact, rule("company.city", "contains", "\"เชียง\""), IdList{4});
        add("country any case", contact, rule("company.country", "equals", "\"THAILAND\""), IdList{1, 2, 4});
        add("country in_list", contact, rule("company.country", "in_list", "[\"thailand\", \"VIETNAM\"]"), IdList{1, 2, 3, 4});
        add("industry is_empty", contact, rule("company.industry", "is_empty", nullptr), IdList{5});
        add("company name with quote", contact, rule("company.name", "starts_with", "\"o'brien; DROP\""), IdList{5});
        add("company name with backslash", contact, rule("company.name", "contains", "\"\\\\ co\""), IdList{4});
        // Numbers derived from the company's contracts, invoices and contacts.
        add("active contracts equals", contact, rule("company.active_contract_count", "equals", "2"), IdList{3});
        add("active contracts greater_than", contact, rule("company.active_contract_count", "greater_than", "0"), IdList{1, 2, 3});
        add("active contracts less_than", contact, rule("company.active_contract_count", "less_than", "1"), IdList{4, 5});
        add("active contracts between", contact, rule("company.active_contract_count", "between", "[1, 1]"), IdList{1, 2});
        add("contacts in_list", contact, rule("company.contact_count", "in_list", "[2, 7]"), IdList{1, 2});
        add("contacts not_equals", contact, rule("company.contact_count", "not_equals", "1"), IdList{1, 2});
        add("overdue invoices at least", contact, rule("company.overdue_invoice_count", "greater_than_or_equal", "1"), IdList{1, 2, 4});
        add("overdue invoices at most", contact, rule("company.overdue_invoice_count", "less_than_or_equal", "0"), IdList{3, 5});
        // Dates of timestamps are office-local (Bangkok) dates.
        add("created on local day", contact, rule("created_at", "equals", "\"2026-03-02\""), IdList{1});
        add("created on last instant", contact, rule("created_at", "equals", "\"2026-03-01\""), IdList{2});
        add("created on new year", contact, rule("created_at", "equals", "\"2026-01-01\""), IdList{3});
        add("created not on", contact, rule("created_at", "not_equals", "\"2026-03-02\""), IdList{2, 3, 4, 5});
        add("created after", contact, rule("created_at", "greater_than", "\"2026-03-01\""), IdList{1});
        add("created on or after", contact, rule("created_at", "greater_than_or_equal", "\"2026-03-01\""), IdList{1, 2});
        add("created before", contact, rule("created_at", "less_than", "\"2026-02-01\""), IdList{3});
        add("created on or before", contact, rule("created_at", "less_than_or_equal", "\"2026-02-01\""), IdList{3, 4});
        add("created between", contact, rule("created_at", "between", "[\"2026-02-01\", \"2026-03-01\"]"), IdList{2, 4, 5});
        add("created in last 1 day", contact, rule("created_at", "in_last_days", "1"), IdList{1, 2});
        add("created today", contact, rule("created_at", "in_last_days", "0"), IdList{1});
        add("created in next days", contact, rule("created_at", "in_next_days", "10"), IdList{1});
        add("unsubscribed_at is_empty", contact, rule("unsubscribed_at", "is_empty", nullptr), IdList{1, 3, 5});
        add("unsubscribed_at is_not_empty", contact, rule("unsubscribed_at", "is_not_empty", nullptr), IdList{2, 4});
        add("unsubscribed_at not_equals keeps null", contact, rule("unsubscribed_at", "not_equals", "\"2026-02-25\""), IdList{1, 3, 4, 5});
        add("unsubscribed in last week", contact, rule("unsubscribed_at", "in_last_days", "7"), IdList{2, 4});
        // "Has an active contract ending within N days" and the other contract-end rules.
        add("active contract ends within 30 days", contact, rule("company.active_contract_end", "in_next_days", "30"), IdList{1, 2});
        add("active contract ends within 120 days", contact, rule("company.active_contract_end", "in_next_days", "120"), IdList{1, 2, 3});
        add("no active contract end", contact, rule("company.active_contract_end", "is_empty", nullptr), IdList{4, 5});
        add("some active contract end", contact, rule("company.active_contract_end", "is_not_empty", nullptr), IdList{1, 2, 3});
        add("no active contract ends on", contact, rule("company.active_contract_end", "not_equals", "\"2026-03-20\""), IdList{3, 4, 5});
        add("active contract ends before", contact, rule("company.active_contract_end", "less_than", "\"2026-04-01\""), IdList{1, 2});
        add("expired contract is not active", contact, rule("company.active_contract_end", "in_last_days", "60"), IdList{});
        // Booleans and enumerations.
        add("unsubscribed true", contact, rule("unsubscribed", "equals", "true"), IdList{2, 4});
        add("unsubscribed false", contact, rule("unsubscribed", "equals", "false"), IdList{1, 3, 5});
        add("unsubscribed not true", contact, rule("unsubscribed", "not_equals", "true"), IdList{1, 3, 5});
        add("billing contact", contact, rule("is_billing_contact", "equals", "true"), IdList{1, 2});
        add("not active", contact, rule("is_active", "not_equals", "true"), IdList{4});
        add("company inactive", contact, rule("company.is_active", "equals", "false"), IdList{4});
        add("language equals", contact, rule("language", "equals", "\"th\""), IdList{1, 4});
        add("language not_equals", contact, rule("language", "not_equals", "\"th\""), IdList{2, 3, 5});
        add("contact type in_list", contact, rule("contact_type", "in_list", "[\"billing\", \"primary\"]"), IdList{1, 2});
        // Company filters.
        add("company country", company, rule("country", "equals", "\"thailand\""), IdList{1, 3});
        add("company contact count", company, rule("contact_count", "equals", "1"), IdList{2, 3, 4});
        add("company contract ending", company, rule("active_contract_end", "in_next_days", "30"), IdList{1});
        add("company name quote", company, rule("name", "contains", "\"'\""), IdList{4});
        add("company active", company, rule("is_active", "equals", "true"), IdList{1, 2, 4});
        // Nesting and the empty root.
        add("nested any/all", contact, QByteArray(R"([{"match":"any","rules":[{"field":"language","operator":"equals","value":"th"},
                 {"match":"all","rules":[{"field":"company.country","operator":"equals","value":"vietnam"},
                                         {"field":"is_active","operator":"equals","value":true}]}]}])"), IdList{1, 3, 4});
        add("nested all/any", contact, QByteArray(R"([{"match":"any","rules":[{"field":"unsubscribed","operator":"equals","value":true},
                 {"field":"company.city","operator":"contains","value":"BANG"}]},
                 {"field":"name","operator":"not_contains","value":"ann"}])"), IdList{1, 4});
        add("empty root selects all", contact, QByteArray("[]"), IdList{1, 2, 3, 4, 5});
        // clang-format on
        for (const QString& backend : backends()) {
            for (const Row& row : std::as_const(rows)) {
                // PostgreSQL's lower() folds non-ASCII letters as its locale says, so this one
                // documents SQLite only.
                // The "sqlite" backend is PostgreSQL too when the whole suite runs there.
                if (row.sqliteOnly && (backend != QLatin1String("sqlite") || TestBackend::isPostgres()))
                    continue;
                QTest::newRow(qPrintable(backend + QLatin1Char(' ') + QLatin1String(row.name)))
                    << row.entity << row.rules << row.expected << backend;
            }
        }
    }

    void operators()
    {
        QFETCH(QString, entity);
        QFETCH(QByteArray, rules);
        QFETCH(IdList, expected);
        QFETCH(QString, backend);
        auto parsed = FilterJson::parse(filterJson(entity, rules));
        QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error().message));
        auto checked = FilterChecker::check(parsed.value());
        QVERIFY2(checked, qPrintable(checked.ok() ? QString() : checked.error().message));
        auto ids = FilterQuery(database(backend), context(backend)).ids(checked.value());
        QVERIFY2(ids, qPrintable(ids.ok() ? QString() : ids.error().message));
        QCOMPARE(ids.value(), expected);
        QCOMPARE(evaluate(backend, checked.value()), expected);
        auto count = FilterQuery(database(backend), context(backend)).count(checked.value());
        QVERIFY(count);
        QCOMPARE(count.value(), qint64(expected.size()));
    }

    void valuesNeverReachTheSqlText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("backend");
        const QList<QPair<const char*, QString>> values = {
            {"quote", QStringLiteral("x' OR '1'='1")},
            {"drop", QStringLiteral("'; DROP TABLE contacts; --")},
            {"double quote", QStringLiteral("\" OR 1=1 --")},
            {"comment", QStringLiteral("-- ")},
            {"block comment", QStringLiteral("*/ OR 1=1 /*")},
            {"like wildcards", QStringLiteral("%' OR name LIKE '%")},
            {"escape char", QStringLiteral("\\' ESCAPE '")},
            {"backslash quote", QStringLiteral("\\'; DELETE FROM contacts; --")},
            {"dollar quote", QStringLiteral("$$; DELETE FROM contacts; $$")},
            {"semicolon", QStringLiteral("a); DELETE FROM contacts; SELECT (1")},
            {"stored company name", QStringLiteral("O'Brien; DROP TABLE contacts; --")},
        };
        for (const QString& backend : backends()) {
            for (const auto& [name, value] : values)
                QTest::newRow(qPrintable(backend + QLatin1Char(' ') + QLatin1String(name)))
                    << value << backend;
        }
    }

    // Hostile values are bound, never spliced: the SQL text holds only placeholders, the results
    // agree with the evaluator, and the tables are intact.
    void valuesNeverReachTheSqlText()
    {
        QFETCH(QString, value);
        QFETCH(QString, backend);
        for (const QString& op :
             {QStringLiteral("equals"), QStringLiteral("contains"), QStringLiteral("starts_with"),
              QStringLiteral("not_contains"), QStringLiteral("in_list")}) {
            for (const QString& field :
                 {QStringLiteral("name"), QStringLiteral("company.name"), QStringLiteral("title")}) {
                Filter filter;
                const QJsonValue json = op == QLatin1String("in_list")
                                            ? QJsonValue(QJsonArray{value, QStringLiteral("x")})
                                            : QJsonValue(value);
                filter.root.children << FilterNode::rule(field, op, json);
                auto checked = FilterChecker::check(filter);
                QVERIFY(checked);
                const CompiledFilter compiled = FilterSqlCompiler(context(backend)).compile(checked.value());
                QVERIFY2(!compiled.where.contains(value.trimmed()), qPrintable(compiled.where));
                QVERIFY(!compiled.where.contains(QStringLiteral("DROP")));
                QCOMPARE(compiled.where.count(QLatin1Char('?')), compiled.binds.size());
                auto ids = FilterQuery(database(backend), context(backend)).ids(checked.value());
                QVERIFY2(ids, qPrintable(ids.ok() ? QString() : ids.error().message));
                QCOMPARE(ids.value(), evaluate(backend, checked.value()));
            }
        }
        QCOMPARE(contactRows(backend), 5);
        // The company whose name is hostile is found by its exact name.
        Filter byName;
        byName.entity = FilterEntity::Company;
        byName.root.children << FilterNode::rule(QStringLiteral("name"), QStringLiteral("equals"),
                                                 QStringLiteral("o'brien; drop table CONTACTS; --"));
        auto found =
            FilterQuery(database(backend), context(backend)).ids(FilterChecker::check(byName).value());
        QVERIFY(found);
        QCOMPARE(found.value(), IdList{4});
    }

    void identifiersOutsideTheCatalogueAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("op");
        QTest::newRow("statement after field")
            << QStringLiteral("name; DROP TABLE contacts") << QStringLiteral("equals");
        QTest::newRow("comment after field") << QStringLiteral("name--") << QStringLiteral("equals");
        QTest::newRow("qualified column") << QStringLiteral("c.name") << QStringLiteral("equals");
        QTest::newRow("raw key column") << QStringLiteral("name_key") << QStringLiteral("equals");
        QTest::newRow("expression") << QStringLiteral("1=1) OR (1") << QStringLiteral("equals");
        QTest::newRow("subquery") << QStringLiteral("(SELECT 1)") << QStringLiteral("equals");
        QTest::newRow("other table") << QStringLiteral("audit_log.actor") << QStringLiteral("equals");
        QTest::newRow("operator injection") << QStringLiteral("name") << QStringLiteral("equals OR 1=1");
        QTest::newRow("operator symbol") << QStringLiteral("name") << QStringLiteral("=");
        QTest::newRow("nul in field")
            << QString(QStringLiteral("name") + QChar(0)) << QStringLiteral("equals");
    }

    void identifiersOutsideTheCatalogueAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, op);
        Filter filter;
        filter.root.children << FilterNode::rule(field, op, QStringLiteral("x"));
        auto checked = FilterChecker::check(filter);
        QVERIFY(!checked);
        QCOMPARE(checked.error().field, QStringLiteral("rules[0]"));
        QVERIFY(checked.error().message.contains(QStringLiteral("There is no")));
    }

    void controlCharactersAreRefused()
    {
        for (const QChar c : {QChar(0), QChar(u'\n'), QChar(u'\r'), QChar(0x1b)}) {
            Filter filter;
            filter.root.children << FilterNode::rule(
                QStringLiteral("name"), QStringLiteral("contains"),
                QString(QStringLiteral("ab") + c + QStringLiteral("cd")));
            auto checked = FilterChecker::check(filter);
            QVERIFY(!checked);
            QVERIFY(checked.error().message.contains(QStringLiteral("control character")));
        }
    }

    void aFullInListIsBound()
    {
        QJsonArray values;
        for (int i = 0; i < FilterOperators::kMaxListValues - 1; ++i)
            values.append(QStringLiteral("'%1'); --").arg(i));
        values.append(QStringLiteral("Bangkok"));
        Filter filter;
        filter.root.children << FilterNode::rule(QStringLiteral("company.city"), QStringLiteral("in_list"),
                                                 values);
        auto checked = FilterChecker::check(filter);
        QVERIFY(checked);
        auto ids = FilterQuery(database(QStringLiteral("sqlite")), context()).ids(checked.value());
        QVERIFY(ids);
        QCOMPARE(ids.value(), (IdList{1, 2}));
    }

    void contactFilterJoinsCompanyOnlyWhenNeeded()
    {
        Filter own;
        own.root.children << FilterNode::rule(QStringLiteral("unsubscribed"), QStringLiteral("equals"),
                                              false);
        CompiledFilter compiled = FilterSqlCompiler(context()).compile(FilterChecker::check(own).value());
        QCOMPARE(compiled.from, QStringLiteral("contacts c"));
        QCOMPARE(compiled.where, QStringLiteral("c.unsubscribed = ?"));
        Filter cross = own;
        cross.root.children << FilterNode::rule(QStringLiteral("company.country"), QStringLiteral("equals"),
                                                QStringLiteral("Thailand"));
        compiled = FilterSqlCompiler(context()).compile(FilterChecker::check(cross).value());
        QCOMPARE(compiled.from, QStringLiteral("contacts c JOIN companies co ON co.id = c.company_id"));
        QCOMPARE(compiled.where, QStringLiteral("(c.unsubscribed = ? AND lower(co.country) = lower(?))"));
        QCOMPARE(compiled.binds, (QVariantList{0, QStringLiteral("Thailand")}));
    }
};

QTEST_GUILESS_MAIN(TestFilterSql)
#include "TestFilterSql.moc"
