#include "SequenceTestData.h"

#include "TestBackend.h"
#include "db/SqlRun.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "records/InvoiceService.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QTest>

SequenceTestData::SequenceTestData(const QDateTime& nowUtc) : m_clock(nowUtc)
{
    m_path = TestBackend::location(m_dir.filePath(QStringLiteral("rapport.sqlite")));
    auto opened = Database::open(m_path);
    if (!opened) {
        qWarning() << opened.error().message;
        return;
    }
    m_database = opened.value();
    // The templates area creates email_templates in its own migration; until that is on this
    // branch the tests create the same table themselves.
    auto created = SqlRun::exec(
        m_database->connection(),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS email_templates (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, template_type TEXT NOT NULL, "
            "language TEXT NOT NULL DEFAULT 'en', subject TEXT NOT NULL, html_body TEXT NOT NULL "
            "DEFAULT '', text_body TEXT NOT NULL DEFAULT '', is_active INTEGER NOT NULL DEFAULT 0, "
            "starter_key TEXT UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"));
    if (!created)
        qWarning() << created.error().message;
}

ServiceContext SequenceTestData::context() const
{
    return ServiceContext{m_database, &m_clock, Actor::cli()};
}

void SequenceTestData::setOfficeTimeZone(const QString& zone)
{
    auto set =
        OfficeSettings(context()).setValue(QLatin1String(SettingsCatalogue::Keys::OfficeTimeZone), zone);
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
}

void SequenceTestData::setDailyRunTime(const QString& time)
{
    auto set = OfficeSettings(context()).setValue(QLatin1String(SettingsCatalogue::Keys::DailyRunTime), time);
    QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().message));
}

qint64 SequenceTestData::addCompany(const QString& name)
{
    Company company;
    company.name = name;
    company.country = QStringLiteral("Thailand");
    auto id = CompanyService(context()).create(company);
    if (!id)
        qWarning() << id.error().describe();
    return id.valueOr(0);
}

qint64 SequenceTestData::addContact(qint64 companyId, const QString& name, const QString& email, bool billing,
                                    const QString& language)
{
    Contact contact;
    contact.companyId = companyId;
    contact.name = name;
    contact.email = email;
    contact.isBillingContact = billing;
    contact.language = language;
    auto id = ContactService(context()).create(contact);
    if (!id)
        qWarning() << id.error().describe();
    return id.valueOr(0);
}

qint64 SequenceTestData::addContract(qint64 companyId, const QString& number, const QDate& endDate,
                                     const QString& status)
{
    Contract contract;
    contract.companyId = companyId;
    contract.contractNumber = number;
    contract.startDate = endDate.addYears(-1);
    contract.endDate = endDate;
    contract.monthlyValueMinor = 150000;
    contract.status = status;
    auto id = ContractService(context()).create(contract);
    if (!id)
        qWarning() << id.error().describe();
    return id.valueOr(0);
}

qint64 SequenceTestData::addInvoice(qint64 contractId, const QString& number, const QDate& dueDate,
                                    const QString& status)
{
    Invoice invoice;
    invoice.contractId = contractId;
    invoice.invoiceNumber = number;
    invoice.issueDate = dueDate.addDays(-30);
    invoice.dueDate = dueDate;
    invoice.amountMinor = 450000;
    invoice.status = status;
    auto id = InvoiceService(context()).create(invoice);
    if (!id)
        qWarning() << id.error().describe();
    return id.valueOr(0);
}

qint64 SequenceTestData::addTemplate(const QString& type, const QString& language, const QString& subject,
                                     const QString& html, bool active)
{
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    const QString name = type + QLatin1Char('.') + language + QLatin1Char('.') + subject;
    auto id =
        SqlRun::exec(m_database->connection(),
                     QStringLiteral("INSERT INTO email_templates (name, name_key, template_type, language, "
                                    "subject, html_body, is_active, created_at, updated_at) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                     {name, name.toCaseFolded(), type, language, subject, html, active ? 1 : 0, now, now});
    if (!id || !id->next()) {
        qWarning() << "template insert failed";
        return 0;
    }
    return id->value(0).toLongLong();
}

int SequenceTestData::outboxCount(const QString& whereSql) const
{
    auto count = SqlRun::scalar(m_database->connection(),
                                QStringLiteral("SELECT COUNT(*) FROM outbox") +
                                    (whereSql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + whereSql));
    return count ? count->toInt() : -1;
}
