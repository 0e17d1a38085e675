#include "filters/FilterSubjectLoader.h"

#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"

#include <QHash>

namespace {
const QString kCompanyColumns =
    QStringLiteral("id, name, industry, country, city, address, website, billing_entity, payment_terms, "
                   "is_active, notes, created_at, updated_at");
const QString kContactColumns =
    QStringLiteral("id, company_id, name, email, phone, title, department, contact_type, is_billing_contact, "
                   "language, is_active, "
                   "unsubscribed, unsubscribed_at, notes, created_at, updated_at");

Company companyFromRow(const QSqlQuery& q)
{
    Company c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.industry = q.value(2).toString();
    c.country = q.value(3).toString();
    c.city = q.value(4).toString();
    c.address = q.value(5).toString();
    c.website = q.value(6).toString();
    c.billingEntity = q.value(7).toString();
    c.paymentTerms = q.value(8).toString();
    c.isActive = q.value(9).toLongLong() != 0;
    c.notes = q.value(10).toString();
    c.createdAt = TimeFormat::fromStoredTimestamp(q.value(11).toString());
    c.updatedAt = TimeFormat::fromStoredTimestamp(q.value(12).toString());
    return c;
}

Contact contactFromRow(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.companyId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.email = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.title = q.value(5).toString();
    c.department = q.value(6).toString();
    c.contactType = q.value(7).toString();
    c.isBillingContact = q.value(8).toLongLong() != 0;
    c.language = q.value(9).toString();
    c.isActive = q.value(10).toLongLong() != 0;
    c.unsubscribed = q.value(11).toLongLong() != 0;
    c.unsubscribedAt = TimeFormat::fromStoredTimestamp(q.value(12).toString());
    c.notes = q.value(13).toString();
    c.createdAt = TimeFormat::fromStoredTimestamp(q.value(14).toString());
    c.updatedAt = TimeFormat::fromStoredTimestamp(q.value(15).toString());
    return c;
}
} // namespace

FilterSubjectLoader::FilterSubjectLoader(const Database& database) : m_database(database) {}

Result<QList<Company>> FilterSubjectLoader::companies(const QString& where, const QVariantList& binds) const
{
    auto rows = SqlRun::exec(
        m_database.connection(),
        QStringLiteral("SELECT ") + kCompanyColumns + QStringLiteral(" FROM companies ") + where, binds);
    if (!rows)
        return rows.error();
    QList<Company> result;
    while (rows->next())
        result << companyFromRow(rows.value());
    return result;
}

Status FilterSubjectLoader::fillCompanyData(QList<FilterSubject>& subjects) const
{
    QHash<qint64, QList<qsizetype>> byCompany;
    for (qsizetype i = 0; i < subjects.size(); ++i)
        byCompany[subjects[i].company.id] << i;
    if (byCompany.isEmpty())
        return Status::success();
    // One company: bind its id. Many: read everything once; the tables are small in the callers'
    // use (tests, checks), and one pass beats a query per company.
    const bool single = byCompany.size() == 1;
    const QString where = single ? QStringLiteral(" WHERE company_id = ?") : QString();
    const QVariantList binds = single ? QVariantList{byCompany.cbegin().key()} : QVariantList{};
    const QSqlDatabase db = m_database.connection();

    auto contracts = SqlRun::exec(
        db,
        QStringLiteral("SELECT id, company_id, contract_number, start_date, end_date, monthly_value_minor, "
                       "currency, status, auto_renew FROM contracts") +
            where + QStringLiteral(" ORDER BY id"),
        binds);
    if (!contracts)
        return contracts.error();
    while (contracts->next()) {
        Contract k;
        k.id = contracts->value(0).toLongLong();
        k.companyId = contracts->value(1).toLongLong();
        k.contractNumber = contracts->value(2).toString();
        k.startDate = TimeFormat::fromStoredDate(contracts->value(3).toString());
        k.endDate = TimeFormat::fromStoredDate(contracts->value(4).toString());
        k.monthlyValueMinor = contracts->value(5).toLongLong();
        k.currency = contracts->value(6).toString();
        k.status = contracts->value(7).toString();
        k.autoRenew = contracts->value(8).toLongLong() != 0;
        for (qsizetype index : byCompany.value(k.companyId))
            subjects[index].contracts << k;
    }

    auto invoices = SqlRun::exec(
        db,
        QStringLiteral(
            "SELECT i.id, i.contract_id, i.invoice_number, i.issue_date, i.due_date, i.amount_minor, "
            "i.currency, i.status, k.company_id FROM invoices i JOIN contracts k ON k.id = i.contract_id") +
            (single ? QStringLiteral(" WHERE k.company_id = ?") : QString()) +
            QStringLiteral(" ORDER BY i.id"),
        binds);
    if (!invoices)
        return invoices.error();
    while (invoices->next()) {
        Invoice invoice;
        invoice.id = invoices->value(0).toLongLong();
        invoice.contractId = invoices->value(1).toLongLong();
        invoice.invoiceNumber = invoices->value(2).toString();
        invoice.issueDate = TimeFormat::fromStoredDate(invoices->value(3).toString());
        invoice.dueDate = TimeFormat::fromStoredDate(invoices->value(4).toString());
        invoice.amountMinor = invoices->value(5).toLongLong();
        invoice.currency = invoices->value(6).toString();
        invoice.status = invoices->value(7).toString();
        for (qsizetype index : byCompany.value(invoices->value(8).toLongLong()))
            subjects[index].invoices << invoice;
    }

    auto counts = SqlRun::exec(db,
                               QStringLiteral("SELECT company_id, count(*) FROM contacts") + where +
                                   QStringLiteral(" GROUP BY company_id"),
                               binds);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        for (qsizetype index : byCompany.value(counts->value(0).toLongLong()))
            subjects[index].contactCount = counts->value(1).toLongLong();
    }
    return Status::success();
}

Result<FilterSubject> FilterSubjectLoader::company(qint64 companyId) const
{
    auto found = companies(QStringLiteral("WHERE id = ?"), {companyId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no company with id %1.").arg(companyId));
    QList<FilterSubject> subjects(1);
    subjects[0].company = found->first();
    if (auto filled = fillCompanyData(subjects); !filled)
        return filled.error();
    return subjects.first();
}

Result<FilterSubject> FilterSubjectLoader::contact(qint64 contactId) const
{
    auto row = SqlRun::exec(m_database.connection(),
                            QStringLiteral("SELECT ") + kContactColumns +
                                QStringLiteral(" FROM contacts WHERE id = ?"),
                            {contactId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(tr("There is no contact with id %1.").arg(contactId));
    const Contact contact = contactFromRow(row.value());
    auto subject = company(contact.companyId);
    if (!subject)
        return subject.error();
    subject->contact = contact;
    return subject;
}

Result<QList<FilterSubject>> FilterSubjectLoader::all(FilterEntity entity) const
{
    auto allCompanies = companies(QStringLiteral("ORDER BY id"), {});
    if (!allCompanies)
        return allCompanies.error();
    QList<FilterSubject> subjects;
    if (entity == FilterEntity::Company) {
        for (const Company& company : std::as_const(allCompanies.value())) {
            FilterSubject subject;
            subject.company = company;
            subjects << subject;
        }
    } else {
        QHash<qint64, Company> byId;
        for (const Company& company : std::as_const(allCompanies.value()))
            byId.insert(company.id, company);
        auto rows = SqlRun::exec(m_database.connection(), QStringLiteral("SELECT ") + kContactColumns +
                                                              QStringLiteral(" FROM contacts ORDER BY id"));
        if (!rows)
            return rows.error();
        while (rows->next()) {
            FilterSubject subject;
            subject.contact = contactFromRow(rows.value());
            subject.company = byId.value(subject.contact.companyId);
            subjects << subject;
        }
    }
    if (auto filled = fillCompanyData(subjects); !filled)
        return filled.error();
    return subjects;
}
