#include "filters/FilterChecker.h"
#include "filters/FilterJson.h"

#include <QtTest>

// The versioned JSON form of filters and its validation messages: each problem is reported once,
// with the path of the rule at fault and a reason naming what is wrong.
class TestFilterJson : public QObject
{
    Q_OBJECT

private:
    // Every issue the JSON produces, from reading and then checking.
    static QStringList issuesOf(const QByteArray& json)
    {
        auto parsed = FilterJson::parse(json);
        if (!parsed)
            return parsed.error().message.split(QLatin1Char('\n'));
        QStringList lines;
        for (const FilterIssue& issue : FilterChecker::issues(parsed.value()))
            lines << issue.describe();
        return lines;
    }

private slots:
    void validationMessages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // each expected issue line must contain its text

        QTest::newRow("not json") << QByteArray("{\"entity\": ")
                                  << QStringList{QStringLiteral("not valid JSON")};
        QTest::newRow("array") << QByteArray("[]") << QStringList{QStringLiteral("must be a JSON object")};
        QTest::newRow("no entity") << QByteArray(R"({"match":"all","rules":[]})")
                                   << QStringList{QStringLiteral("entity: ")};
        QTest::newRow("bad entity")
            << QByteArray(R"({"entity":"dog"})")
            << QStringList{
                   QStringLiteral("entity: The entity must be \"company\" or \"contact\", not \"dog\"")};
        QTest::newRow("bad match") << QByteArray(R"({"entity":"contact","match":"some"})")
                                   << QStringList{QStringLiteral("match: ")};
        QTest::newRow("newer version")
            << QByteArray(R"({"version":2,"entity":"contact"})")
            << QStringList{QStringLiteral("version: This filter was written by a newer version")};
        QTest::newRow("unknown top key") << QByteArray(R"({"entity":"contact","rulez":[]})")
                                         << QStringList{QStringLiteral("rulez: Unknown key \"rulez\"")};
        QTest::newRow("rules not list") << QByteArray(R"({"entity":"contact","rules":{}})")
                                        << QStringList{QStringLiteral("rules: The rules must be a list")};
        QTest::newRow("rule not object") << QByteArray(R"({"entity":"contact","rules":[3]})")
                                         << QStringList{QStringLiteral("rules[0]: A rule must be an object")};
        QTest::newRow("rule unknown key")
            << QByteArray(
                   R"({"entity":"contact","rules":[{"feild":"name","operator":"equals","value":"x"}]})")
            << QStringList{QStringLiteral("rules[0]: Unknown key \"feild\"")};
        QTest::newRow("unknown field")
            << QByteArray(
                   R"({"entity":"contact","rules":[{"field":"company.contry","operator":"equals","value":"x"}]})")
            << QStringList{QStringLiteral("rules[0]: There is no field \"company.contry\" for contacts; did "
                                          "you mean \"company.country\"?")};
        QTest::newRow("company has no email")
            << QByteArray(
                   R"({"entity":"company","rules":[{"field":"email","operator":"equals","value":"x"}]})")
            << QStringList{QStringLiteral("rules[0]: There is no field \"email\" for companies")};
        QTest::newRow("unknown operator")
            << QByteArray(R"({"entity":"contact","rules":[{"field":"name","operator":"like","value":"x"}]})")
            << QStringList{QStringLiteral("rules[0]: There is no operator \"like\"")};
        QTest::newRow("operator does not fit")
            << QByteArray(
                   R"({"entity":"contact","rules":[{"field":"unsubscribed","operator":"contains","value":"x"}]})")
            << QStringList{QStringLiteral("rules[0]: The operator \"contains\" does not fit \"unsubscribed\" "
                                          "(yes/no); use one of: equals, not_equals.")};
        QTest::newRow("nested paths, one issue per rule")
            << QByteArray(R"({"entity":"contact","match":"any","rules":[
                    {"field":"name","operator":"equals","value":"ok"},
                    {"match":"all","rules":[
                        {"field":"language","operator":"equals","value":"fr"},
                        {"field":"created_at","operator":"in_last_days","value":"soon"}]},
                    {"field":"","operator":"equals","value":1}]})")
            << QStringList{
                   QStringLiteral(
                       "rules[1].rules[0]: \"fr\" is not a value of \"language\"; use one of: en, th."),
                   QStringLiteral("rules[1].rules[1]: The number of days must be a whole number"),
                   QStringLiteral("rules[2]: Choose a field for this rule.")};
        QTest::newRow("empty nested group")
            << QByteArray(R"({"entity":"contact","rules":[{"match":"any","rules":[]}]})")
            << QStringList{QStringLiteral("rules[0]: This group has no rules")};
        QTest::newRow("too deep")
            << QByteArray(R"({"entity":"contact","rules":[{"rules":[{"rules":[{"rules":[{"rules":[{"rules":[
                    {"field":"name","operator":"is_empty"}]}]}]}]}]}]})")
            << QStringList{QStringLiteral(
                   "rules[0].rules[0].rules[0].rules[0].rules[0]: Groups nest at most 5 levels deep")};
        QTest::newRow("field not text")
            << QByteArray(R"({"entity":"contact","rules":[{"field":7,"operator":"equals"}]})")
            << QStringList{QStringLiteral("rules[0]: The field must be a field name in quotes")};
    }

    void validationMessages()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const QStringList issues = issuesOf(json);
        QCOMPARE(issues.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(issues.at(i).contains(expected.at(i)),
                     qPrintable(issues.at(i) + QStringLiteral(" ≠ ") + expected.at(i)));
    }

    void depthFiveIsAllowed()
    {
        // The root and four nested groups.
        const QByteArray json = R"({"entity":"contact","rules":[{"rules":[{"rules":[{"rules":[{"rules":[
                    {"field":"name","operator":"is_empty"}]}]}]}]}]})";
        QCOMPARE(issuesOf(json), QStringList());
    }

    void tooManyRules()
    {
        Filter filter;
        for (int i = 0; i <= Filter::kMaxRules; ++i)
            filter.root.children << FilterNode::rule(QStringLiteral("name"), QStringLiteral("is_empty"));
        auto checked = FilterChecker::check(filter);
        QVERIFY(!checked);
        QVERIFY(checked.error().message.contains(QString::number(Filter::kMaxRules)));
    }

    void versionDefaultsAndMatchDefaults()
    {
        auto parsed = FilterJson::parse(
            R"({"entity":"company","rules":[{"rules":[{"field":"name","operator":"is_empty"}]}]})");
        QVERIFY(parsed);
        QCOMPARE(parsed->entity, FilterEntity::Company);
        QCOMPARE(parsed->root.match, FilterMatch::All);
        QVERIFY(parsed->root.children.first().isGroup);
        QCOMPARE(parsed->root.children.first().match, FilterMatch::All);
    }

    void roundTrip()
    {
        Filter filter;
        filter.entity = FilterEntity::Contact;
        filter.root = FilterNode::group(
            FilterMatch::All,
            {FilterNode::rule(QStringLiteral("company.country"), QStringLiteral("equals"),
                              QStringLiteral("ไทย")),
             FilterNode::group(
                 FilterMatch::Any,
                 {FilterNode::rule(QStringLiteral("language"), QStringLiteral("in_list"),
                                   QJsonArray{QStringLiteral("th"), QStringLiteral("en")}),
                  FilterNode::rule(QStringLiteral("unsubscribed_at"), QStringLiteral("is_empty"))}),
             FilterNode::rule(QStringLiteral("created_at"), QStringLiteral("between"),
                              QJsonArray{QStringLiteral("2026-01-01"), QStringLiteral("2026-02-01")})});
        const QByteArray json = FilterJson::serialise(filter);
        QVERIFY(json.contains("\"version\":1"));
        QVERIFY(!json.contains("\"value\":null")); // is_empty has no value key
        auto back = FilterJson::parse(json);
        QVERIFY2(back, qPrintable(back.ok() ? QString() : back.error().message));
        QVERIFY(back.value() == filter);
        QVERIFY(FilterChecker::check(back.value()));
        QCOMPARE(FilterJson::serialise(back.value()), json);
    }

    void allIssuesBecomeOneErrorNamingEachRule()
    {
        auto parsed =
            FilterJson::parse(R"({"entity":"contact","rules":[{"field":"nope","operator":"equals","value":1},
                                           {"field":"name","operator":"equals"}]})");
        QVERIFY(parsed);
        auto checked = FilterChecker::check(parsed.value());
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::Invalid);
        QCOMPARE(checked.error().field, QStringLiteral("rules[0]"));
        const QStringList lines = checked.error().message.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("rules[0]: There is no field \"nope\"")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("rules[1]: \"name\" equals needs a value.")));
    }
};

QTEST_GUILESS_MAIN(TestFilterJson)
#include "TestFilterJson.moc"
