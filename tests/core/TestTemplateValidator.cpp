#include "templates/TemplateValidator.h"

#include <QtTest>

class TestTemplateValidator : public QObject
{
    Q_OBJECT

private slots:
    void suggestions_data();
    void suggestions();
    void validTemplatesPass_data();
    void validTemplatesPass();
    void unbalancedBraces_data();
    void unbalancedBraces();
    void problemsCarryPositionAndSnippet();
    void variableOfAnotherTypeIsNamed();
    void editDistance_data();
    void editDistance();
};

void TestTemplateValidator::suggestions_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("contract_no") << "renewal_30_days" << QStringLiteral("<p>{{contract_no}}</p>")
                                 << QStringLiteral("{{contract_no}}: did you mean {{contract_number}}?");
    QTest::newRow("spaces kept out of the message")
        << "renewal_30_days" << QStringLiteral("<p>{{ contract_no }}</p>")
        << QStringLiteral("{{contract_no}}: did you mean {{contract_number}}?");
    QTest::newRow("typo") << "welcome" << QStringLiteral("{{contcat_name}}")
                          << QStringLiteral("{{contcat_name}}: did you mean {{contact_name}}?");
    QTest::newRow("wrong case") << "welcome" << QStringLiteral("{{Contact_Name}}")
                                << QStringLiteral("{{Contact_Name}}: did you mean {{contact_name}}?");
    QTest::newRow("space instead of underscore")
        << "welcome" << QStringLiteral("{{contact name}}")
        << QStringLiteral("{{contact name}}: did you mean {{contact_name}}?");
    QTest::newRow("truncated") << "payment_overdue" << QStringLiteral("{{invoice}}")
                               << QStringLiteral("{{invoice}}: did you mean {{invoice_number}}?");
    QTest::newRow("expiry") << "renewal_7_days" << QStringLiteral("{{days_until_expire}}")
                            << QStringLiteral("{{days_until_expiry}}")
                                   .prepend(QStringLiteral("{{days_until_expire}}: did you mean "))
                                   .append(QLatin1Char('?'));
    QTest::newRow("ticket") << "ticket_update" << QStringLiteral("{{ticket_no}}")
                            << QStringLiteral("{{ticket_no}}: did you mean {{ticket_number}}?");
    QTest::newRow("nothing close") << "welcome" << QStringLiteral("{{zzzzzzzzzz}}")
                                   << QStringLiteral("{{zzzzzzzzzz}}: there is no such variable in Welcome "
                                                     "templates; pick one from the variable guide.");
}

void TestTemplateValidator::suggestions()
{
    QFETCH(QString, type);
    QFETCH(QString, body);
    QFETCH(QString, message);
    const QList<TemplateProblem> problems = TemplateValidator::check(type, QStringLiteral("Subject"), body);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().message, message);
    QCOMPARE(problems.first().field, QStringLiteral("html_body"));
    QCOMPARE(TemplateValidator::toError(problems).message, message);
}

void TestTemplateValidator::validTemplatesPass_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::newRow("renewal") << "renewal_30_days" << QStringLiteral("{{contract_number}} ends {{ end_date }}")
                             << QStringLiteral("<p>{{contact_name}} {{monthly_value}} {{days_until_expiry}} "
                                               "<a href=\"{{unsubscribe_url}}\">x</a></p>");
    QTest::newRow("payment") << "payment_overdue" << QStringLiteral("{{invoice_number}}")
                             << QStringLiteral("{{amount}} {{due_date}} {{days_overdue}}");
    QTest::newRow("ticket") << "ticket_update" << QStringLiteral("{{ticket_number}}")
                            << QStringLiteral("{{ticket_subject}} {{ticket_status}}");
    QTest::newRow("no variables, single braces")
        << "custom" << QStringLiteral("Hello") << QStringLiteral("<p>a { b } c</p>");
    QTest::newRow("triple braces") << "custom" << QStringLiteral("x") << QStringLiteral("{{{company_name}}}");
}

void TestTemplateValidator::validTemplatesPass()
{
    QFETCH(QString, type);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    const QList<TemplateProblem> problems = TemplateValidator::check(type, subject, body);
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
}

void TestTemplateValidator::unbalancedBraces_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("position");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed in subject")
        << "subject" << QStringLiteral("Hello {{contact_name") << qsizetype(6)
        << QStringLiteral(
               "Unbalanced braces in the subject: \"{{\" at position 7 is never closed with \"}}\".");
    QTest::newRow("unopened in subject")
        << "subject" << QStringLiteral("Hello contact_name}}") << qsizetype(18)
        << QStringLiteral("Unbalanced braces in the subject: \"}}\" at position 19 has no \"{{\" before it.");
    QTest::newRow("unclosed before next")
        << "html_body" << QStringLiteral("<p>\n  {{contact_name {{company_name}}</p>") << qsizetype(6)
        << QStringLiteral(
               "Unbalanced braces in the body: \"{{\" at line 2, column 3 is never closed with \"}}\".");
}

void TestTemplateValidator::unbalancedBraces()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(qsizetype, position);
    QFETCH(QString, message);
    const QList<TemplateProblem> problems =
        TemplateValidator::checkField(QStringLiteral("welcome"), field, text);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().position, position);
    QCOMPARE(problems.first().message, message);
    QCOMPARE(problems.first().field, field);
}

void TestTemplateValidator::problemsCarryPositionAndSnippet()
{
    const QString body =
        QStringLiteral("<p>Dear {{contact_name}}, contract {{ contract_no }} ends {{end_dat}}</p>");
    const QList<TemplateProblem> problems =
        TemplateValidator::checkField(QStringLiteral("renewal_14_days"), QStringLiteral("html_body"), body);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).snippet, QStringLiteral("{{ contract_no }}"));
    QCOMPARE(body.mid(problems.at(0).position, problems.at(0).length), problems.at(0).snippet);
    QCOMPARE(problems.at(0).suggestion, QStringLiteral("contract_number"));
    QCOMPARE(problems.at(1).snippet, QStringLiteral("{{end_dat}}"));
    QCOMPARE(problems.at(1).suggestion, QStringLiteral("end_date"));
}

void TestTemplateValidator::variableOfAnotherTypeIsNamed()
{
    const QList<TemplateProblem> problems =
        TemplateValidator::check(QStringLiteral("renewal_30_days"), QStringLiteral("{{invoice_number}}"), {});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, QStringLiteral("subject"));
    QCOMPARE(problems.first().message,
             QStringLiteral(
                 "{{invoice_number}}: this variable is not offered by Renewal: 30 days before templates."));
}

void TestTemplateValidator::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << "abc"
                          << "abc" << 0;
    QTest::newRow("empty") << ""
                           << "abc" << 3;
    QTest::newRow("kitten") << "kitten"
                            << "sitting" << 3;
    QTest::newRow("contract_no") << "contract_no"
                                 << "contract_number" << 5;
}

void TestTemplateValidator::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(TemplateValidator::editDistance(a, b), distance);
    QCOMPARE(TemplateValidator::editDistance(b, a), distance);
}

QTEST_GUILESS_MAIN(TestTemplateValidator)
#include "TestTemplateValidator.moc"
