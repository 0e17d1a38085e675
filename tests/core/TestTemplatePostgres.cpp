#include "PostgresServer.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "templates/StarterTemplates.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateService.h"
#include "templates/TemplateVariables.h"

#include <QtTest>

// The template service, starter templates and variable collection on a real PostgreSQL server:
// the same SQL must work on both backends.
class TestTemplatePostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<PostgresServer>();
        if (!m_server->isRunning())
            QSKIP(qPrintable(m_server->unavailableReason()));
    }

    void templatesWorkOnPostgres()
    {
        auto opened = Database::open(m_server->createDatabase(QStringLiteral("rapport_templates")));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc()));
        const ServiceContext ctx{opened.value(), &clock, Actor::cli()};

        auto installed = installStarterTemplates(ctx);
        QVERIFY2(installed, installed ? "" : qPrintable(installed.error().message));
        QCOMPARE(installed.value(), 16);
        QCOMPARE(installStarterTemplates(ctx).value(), 0);

        const TemplateService service(ctx);
        TemplateListQuery thai;
        thai.language = QStringLiteral("th");
        thai.search = QStringLiteral("renewal");
        thai.sortField = QStringLiteral("updated_at");
        QCOMPARE(service.count(thai).value(), qint64(4));
        TemplateListQuery renewal;
        renewal.templateType = QStringLiteral("renewal_30_days");
        renewal.language = QStringLiteral("en");
        auto renewalEn = service.list(renewal);
        QVERIFY(renewalEn && renewalEn->size() == 1);
        QVERIFY(!service.findActive(QStringLiteral("renewal_30_days"), QStringLiteral("th"))->has_value());
        QVERIFY(service.setActive(renewalEn->first().id, true));
        auto fallback = service.findActive(QStringLiteral("renewal_30_days"), QStringLiteral("th"));
        QVERIFY(fallback && fallback->has_value());
        QCOMPARE(fallback->value().language, QStringLiteral("en"));

        Company company;
        company.name = QStringLiteral("Riverside");
        auto companyId = CompanyService(ctx).create(company);
        QVERIFY(companyId);
        Contact contact;
        contact.companyId = *companyId;
        contact.name = QStringLiteral("<b>Anna</b>");
        contact.email = QStringLiteral("anna@example.com");
        auto contactId = ContactService(ctx).create(contact);
        QVERIFY(contactId);
        Contract contract;
        contract.companyId = *companyId;
        contract.contractNumber = QStringLiteral("C-PG-9");
        contract.startDate = QDate(2025, 4, 1);
        contract.endDate = QDate(2026, 4, 1);
        contract.status = QStringLiteral("active");
        QVERIFY(ContractService(ctx).create(contract));
        auto values = TemplateVariables(ctx).collect(*contactId, QStringLiteral("renewal_30_days"));
        QVERIFY2(values, values ? "" : qPrintable(values.error().message));
        const RenderedEmail mail = TemplateRenderer::render(fallback->value(), values.value());
        QVERIFY2(mail.html.contains(QLatin1String("&lt;b&gt;Anna&lt;/b&gt;")), qPrintable(mail.html));
        QVERIFY(mail.subject.contains(QLatin1String("C-PG-9")));
        QVERIFY(service.remove(renewalEn->first().id));
    }

private:
    std::unique_ptr<PostgresServer> m_server;
};

QTEST_GUILESS_MAIN(TestTemplatePostgres)
#include "TestTemplatePostgres.moc"
