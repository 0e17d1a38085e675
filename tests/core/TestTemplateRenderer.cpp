#include "templates/HtmlToText.h"
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateFormat.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateVariables.h"

#include <QtTest>

Q_DECLARE_METATYPE(TemplateValue)

class TestTemplateRenderer : public QObject
{
    Q_OBJECT

private slots:
    void htmlBody_data();
    void htmlBody();
    void subjectIsPlain_data();
    void subjectIsPlain();
    void formatsForLanguage_data();
    void formatsForLanguage();
    void missingValuesAreEmptyAndReported();
    void derivedTextKeepsLinks_data();
    void derivedTextKeepsLinks();
    void writtenTextBodyIsUsed();
    void valueCannotInjectAJavascriptLink();
    void subjectValueCannotAddAHeaderLine();
    void catalogueOffersSpecVariables_data();
    void catalogueOffersSpecVariables();
    void sampleCoversEveryVariable_data();
    void sampleCoversEveryVariable();
};

namespace {
EmailTemplate makeTemplate(const QString& subject, const QString& html,
                           const QString& language = QStringLiteral("en"))
{
    EmailTemplate t;
    t.templateType = QStringLiteral("renewal_30_days");
    t.language = language;
    t.subject = subject;
    t.htmlBody = html;
    return t;
}
} // namespace

void TestTemplateRenderer::htmlBody_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("name");
    QTest::addColumn<TemplateValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("<p>Dear {{contact_name}},</p>")
                           << QStringLiteral("contact_name") << TemplateValue(QStringLiteral("Anna"))
                           << QStringLiteral("<p>Dear Anna,</p>");
    QTest::newRow("spaces inside braces")
        << QStringLiteral("<p>Dear {{ contact_name }},</p>") << QStringLiteral("contact_name")
        << TemplateValue(QStringLiteral("Anna")) << QStringLiteral("<p>Dear Anna,</p>");
    QTest::newRow("tab and spaces") << QStringLiteral("<p>{{\tcontact_name  }}</p>")
                                    << QStringLiteral("contact_name") << TemplateValue(QStringLiteral("Anna"))
                                    << QStringLiteral("<p>Anna</p>");
    QTest::newRow("script tag escaped")
        << QStringLiteral("<p>Dear {{contact_name}}</p>") << QStringLiteral("contact_name")
        << TemplateValue(QStringLiteral("<script>alert(1)</script>"))
        << QStringLiteral("<p>Dear &lt;script&gt;alert(1)&lt;/script&gt;</p>");
    QTest::newRow("quotes escaped in attribute")
        << QStringLiteral("<p title=\"{{company_name}}\">x</p>") << QStringLiteral("company_name")
        << TemplateValue(QStringLiteral("A\" onmouseover=\"alert(1)"))
        << QStringLiteral("<p title=\"A&quot; onmouseover=&quot;alert(1)\">x</p>");
    QTest::newRow("ampersand") << QStringLiteral("<p>{{company_name}}</p>") << QStringLiteral("company_name")
                               << TemplateValue(QStringLiteral("Tom & Jerry's"))
                               << QStringLiteral("<p>Tom &amp; Jerry's</p>");
    QTest::newRow("thai value") << QStringLiteral("<p>เรียน คุณ {{contact_name}}</p>")
                                << QStringLiteral("contact_name")
                                << TemplateValue(QStringLiteral("สมชาย ใจดี"))
                                << QStringLiteral("<p>เรียน คุณ สมชาย ใจดี</p>");
    QTest::newRow("same variable twice")
        << QStringLiteral("<p>{{contact_name}} / {{contact_name}}</p>") << QStringLiteral("contact_name")
        << TemplateValue(QStringLiteral("A<B")) << QStringLiteral("<p>A&lt;B / A&lt;B</p>");
    QTest::newRow("braces in value are not re-expanded")
        << QStringLiteral("<p>{{contact_name}}</p>") << QStringLiteral("contact_name")
        << TemplateValue(QStringLiteral("{{company_name}}")) << QStringLiteral("<p>{{company_name}}</p>");
}

void TestTemplateRenderer::htmlBody()
{
    QFETCH(QString, html);
    QFETCH(QString, name);
    QFETCH(TemplateValue, value);
    QFETCH(QString, expected);
    TemplateValues values;
    values.set(name, value);
    values.set(QStringLiteral("company_name"), values.contains(QStringLiteral("company_name"))
                                                   ? *values.find(QStringLiteral("company_name"))
                                                   : TemplateValue(QStringLiteral("Acme")));
    const RenderedEmail rendered = TemplateRenderer::render(makeTemplate(QStringLiteral("s"), html), values);
    QCOMPARE(rendered.html, expected);
    QVERIFY(rendered.missing.isEmpty());
}

void TestTemplateRenderer::subjectIsPlain_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("markup") << QStringLiteral("<script>x</script>");
    QTest::newRow("ampersand and quotes") << QStringLiteral("Tom & \"Jerry\"");
    QTest::newRow("thai") << QStringLiteral("โรงแรมริเวอร์ไซด์");
}

void TestTemplateRenderer::subjectIsPlain()
{
    QFETCH(QString, value);
    TemplateValues values;
    values.set(QStringLiteral("company_name"), value);
    const RenderedEmail rendered = TemplateRenderer::render(
        makeTemplate(QStringLiteral("Hello {{ company_name }}"), QStringLiteral("<p>{{company_name}}</p>")),
        values);
    QCOMPARE(rendered.subject, QStringLiteral("Hello ") + value);
    // The derived text body is plain too: the escaped HTML decodes back to the value.
    QCOMPARE(rendered.text, value);
}

void TestTemplateRenderer::formatsForLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<TemplateValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("date en") << "en" << TemplateValue(QDate(2025, 3, 14)) << QStringLiteral("14 March 2025");
    QTest::newRow("date th (Buddhist Era)")
        << "th" << TemplateValue(QDate(2025, 3, 14)) << QStringLiteral("14 มีนาคม 2568");
    QTest::newRow("money en THB") << "en" << TemplateValue(MoneyAmount{1250050, QStringLiteral("THB")})
                                  << QStringLiteral("THB 12,500.50");
    QTest::newRow("money th THB") << "th" << TemplateValue(MoneyAmount{1250050, QStringLiteral("THB")})
                                  << QStringLiteral("12,500.50 บาท");
    QTest::newRow("money th USD") << "th" << TemplateValue(MoneyAmount{120000, QStringLiteral("USD")})
                                  << QStringLiteral("1,200.00 USD");
    QTest::newRow("money en millions")
        << "en" << TemplateValue(MoneyAmount{123456789012, QStringLiteral("EUR")})
        << QStringLiteral("EUR 1,234,567,890.12");
    QTest::newRow("money negative") << "en" << TemplateValue(MoneyAmount{-5, QStringLiteral("THB")})
                                    << QStringLiteral("THB -0.05");
    QTest::newRow("number") << "en" << TemplateValue(qint64(30)) << QStringLiteral("30");
    QTest::newRow("year en") << "en" << TemplateValue(CalendarYear{2025}) << QStringLiteral("2025");
    QTest::newRow("year th") << "th" << TemplateValue(CalendarYear{2025}) << QStringLiteral("2568");
}

void TestTemplateRenderer::formatsForLanguage()
{
    QFETCH(QString, language);
    QFETCH(TemplateValue, value);
    QFETCH(QString, expected);
    TemplateValues values;
    values.set(QStringLiteral("end_date"), value);
    const RenderedEmail rendered = TemplateRenderer::render(
        makeTemplate(QStringLiteral("{{end_date}}"), QStringLiteral("<p>{{end_date}}</p>"), language),
        values);
    QCOMPARE(rendered.subject, expected);
    QCOMPARE(rendered.html, QStringLiteral("<p>") + expected + QStringLiteral("</p>"));
}

void TestTemplateRenderer::missingValuesAreEmptyAndReported()
{
    TemplateValues values;
    values.set(QStringLiteral("contact_name"), QStringLiteral("Anna"));
    const RenderedEmail rendered =
        TemplateRenderer::render(makeTemplate(QStringLiteral("{{contract_number}} for {{contact_name}}"),
                                              QStringLiteral("<p>Ends {{end_date}}. {{ end_date }}</p>")),
                                 values);
    QCOMPARE(rendered.subject, QStringLiteral("for Anna"));
    QCOMPARE(rendered.html, QStringLiteral("<p>Ends . </p>"));
    QCOMPARE(rendered.missing, (QStringList{QStringLiteral("contract_number"), QStringLiteral("end_date")}));
    QVERIFY(!rendered.html.contains(QLatin1String("{{")));
}

void TestTemplateRenderer::derivedTextKeepsLinks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("link") << QStringLiteral(
                                 "<p>Read <a href=\"https://example.com/terms\">our terms</a> now.</p>")
                          << QStringLiteral("Read our terms (https://example.com/terms) now.");
    QTest::newRow("link showing its url")
        << QStringLiteral("<p><a href=\"https://example.com\">https://example.com</a></p>")
        << QStringLiteral("https://example.com");
    QTest::newRow("mailto showing its address")
        << QStringLiteral("<p><a href=\"mailto:a@b.co\">a@b.co</a></p>") << QStringLiteral("a@b.co");
    QTest::newRow("paragraphs and br")
        << QStringLiteral("<p>One</p><p>Two<br>Three</p>") << QStringLiteral("One\nTwo\nThree");
    QTest::newRow("lists") << QStringLiteral("<ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>")
                           << QStringLiteral("- a\n- b\n1. x\n2. y");
    QTest::newRow("entities and whitespace")
        << QStringLiteral("<p>  Tom&nbsp;&amp;\n  Jerry  </p>") << QStringLiteral("Tom & Jerry");
    QTest::newRow("heading then text")
        << QStringLiteral("<h1>Title</h1><p>Body</p>") << QStringLiteral("Title\nBody");
    QTest::newRow("bold inline") << QStringLiteral("<p>a <b>bold</b> word</p>")
                                 << QStringLiteral("a bold word");
}

void TestTemplateRenderer::derivedTextKeepsLinks()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html), text);
}

void TestTemplateRenderer::writtenTextBodyIsUsed()
{
    EmailTemplate t = makeTemplate(QStringLiteral("s"), QStringLiteral("<p>{{contact_name}}</p>"));
    t.textBody = QStringLiteral("Hi {{contact_name}} <3");
    TemplateValues values;
    values.set(QStringLiteral("contact_name"), QStringLiteral("A&B"));
    const RenderedEmail rendered = TemplateRenderer::render(t, values);
    QCOMPARE(rendered.text, QStringLiteral("Hi A&B <3"));
    QCOMPARE(rendered.html, QStringLiteral("<p>A&amp;B</p>"));
}

void TestTemplateRenderer::valueCannotInjectAJavascriptLink()
{
    TemplateValues values;
    values.set(QStringLiteral("unsubscribe_url"), QStringLiteral("javascript:alert(document.cookie)"));
    const RenderedEmail rendered = TemplateRenderer::render(
        makeTemplate(QStringLiteral("s"),
                     QStringLiteral("<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>")),
        values);
    QVERIFY2(!rendered.html.contains(QLatin1String("javascript"), Qt::CaseInsensitive),
             qPrintable(rendered.html));
    QCOMPARE(rendered.html, QStringLiteral("<p>Unsubscribe</p>"));

    values.set(QStringLiteral("unsubscribe_url"),
               QStringLiteral("mailto:office@example.com?subject=Unsubscribe%20a%40b.co"));
    const RenderedEmail safe = TemplateRenderer::render(
        makeTemplate(QStringLiteral("s"),
                     QStringLiteral("<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>")),
        values);
    QCOMPARE(
        safe.html,
        QStringLiteral(
            "<p><a href=\"mailto:office@example.com?subject=Unsubscribe%20a%40b.co\">Unsubscribe</a></p>"));
}

void TestTemplateRenderer::subjectValueCannotAddAHeaderLine()
{
    TemplateValues values;
    values.set(QStringLiteral("company_name"), QStringLiteral("Acme\r\nBcc: victim@example.com"));
    const RenderedEmail rendered = TemplateRenderer::render(
        makeTemplate(QStringLiteral("Hi {{company_name}}"), QStringLiteral("<p>x</p>")), values);
    QCOMPARE(rendered.subject, QStringLiteral("Hi Acme Bcc: victim@example.com"));
}

void TestTemplateRenderer::catalogueOffersSpecVariables_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("variables");
    const QStringList common = {QStringLiteral("company_name"), QStringLiteral("contact_name"),
                                QStringLiteral("current_year"), QStringLiteral("unsubscribe_url"),
                                QStringLiteral("sender_name")};
    const QStringList renewal = {QStringLiteral("contract_number"), QStringLiteral("end_date"),
                                 QStringLiteral("days_until_expiry"), QStringLiteral("monthly_value")};
    const QStringList payment = {QStringLiteral("invoice_number"), QStringLiteral("amount"),
                                 QStringLiteral("due_date"), QStringLiteral("days_overdue")};
    const QStringList ticket = {QStringLiteral("ticket_number"), QStringLiteral("ticket_subject"),
                                QStringLiteral("ticket_status")};
    for (const char* type : {"renewal_30_days", "renewal_14_days", "renewal_7_days", "renewal_urgent"})
        QTest::newRow(type) << QString::fromLatin1(type) << common + renewal;
    for (const char* type : {"invoice_new", "payment_reminder", "payment_overdue"})
        QTest::newRow(type) << QString::fromLatin1(type) << common + payment;
    QTest::newRow("ticket_update") << QStringLiteral("ticket_update") << common + ticket;
    for (const char* type :
         {"quarterly_checkin", "contract_signed", "welcome", "seasonal_new_year", "seasonal_songkran",
          "seasonal_chinese_new_year", "seasonal_christmas", "zone_offline_alert", "sequence_step", "custom"})
        QTest::newRow(type) << QString::fromLatin1(type) << common;
}

void TestTemplateRenderer::catalogueOffersSpecVariables()
{
    QFETCH(QString, type);
    QFETCH(QStringList, variables);
    QVERIFY(TemplateCatalogue::findType(type));
    for (const QString& variable : variables)
        QVERIFY2(TemplateCatalogue::offers(type, variable), qPrintable(type + QLatin1Char(' ') + variable));
    for (const TemplateVariable& variable : TemplateCatalogue::variables(type))
        QVERIFY2(!variable.translatedDescription().isEmpty(), qPrintable(variable.name));
    if (type.startsWith(QLatin1String("renewal")))
        QVERIFY(!TemplateCatalogue::offers(type, QStringLiteral("invoice_number")));
}

void TestTemplateRenderer::sampleCoversEveryVariable_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("language");
    for (const QString& type : TemplateCatalogue::typeCodes()) {
        QTest::newRow(qPrintable(type + QStringLiteral(" en"))) << type << QStringLiteral("en");
        QTest::newRow(qPrintable(type + QStringLiteral(" th"))) << type << QStringLiteral("th");
    }
}

void TestTemplateRenderer::sampleCoversEveryVariable()
{
    QFETCH(QString, type);
    QFETCH(QString, language);
    const TemplateValues sample = TemplateVariables::sample(type, language, QDate(2025, 3, 14));
    for (const TemplateVariable& variable : TemplateCatalogue::variables(type)) {
        QVERIFY2(sample.contains(variable.name), qPrintable(variable.name));
        QVERIFY2(!sample.formatted(variable.name, language).isEmpty(), qPrintable(variable.name));
    }
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "TestTemplateRenderer.moc"
