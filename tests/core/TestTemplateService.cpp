#include "TestBackend.h"
#include "audit/AuditLog.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"
#include "templates/StarterTemplates.h"
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateService.h"
#include "templates/TemplateVariables.h"

#include <QTemporaryDir>
#include <QtTest>

class TestTemplateService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createStoresSanitisedHtml();
    void invalidTemplateIsNotSaved();
    void fieldRulesNameTheField_data();
    void fieldRulesNameTheField();
    void duplicateNameRefused();
    void permissions_data();
    void permissions();
    void updateAndAudit();
    void listFilters();
    void findActiveFallsBackToEnglish();
    void starterTemplatesInstallOnceInactive();
    void starterTemplatesCoverRenewalAndPaymentInBothLanguages();
    void variablesForARealContact();
    void variablesRefuseAnotherCompanysContract();
    void renderForContactEscapesName();

private:
    ServiceContext context(Role role = Role::Admin) const
    {
        Actor actor = Actor::cli();
        actor.role = role;
        actor.username = RoleCodes::toCode(role);
        return ServiceContext{m_db, m_clock.get(), actor};
    }
    qint64 addCompany(const QString& name);
    qint64 addContact(qint64 companyId, const QString& name,
                      const QString& email = QStringLiteral("a@example.com"));
    qint64 addContract(qint64 companyId, const QString& number, const QString& endDate, qint64 monthlyMinor,
                       const QString& status = QStringLiteral("active"));
    qint64 addInvoice(qint64 contractId, const QString& number, const QString& dueDate, qint64 amountMinor);
    EmailTemplate valid(const QString& name = QStringLiteral("Renewal EN")) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestTemplateService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(TestBackend::location(m_dir->filePath(QStringLiteral("rapport.db"))));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = db.value();
    // 14 March 2025, 10:00 in Bangkok.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 3, 14), QTime(3, 0), Qt::UTC));
}

void TestTemplateService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestTemplateService::addCompany(const QString& name)
{
    // Straight SQL: these tests are about templates, not the company service's rules.
    auto id = SqlRun::scalar(
        m_db->connection(),
        QStringLiteral("INSERT INTO companies (name, name_key, created_at, updated_at) "
                       "VALUES (?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z') RETURNING id"),
        {name, name.toCaseFolded()});
    if (!id.ok())
        qWarning() << id.error().message;
    return id.ok() ? id->toLongLong() : 0;
}

qint64 TestTemplateService::addContact(qint64 companyId, const QString& name, const QString& email)
{
    auto id = SqlRun::scalar(
        m_db->connection(),
        QStringLiteral(
            "INSERT INTO contacts (company_id, name, name_key, email, email_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z') RETURNING id"),
        {companyId, name, name.toCaseFolded(), email, email.toCaseFolded()});
    if (!id.ok())
        qWarning() << id.error().message;
    return id.ok() ? id->toLongLong() : 0;
}

qint64 TestTemplateService::addContract(qint64 companyId, const QString& number, const QString& endDate,
                                        qint64 monthlyMinor, const QString& status)
{
    auto id = SqlRun::scalar(
        m_db->connection(),
        QStringLiteral(
            "INSERT INTO contracts (company_id, contract_number, start_date, end_date, monthly_value_minor, "
            "currency, status, created_at, updated_at) VALUES (?, ?, '2024-04-13', ?, ?, 'THB', ?, "
            "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z') RETURNING id"),
        {companyId, number, endDate, monthlyMinor, status});
    return id.ok() ? id->toLongLong() : 0;
}

qint64 TestTemplateService::addInvoice(qint64 contractId, const QString& number, const QString& dueDate,
                                       qint64 amountMinor)
{
    auto id = SqlRun::scalar(
        m_db->connection(),
        QStringLiteral("INSERT INTO invoices (contract_id, invoice_number, issue_date, due_date, "
                       "amount_minor, currency, "
                       "status, created_at, updated_at) VALUES (?, ?, '2025-02-01', ?, ?, 'THB', 'sent', "
                       "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z') RETURNING id"),
        {contractId, number, dueDate, amountMinor});
    return id.ok() ? id->toLongLong() : 0;
}

EmailTemplate TestTemplateService::valid(const QString& name) const
{
    EmailTemplate t;
    t.name = name;
    t.templateType = QStringLiteral("renewal_30_days");
    t.language = QStringLiteral("en");
    t.subject = QStringLiteral("Contract {{contract_number}} ends {{end_date}}");
    t.htmlBody = QStringLiteral("<p>Dear {{contact_name}},</p><p>Ends {{ end_date }}.</p>");
    return t;
}

void TestTemplateService::createStoresSanitisedHtml()
{
    EmailTemplate t = valid();
    t.htmlBody =
        QStringLiteral("<html><head><meta name=\"qrichtext\" content=\"1\" /><style>p{}</style></head><body>"
                       "<p style=\"-qt-block-indent:0; color:red\" onclick=\"x()\">Dear "
                       "{{contact_name}}<script>x</script></p>"
                       "<a href=\"javascript:alert(1)\">bad</a></body></html>");
    auto id = TemplateService(context()).create(t);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    auto stored = TemplateService(context()).get(id.value());
    QVERIFY(stored.ok());
    QCOMPARE(stored->htmlBody, QStringLiteral("<p style=\"color:red\">Dear {{contact_name}}</p>bad"));
    QCOMPARE(stored->isActive, false);
    QCOMPARE(stored->createdAt, m_clock->nowUtc());
}

void TestTemplateService::invalidTemplateIsNotSaved()
{
    EmailTemplate t = valid();
    t.htmlBody = QStringLiteral("<p>Contract {{contract_no}} ends {{end_date}}</p>");
    auto id = TemplateService(context()).create(t);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, QStringLiteral("html_body"));
    QCOMPARE(id.error().message, QStringLiteral("{{contract_no}}: did you mean {{contract_number}}?"));
    QCOMPARE(TemplateService(context()).count().value(), 0);

    // Removing markup must not join two halves of a placeholder into an unchecked variable.
    for (const QString& body : {QStringLiteral("<p>{{contract_<script>x</script>no}}</p>"),
                                QStringLiteral("<p>{<b></b>{contract_no}}</p>")}) {
        t.htmlBody = body;
        auto joined = TemplateService(context()).create(t);
        QVERIFY2(!joined.ok(), qPrintable(body));
        QCOMPARE(joined.error().field, QStringLiteral("html_body"));
    }
    QCOMPARE(TemplateService(context()).count().value(), 0);
}

void TestTemplateService::fieldRulesNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::newRow("name") << "name" << QString();
    QTest::newRow("template_type") << "template_type" << QStringLiteral("renewal_60_days");
    QTest::newRow("language") << "language" << QStringLiteral("fr");
    QTest::newRow("subject") << "subject" << QStringLiteral("  ");
    QTest::newRow("subject two lines") << "subject" << QStringLiteral("a\nb");
    QTest::newRow("html_body") << "html_body" << QStringLiteral("<script>only</script>");
}

void TestTemplateService::fieldRulesNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    EmailTemplate t = valid();
    if (field == QLatin1String("name"))
        t.name = value;
    else if (field == QLatin1String("template_type"))
        t.templateType = value;
    else if (field == QLatin1String("language"))
        t.language = value;
    else if (field == QLatin1String("subject"))
        t.subject = value;
    else
        t.htmlBody = value;
    auto id = TemplateService(context()).create(t);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
}

void TestTemplateService::duplicateNameRefused()
{
    QVERIFY(TemplateService(context()).create(valid(QStringLiteral("Renewal"))).ok());
    auto again = TemplateService(context()).create(valid(QStringLiteral("  RENEWAL ")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(again.error().field, QStringLiteral("name"));
}

void TestTemplateService::permissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("canManage");
    QTest::newRow("sales") << Role::Sales << false;
    QTest::newRow("marketing") << Role::Marketing << true;
    QTest::newRow("tech support") << Role::TechSupport << false;
    QTest::newRow("admin") << Role::Admin << true;
}

void TestTemplateService::permissions()
{
    QFETCH(Role, role);
    QFETCH(bool, canManage);
    auto existing = TemplateService(context()).create(valid(QStringLiteral("Existing")));
    QVERIFY(existing.ok());
    const TemplateService service(context(role));
    QVERIFY(service.get(existing.value()).ok()); // every role views templates
    QVERIFY(service.list().ok());
    auto created = service.create(valid(QStringLiteral("New")));
    QCOMPARE(created.ok(), canManage);
    if (!canManage) {
        QCOMPARE(created.error().code, ErrorCode::Forbidden);
        QCOMPARE(service.remove(existing.value()).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.setActive(existing.value(), true).error().code, ErrorCode::Forbidden);
    } else {
        QVERIFY(service.setActive(existing.value(), true).ok());
        QVERIFY(service.remove(existing.value()).ok());
    }
}

void TestTemplateService::updateAndAudit()
{
    const TemplateService service(context());
    auto id = service.create(valid());
    QVERIFY(id.ok());
    auto t = service.get(id.value());
    m_clock->advanceSeconds(3600);
    t->subject = QStringLiteral("New subject {{contract_number}}");
    t->htmlBody = QStringLiteral("<p>{{contract_nmber}}</p>");
    auto refused = service.update(t.value());
    QVERIFY(!refused.ok());
    QCOMPARE(service.get(id.value())->subject, valid().subject); // unchanged when refused
    t->htmlBody = QStringLiteral("<p>{{contract_number}}</p>");
    QVERIFY(service.update(t.value()).ok());
    auto updated = service.get(id.value());
    QCOMPARE(updated->subject, QStringLiteral("New subject {{contract_number}}"));
    QCOMPARE(updated->updatedAt, m_clock->nowUtc());
    auto history = AuditLog(context()).history(QStringLiteral("email_template"), id.value());
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).action, QStringLiteral("create"));
    QCOMPARE(history->at(1).action, QStringLiteral("update"));
    QStringList changed;
    for (const FieldChange& change : history->at(1).changes)
        changed << change.field;
    changed.sort();
    QCOMPARE(changed, (QStringList{QStringLiteral("html_body"), QStringLiteral("subject")}));
    QVERIFY(service.remove(id.value()).ok());
    QCOMPARE(AuditLog(context()).history(QStringLiteral("email_template"), id.value())->last().action,
             QStringLiteral("delete"));
    QCOMPARE(service.get(id.value()).error().code, ErrorCode::NotFound);
}

void TestTemplateService::listFilters()
{
    const TemplateService service(context());
    EmailTemplate a = valid(QStringLiteral("A"));
    EmailTemplate b = valid(QStringLiteral("B"));
    b.language = QStringLiteral("th");
    EmailTemplate c = valid(QStringLiteral("C"));
    c.templateType = QStringLiteral("renewal_7_days");
    c.isActive = true;
    for (const EmailTemplate& t : {a, b, c})
        QVERIFY(service.create(t).ok());
    TemplateListQuery query;
    query.templateType = QStringLiteral("renewal_30_days");
    QCOMPARE(service.count(query).value(), 2);
    query.language = QStringLiteral("th");
    QCOMPARE(service.list(query)->first().name, QStringLiteral("B"));
    TemplateListQuery active;
    active.activeOnly = true;
    QCOMPARE(service.list(active)->first().name, QStringLiteral("C"));
    TemplateListQuery byName;
    byName.descending = true;
    QCOMPARE(service.list(byName)->first().name, QStringLiteral("C"));
}

void TestTemplateService::findActiveFallsBackToEnglish()
{
    const TemplateService service(context());
    QVERIFY(service.findActive(QStringLiteral("renewal_30_days"), QStringLiteral("th"))->has_value() ==
            false);
    EmailTemplate en = valid(QStringLiteral("EN"));
    en.isActive = true;
    QVERIFY(service.create(en).ok());
    auto found = service.findActive(QStringLiteral("renewal_30_days"), QStringLiteral("th"));
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(found->value().name, QStringLiteral("EN"));
    EmailTemplate th = valid(QStringLiteral("TH"));
    th.language = QStringLiteral("th");
    QVERIFY(service.create(th).ok());
    QCOMPARE(service.findActive(QStringLiteral("renewal_30_days"), QStringLiteral("th"))->value().name,
             QStringLiteral("EN")); // TH inactive
    th.id = service.list()->at(1).id;
    QVERIFY(service.setActive(th.id, true).ok());
    QCOMPARE(service.findActive(QStringLiteral("renewal_30_days"), QStringLiteral("th"))->value().name,
             QStringLiteral("TH"));
    QCOMPARE(service.findActive(QStringLiteral("renewal_30_days"), QStringLiteral("en"))->value().name,
             QStringLiteral("EN"));
}

void TestTemplateService::starterTemplatesInstallOnceInactive()
{
    auto installed = installStarterTemplates(context());
    QVERIFY2(installed.ok(), installed.ok() ? "" : qPrintable(installed.error().message));
    QCOMPARE(installed.value(), 16);
    auto again = installStarterTemplates(context());
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 0);
    const TemplateService service(context());
    QCOMPARE(service.count().value(), 16);
    TemplateListQuery active;
    active.activeOnly = true;
    QCOMPARE(service.count(active).value(), 0);
}

void TestTemplateService::starterTemplatesCoverRenewalAndPaymentInBothLanguages()
{
    auto starters = StarterTemplates::load();
    QVERIFY(starters.ok());
    QSet<QString> keys;
    const TemplateService service(context());
    for (const EmailTemplate& t : starters.value()) {
        keys.insert(t.templateType + QLatin1Char('.') + t.language);
        const QList<TemplateProblem> problems = service.problems(t);
        QVERIFY2(problems.isEmpty(), qPrintable(t.starterKey + QStringLiteral(": ") +
                                                (problems.isEmpty() ? QString() : problems.first().message)));
        // Each starter uses its type's own variables and renders with none missing from sample data.
        const RenderedEmail rendered = TemplateRenderer::render(
            t, TemplateVariables::sample(t.templateType, t.language, QDate(2025, 3, 14)));
        QVERIFY2(rendered.missing.isEmpty(),
                 qPrintable(t.starterKey + rendered.missing.join(QLatin1Char(','))));
        QVERIFY(!rendered.text.isEmpty());
        if (t.language == QLatin1String("th"))
            QVERIFY2(rendered.html.contains(QStringLiteral("2568")),
                     qPrintable(t.starterKey)); // Buddhist Era dates
    }
    for (const QString& type : TemplateCatalogue::renewalAndPaymentTypes()) {
        QVERIFY2(keys.contains(type + QStringLiteral(".en")), qPrintable(type));
        QVERIFY2(keys.contains(type + QStringLiteral(".th")), qPrintable(type));
    }
}

void TestTemplateService::variablesForARealContact()
{
    QVERIFY(OfficeSettings(context())
                .setValue(QLatin1String(SettingsCatalogue::Keys::SenderAddress),
                          QStringLiteral("office@rapport.test"))
                .ok());
    QVERIFY(OfficeSettings(context())
                .setValue(QLatin1String(SettingsCatalogue::Keys::SenderName), QStringLiteral("Rapport Music"))
                .ok());
    const qint64 company = addCompany(QStringLiteral("โรงแรมสยาม"));
    const qint64 contact =
        addContact(company, QStringLiteral("สมชาย ใจดี"), QStringLiteral("somchai@siam.test"));
    addContract(company, QStringLiteral("C-OLD"), QStringLiteral("2024-12-31"), 100,
                QStringLiteral("expired"));
    const qint64 contract =
        addContract(company, QStringLiteral("C-2025-001"), QStringLiteral("2025-04-13"), 1250050);
    addContract(company, QStringLiteral("C-LATER"), QStringLiteral("2026-01-01"), 100);
    const qint64 invoice =
        addInvoice(contract, QStringLiteral("INV-9"), QStringLiteral("2025-03-10"), 3750000);

    const TemplateVariables variables(context());
    auto renewal = variables.collect(contact, QStringLiteral("renewal_30_days"));
    QVERIFY2(renewal.ok(), renewal.ok() ? "" : qPrintable(renewal.error().message));
    const auto text = [](const TemplateValues& v, const char* name, const char* language = "en") {
        return v.formatted(QString::fromLatin1(name), QString::fromLatin1(language));
    };
    QCOMPARE(text(*renewal, "contact_name"), QStringLiteral("สมชาย ใจดี"));
    QCOMPARE(text(*renewal, "company_name"), QStringLiteral("โรงแรมสยาม"));
    QCOMPARE(text(*renewal, "contract_number"),
             QStringLiteral("C-2025-001")); // the active one ending soonest
    QCOMPARE(text(*renewal, "end_date", "th"), QStringLiteral("13 เมษายน 2568"));
    QCOMPARE(text(*renewal, "days_until_expiry"), QStringLiteral("30"));
    QCOMPARE(text(*renewal, "monthly_value"), QStringLiteral("THB 12,500.50"));
    QCOMPARE(text(*renewal, "current_year", "th"), QStringLiteral("2568"));
    QCOMPARE(text(*renewal, "sender_name"), QStringLiteral("Rapport Music"));
    QCOMPARE(text(*renewal, "unsubscribe_url"),
             QStringLiteral("mailto:office@rapport.test?subject=Unsubscribe%20somchai@siam.test"));
    // An office unsubscribe page, when set, is the link instead (as in the List-Unsubscribe header).
    QVERIFY(OfficeSettings(context())
                .setValue(QLatin1String(SettingsCatalogue::Keys::UnsubscribeUrl),
                          QStringLiteral("https://rapport.test/unsubscribe?e={email}"))
                .ok());
    QCOMPARE(text(*variables.forContact(contact), "unsubscribe_url"),
             QStringLiteral("https://rapport.test/unsubscribe?e=somchai%40siam.test"));
    QVERIFY(!renewal->contains(QStringLiteral("invoice_number")));

    auto payment =
        variables.collect(contact, QStringLiteral("payment_overdue"), TemplateSources::invoice(invoice));
    QVERIFY(payment.ok());
    QCOMPARE(text(*payment, "invoice_number"), QStringLiteral("INV-9"));
    QCOMPARE(text(*payment, "amount", "th"), QStringLiteral("37,500.00 บาท"));
    QCOMPARE(text(*payment, "days_overdue"), QStringLiteral("4"));
    QCOMPARE(text(*payment, "days_until_due"), QStringLiteral("0"));

    TemplateSources ticketSources;
    ticketSources.ticket =
        TemplateTicket{QStringLiteral("T-20250314-0001"), QStringLiteral("No sound"),
                       QStringLiteral("Resolved"), QStringLiteral("We replaced the player.")};
    ticketSources.senderName = QStringLiteral("Nok (Support)");
    auto ticket = variables.collect(contact, QStringLiteral("ticket_update"), ticketSources);
    QVERIFY(ticket.ok());
    QCOMPARE(text(*ticket, "ticket_status"), QStringLiteral("Resolved"));
    QCOMPARE(text(*ticket, "ticket_message"), QStringLiteral("We replaced the player."));
    QCOMPARE(text(*ticket, "sender_name"), QStringLiteral("Nok (Support)"));

    QCOMPARE(variables.collect(99999, QStringLiteral("welcome")).error().code, ErrorCode::NotFound);
}

void TestTemplateService::variablesRefuseAnotherCompanysContract()
{
    const qint64 a = addCompany(QStringLiteral("A"));
    const qint64 b = addCompany(QStringLiteral("B"));
    const qint64 contact = addContact(a, QStringLiteral("Anna"));
    const qint64 foreign = addContract(b, QStringLiteral("C-B"), QStringLiteral("2025-05-01"), 100);
    auto values = TemplateVariables(context()).collect(contact, QStringLiteral("renewal_7_days"),
                                                       TemplateSources::contract(foreign));
    QVERIFY(!values.ok());
    QCOMPARE(values.error().code, ErrorCode::Invalid);
}

void TestTemplateService::renderForContactEscapesName()
{
    const qint64 company = addCompany(QStringLiteral("Acme & Sons"));
    const qint64 contact = addContact(company, QStringLiteral("<script>"));
    auto id = TemplateService(context()).create(valid());
    QVERIFY(id.ok());
    auto t = TemplateService(context()).get(id.value());
    auto values = TemplateVariables(context()).collect(contact, t->templateType);
    QVERIFY(values.ok());
    const RenderedEmail rendered = TemplateRenderer::render(t.value(), values.value());
    QCOMPARE(rendered.html.left(24), QStringLiteral("<p>Dear &lt;script&gt;,<"));
    QVERIFY(rendered.text.startsWith(QLatin1String("Dear <script>,")));
    QCOMPARE(rendered.missing,
             (QStringList{QStringLiteral("contract_number"), QStringLiteral("end_date")})); // no contract yet
}

QTEST_GUILESS_MAIN(TestTemplateService)
#include "TestTemplateService.moc"
