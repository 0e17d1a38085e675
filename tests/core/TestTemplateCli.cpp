#include "CliRunner.h"
#include "TestBackend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// `rapport-cli template …` and `list templates`, driving the real binary (SPEC §10, issue 4).
class TestTemplateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownVariableExitsTwoWithSuggestion();
    void renderPrintsRealNameEscaped();
    void renderInThaiFormatsForTheLanguage();
    void listTemplatesFiltersAndFormats();
    void activateAndDeactivate();
    void usageAndMissingFileErrors();

private:
    QString writeFile(const QString& name, const QString& text) const;
    CliRunner::Outcome run(const QStringList& arguments) const { return m_cli->run(arguments); }
    QString added(const QStringList& arguments) const;

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_company;
    QString m_scriptContact;
    QString m_thaiContact;
};

const QString kNow = QStringLiteral("2026-03-02T03:00:00Z");

QString TestTemplateCli::writeFile(const QString& name, const QString& text) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

QString TestTemplateCli::added(const QStringList& arguments) const
{
    const CliRunner::Outcome outcome = run(arguments);
    if (outcome.exitCode != 0)
        qWarning() << arguments << outcome.err;
    return outcome.exitCode == 0 ? outcome.lastLine() : QString();
}

// English and Thai for every renewal, payment and ticket-update type (resources/templates/).
constexpr int kStarterTemplates = 16;

void TestTemplateCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(TestBackend::location(m_dir.filePath(QStringLiteral("rapport.db"))));
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    m_company = added({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                       QStringLiteral("Siam Riverside")});
    QVERIFY(!m_company.isEmpty());
    m_scriptContact = added({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--company"),
                             m_company, QStringLiteral("--name"), QStringLiteral("<script>"),
                             QStringLiteral("--email"), QStringLiteral("x@siam.test")});
    m_thaiContact =
        added({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--company"), m_company,
               QStringLiteral("--name"), QStringLiteral("สมชาย ใจดี"), QStringLiteral("--email"),
               QStringLiteral("somchai@siam.test"), QStringLiteral("--language"), QStringLiteral("th")});
    QVERIFY(!m_scriptContact.isEmpty() && !m_thaiContact.isEmpty());
    QVERIFY(
        !added({QStringLiteral("add"), QStringLiteral("contract"), QStringLiteral("--company"), m_company,
                QStringLiteral("--contract-number"), QStringLiteral("C-2026-007"),
                QStringLiteral("--start_date"), QStringLiteral("2025-04-01"), QStringLiteral("--end-date"),
                QStringLiteral("2026-04-01"), QStringLiteral("--monthly_value"), QStringLiteral("12500.50"),
                QStringLiteral("--status"), QStringLiteral("active")})
             .isEmpty());
}

void TestTemplateCli::unknownVariableExitsTwoWithSuggestion()
{
    const QString html =
        writeFile(QStringLiteral("bad.html"),
                  QStringLiteral("<p>Dear {{contact_name}},</p>\n<p>Contract {{contract_no}}</p>\n"));
    const CliRunner::Outcome outcome =
        run({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Bad"), QStringLiteral("--type"), QStringLiteral("renewal_30_days"),
             QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--subject"),
             QStringLiteral("Renewal"), QStringLiteral("--html-file"), html});
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(QLatin1String("{{contract_no}}: did you mean {{contract_number}}?")),
             qPrintable(outcome.err));
    QCOMPARE(outcome.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(outcome.out.isEmpty());

    const QString unbalanced =
        writeFile(QStringLiteral("unbalanced.html"), QStringLiteral("<p>Dear\n {{contact_name</p>\n"));
    const CliRunner::Outcome braces =
        run({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Bad"), QStringLiteral("--type"), QStringLiteral("welcome"),
             QStringLiteral("--subject"), QStringLiteral("Hi"), QStringLiteral("--html_file"), unbalanced});
    QCOMPARE(braces.exitCode, 2);
    QVERIFY2(braces.err.contains(QLatin1String("at line 2, column 2")), qPrintable(braces.err));

    const CliRunner::Outcome list = run({QStringLiteral("list"), QStringLiteral("templates"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    // Only the starter templates `init` installed (inactive): nothing called "Bad" was saved.
    const QJsonArray saved = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(saved.size(), kStarterTemplates);
    for (const QJsonValue& row : saved)
        QVERIFY(row.toObject().value(QLatin1String("name")).toString() != QLatin1String("Bad"));
}

void TestTemplateCli::renderPrintsRealNameEscaped()
{
    const QString html = writeFile(
        QStringLiteral("good.html"),
        QStringLiteral(
            "<p>Dear {{ contact_name }},</p><p>Contract <b>{{contract_number}}</b> ends {{end_date}} "
            "({{days_until_expiry}} days, {{monthly_value}} a month).</p>"));
    const QString id = added(
        {QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("Renewal EN"), QStringLiteral("--type"), QStringLiteral("renewal_30_days"),
         QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--subject"),
         QStringLiteral("{{contract_number}} for {{contact_name}}"), QStringLiteral("--html-file"), html});
    QVERIFY(id.toLongLong() > 0);
    const CliRunner::Outcome outcome =
        run({QStringLiteral("--now"), kNow, QStringLiteral("template"), QStringLiteral("render"), id,
             QStringLiteral("--contact"), m_scriptContact});
    QCOMPARE(outcome.exitCode, 0);
    const QStringList lines = outcome.lines();
    QCOMPARE(lines.value(0), QStringLiteral("C-2026-007 for <script>")); // the subject is plain text
    QCOMPARE(lines.value(1), QString());
    QCOMPARE(lines.value(2),
             QStringLiteral("<p>Dear &lt;script&gt;,</p><p>Contract <b>C-2026-007</b> ends 1 April 2026 "
                            "(30 days, THB 12,500.50 a month).</p>"));
    QVERIFY(!outcome.out.contains(QLatin1String("<script>,")));

    const CliRunner::Outcome json =
        run({QStringLiteral("--now"), kNow, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("template"), QStringLiteral("render"), id, QStringLiteral("--contact"),
             m_scriptContact});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("text_body")).toString(),
             QStringLiteral(
                 "Dear <script>,\nContract C-2026-007 ends 1 April 2026 (30 days, THB 12,500.50 a month)."));
}

void TestTemplateCli::renderInThaiFormatsForTheLanguage()
{
    const QString html = writeFile(
        QStringLiteral("th.html"),
        QStringLiteral("<p>เรียน คุณ {{contact_name}} สัญญาสิ้นสุด {{end_date}} ค่าบริการ {{monthly_value}}</p>"));
    const QString id =
        added({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Renewal TH"), QStringLiteral("--type"), QStringLiteral("renewal_30_days"),
               QStringLiteral("--language"), QStringLiteral("th"), QStringLiteral("--subject"),
               QStringLiteral("สัญญา {{contract_number}}"), QStringLiteral("--html-file"), html,
               QStringLiteral("--active")});
    QVERIFY(!id.isEmpty());
    const CliRunner::Outcome outcome =
        run({QStringLiteral("--now"), kNow, QStringLiteral("template"), QStringLiteral("render"), id,
             QStringLiteral("--contact"), m_thaiContact, QStringLiteral("--text-only")});
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(outcome.lines().value(0), QStringLiteral("สัญญา C-2026-007"));
    QCOMPARE(outcome.lines().value(2),
             QStringLiteral("เรียน คุณ สมชาย ใจดี สัญญาสิ้นสุด 1 เมษายน 2569 ค่าบริการ 12,500.50 บาท"));
}

void TestTemplateCli::listTemplatesFiltersAndFormats()
{
    const CliRunner::Outcome json =
        run({QStringLiteral("list"), QStringLiteral("templates"), QStringLiteral("--language"),
             QStringLiteral("th"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    // The Thai starter templates from `init`, all inactive, and the one this test added.
    const QJsonArray all = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(all.size(), kStarterTemplates / 2 + 1);
    QJsonArray rows;
    for (const QJsonValue& value : all) {
        if (value.toObject().value(QLatin1String("is_active")).toBool())
            rows.append(value);
    }
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(QLatin1String("name")).toString(), QStringLiteral("Renewal TH"));
    QCOMPARE(row.value(QLatin1String("is_active")).toBool(), true);
    QCOMPARE(row.value(QLatin1String("template_type")).toString(), QStringLiteral("renewal_30_days"));
    QVERIFY(row.contains(QLatin1String("html_body")));

    const CliRunner::Outcome table =
        run({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--active-only")});
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.lines().size(), 2);
    QVERIFY(table.lines().first().startsWith(QLatin1String("id")));
    QVERIFY(!table.out.contains(QLatin1String("<p>"))); // no bodies in a table

    const CliRunner::Outcome badType = run({QStringLiteral("list"), QStringLiteral("templates"),
                                            QStringLiteral("--type"), QStringLiteral("nope")});
    QCOMPARE(badType.exitCode, 2);
}

void TestTemplateCli::activateAndDeactivate()
{
    const QString html =
        writeFile(QStringLiteral("w.html"), QStringLiteral("<p>Welcome {{contact_name}}</p>"));
    const QString id =
        added({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("Welcome"), QStringLiteral("--type"), QStringLiteral("welcome"),
               QStringLiteral("--subject"), QStringLiteral("Hi"), QStringLiteral("--html-file"), html});
    QVERIFY(!id.isEmpty());
    const auto activeNames = [&] {
        const CliRunner::Outcome out =
            run({QStringLiteral("list"), QStringLiteral("templates"), QStringLiteral("--active-only"),
                 QStringLiteral("--type"), QStringLiteral("welcome"), QStringLiteral("--format"),
                 QStringLiteral("csv")});
        return out.lines().mid(1);
    };
    QCOMPARE(activeNames().size(), 0);
    QCOMPARE(run({QStringLiteral("template"), QStringLiteral("activate"), id}).exitCode, 0);
    QCOMPARE(activeNames().size(), 1);
    QCOMPARE(run({QStringLiteral("template"), QStringLiteral("deactivate"), id}).exitCode, 0);
    QCOMPARE(activeNames().size(), 0);
    QCOMPARE(run({QStringLiteral("template"), QStringLiteral("activate"), QStringLiteral("9999")}).exitCode,
             2);
}

void TestTemplateCli::usageAndMissingFileErrors()
{
    QCOMPARE(run({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("X")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("template"), QStringLiteral("render"), QStringLiteral("1")}).exitCode, 1);
    const CliRunner::Outcome missing = run(
        {QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
         QStringLiteral("--type"), QStringLiteral("welcome"), QStringLiteral("--subject"),
         QStringLiteral("S"), QStringLiteral("--html-file"), m_dir.filePath(QStringLiteral("nope.html"))});
    QCOMPARE(missing.exitCode, 3);
    QCOMPARE(run({QStringLiteral("template"), QStringLiteral("render"), QStringLiteral("1"),
                  QStringLiteral("--contact"), QStringLiteral("99999")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestTemplateCli)
#include "TestTemplateCli.moc"
