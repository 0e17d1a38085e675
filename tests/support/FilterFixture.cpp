#include "FilterFixture.h"

#include "db/SqlRun.h"

namespace {
qint64 insert(const Database& database, const QString& sql, const QVariantList& binds)
{
    auto id = SqlRun::scalar(database.connection(), sql, binds);
    if (!id) {
        qWarning("FilterFixture: %s", qPrintable(id.error().message));
        return 0;
    }
    return id->toLongLong();
}

QVariant textOrNull(const std::optional<QString>& text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

qint64 FilterFixture::company(const CompanyRow& row) const
{
    return insert(
        m_database,
        QStringLiteral(
            "INSERT INTO companies (name, name_key, industry, country, city, notes, is_active, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {row.name, row.name.trimmed().toCaseFolded(), row.industry, row.country, row.city, row.notes,
         row.isActive ? 1 : 0, row.createdAt, row.createdAt});
}

qint64 FilterFixture::contact(const ContactRow& row) const
{
    return insert(
        m_database,
        QStringLiteral("INSERT INTO contacts (") + (row.id != 0 ? QStringLiteral("id, ") : QString()) +
            QStringLiteral(
                "company_id, name, name_key, email, email_key, title, department, "
                "contact_type, language, is_billing_contact, is_active, unsubscribed, unsubscribed_at, "
                "created_at, updated_at) VALUES (") +
            (row.id != 0 ? QStringLiteral("?, ") : QString()) +
            QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        (row.id != 0 ? QVariantList{row.id} : QVariantList{}) +
            QVariantList{row.companyId, row.name, row.name.trimmed().toCaseFolded(), row.email,
                         row.email.trimmed().toCaseFolded(), row.title, row.department, row.contactType,
                         row.language, row.isBillingContact ? 1 : 0, row.isActive ? 1 : 0,
                         row.unsubscribed ? 1 : 0, textOrNull(row.unsubscribedAt), row.createdAt,
                         row.createdAt});
}

qint64 FilterFixture::contract(qint64 companyId, const QString& status,
                               const std::optional<QString>& endDate) const
{
    return insert(
        m_database,
        QStringLiteral(
            "INSERT INTO contracts (company_id, contract_number, start_date, end_date, status, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {companyId, QStringLiteral("K-%1").arg(++m_sequence), QStringLiteral("2025-01-01"),
         textOrNull(endDate), status, QStringLiteral("2025-01-01T00:00:00.000Z"),
         QStringLiteral("2025-01-01T00:00:00.000Z")});
}

qint64 FilterFixture::invoice(qint64 contractId, const QString& status,
                              const std::optional<QString>& dueDate) const
{
    return insert(
        m_database,
        QStringLiteral(
            "INSERT INTO invoices (contract_id, invoice_number, issue_date, due_date, status, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {contractId, QStringLiteral("I-%1").arg(++m_sequence), QStringLiteral("2025-01-01"),
         textOrNull(dueDate), status, QStringLiteral("2025-01-01T00:00:00.000Z"),
         QStringLiteral("2025-01-01T00:00:00.000Z")});
}
