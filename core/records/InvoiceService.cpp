#include "records/InvoiceService.h"

#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/AuditedWrite.h"
#include "records/Contract.h"
#include "records/InvoiceStatus.h"
#include "records/KeysetSql.h"
#include "records/RecordFields.h"
#include "records/RecordValidation.h"
#include "settings/OfficeSettings.h"

namespace {
const QString kColumns = QStringLiteral(
    "id, contract_id, invoice_number, issue_date, due_date, amount_minor, currency, status, notes, "
    "created_at, updated_at");

Invoice fromRow(const QSqlQuery& q, const QDate& today)
{
    Invoice i;
    i.id = q.value(0).toLongLong();
    i.contractId = q.value(1).toLongLong();
    i.invoiceNumber = q.value(2).toString();
    i.issueDate = TimeFormat::fromStoredDate(q.value(3).toString());
    i.dueDate = TimeFormat::fromStoredDate(q.value(4).toString());
    i.amountMinor = q.value(5).toLongLong();
    i.currency = q.value(6).toString();
    i.status = q.value(7).toString();
    i.notes = q.value(8).toString();
    i.createdAt = TimeFormat::fromStoredTimestamp(q.value(9).toString());
    i.updatedAt = TimeFormat::fromStoredTimestamp(q.value(10).toString());
    i.isOverdue = Invoice::overdueOn(i.dueDate, i.status, today);
    return i;
}

QVariantList bindValues(const Invoice& i)
{
    return {i.contractId,
            i.invoiceNumber.trimmed(),
            SqlRun::nullIfEmpty(TimeFormat::toStoredDate(i.issueDate)),
            SqlRun::nullIfEmpty(TimeFormat::toStoredDate(i.dueDate)),
            i.amountMinor,
            i.currency.toUpper(),
            i.status,
            i.notes};
}

const QStringList kSortable = {QStringLiteral("id"),         QStringLiteral("invoice_number"),
                               QStringLiteral("issue_date"), QStringLiteral("due_date"),
                               QStringLiteral("amount"),     QStringLiteral("currency"),
                               QStringLiteral("status"),     QStringLiteral("contract_id"),
                               QStringLiteral("created_at"), QStringLiteral("updated_at")};

// The SQL form of Invoice::overdueOn, so that filtering by overdue runs in the database.
const QString kOverdueCondition =
    QStringLiteral("(status = 'overdue' OR (status IN ('draft', 'sent') AND due_date < ?))");

QString whereClause(const ListQuery& q, const QDate& today, QVariantList& binds)
{
    QStringList conditions;
    if (q.contractId != 0) {
        conditions << QStringLiteral("contract_id = ?");
        binds << q.contractId;
    }
    if (q.companyId != 0) {
        conditions << QStringLiteral("contract_id IN (SELECT id FROM contracts WHERE company_id = ?)");
        binds << q.companyId;
    }
    if (q.overdueOnly || q.status == QLatin1String("overdue")) {
        conditions << kOverdueCondition;
        binds << TimeFormat::toStoredDate(today);
    } else if (!q.status.isEmpty()) {
        conditions << QStringLiteral("status = ? AND NOT ") + kOverdueCondition;
        binds << q.status << TimeFormat::toStoredDate(today);
    }
    if (!q.search.trimmed().isEmpty()) {
        conditions << QStringLiteral(
            "(lower(invoice_number) LIKE ? ESCAPE '\\' OR contract_id IN (SELECT c.id FROM contracts c "
            "JOIN companies co ON co.id = c.company_id WHERE co.name_key LIKE ? ESCAPE '\\'))");
        const QString pattern = RecordValidation::likePattern(q.search);
        binds << pattern << pattern;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The SQL expression a keyset page orders by: never NULL, so row values compare.
QString keysetSortExpression(const QString& requested)
{
    const QString field = kSortable.contains(requested) ? requested : QStringLiteral("due_date");
    if (field == QLatin1String("amount"))
        return QStringLiteral("amount_minor");
    if (field == QLatin1String("issue_date") || field == QLatin1String("due_date"))
        return QStringLiteral("COALESCE(") + field + QStringLiteral(", '')");
    return field;
}
} // namespace

InvoiceService::InvoiceService(ServiceContext context) : m_context(std::move(context)) {}

QDate InvoiceService::today() const
{
    return OfficeSettings(m_context).today();
}

Status InvoiceService::validate(const Invoice& invoice) const
{
    if (invoice.contractId == 0)
        return Error::invalid(QStringLiteral("contract_id"), tr("Choose the contract this invoice bills."));
    auto contract =
        SqlRun::scalar(m_context.db().connection(), QStringLiteral("SELECT id FROM contracts WHERE id = ?"),
                       {invoice.contractId});
    if (!contract)
        return contract.error();
    if (contract->isNull())
        return Error::invalid(QStringLiteral("contract_id"),
                              tr("There is no contract with id %1.").arg(invoice.contractId));
    if (invoice.invoiceNumber.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("invoice_number"), tr("The invoice number is required."));
    if (invoice.issueDate.isValid() && invoice.dueDate.isValid() && invoice.dueDate < invoice.issueDate)
        return Error::invalid(QStringLiteral("due_date"),
                              tr("The due date must not be before the issue date."));
    if (invoice.amountMinor < 0)
        return Error::invalid(QStringLiteral("amount"), tr("The amount must not be negative."));
    if (!Contract::currencies().contains(invoice.currency.toLower()))
        return Error::invalid(QStringLiteral("currency"),
                              tr("\"%1\" is not a supported currency.").arg(invoice.currency));
    if (!InvoiceStatusCodes::fromCode(invoice.status))
        return Error::invalid(
            QStringLiteral("status"),
            tr("The status must be one of %1.").arg(InvoiceStatusCodes::codes().join(QStringLiteral(", "))));
    auto clash =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT id FROM invoices WHERE invoice_number = ? AND id <> ?"),
                       {invoice.invoiceNumber.trimmed(), invoice.id});
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return Error::conflict(
            QStringLiteral("invoice_number"),
            tr("Invoice number %1 is already used by another invoice.").arg(invoice.invoiceNumber.trimmed()));
    return Status::success();
}

Result<Invoice> InvoiceService::get(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM invoices WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no invoice with id %1.").arg(id));
    return fromRow(query.value(), today());
}

Result<QList<Invoice>> InvoiceService::list(const ListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    const QDate day = today();
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM invoices") +
                  whereClause(query, day, binds);
    const QString sortField =
        kSortable.contains(query.sortField) ? query.sortField : QStringLiteral("due_date");
    const QString sortColumn =
        sortField == QLatin1String("amount") ? QStringLiteral("amount_minor") : sortField;
    // Empty dates sort as the smallest value on both backends (SQLite's default; PostgreSQL's
    // is the opposite), matching the keyset pages' COALESCE(…, '').
    sql += QStringLiteral(" ORDER BY %1 %2, id")
               .arg(sortColumn,
                    query.descending ? QStringLiteral("DESC NULLS LAST") : QStringLiteral("ASC NULLS FIRST"));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<Invoice> invoices;
    while (rows->next())
        invoices.append(fromRow(rows.value(), day));
    return invoices;
}

Result<KeysetPage> InvoiceService::listKeys(const ListQuery& query, const ListCursor& after, int limit) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    const QDate day = today();
    QVariantList binds;
    const QString where = whereClause(query, day, binds);
    return KeysetSql::page(m_context.db().connection(), QStringLiteral("invoices"), where, binds,
                           keysetSortExpression(query.sortField), query.descending, after, limit);
}

Result<QList<Invoice>> InvoiceService::getMany(const QList<qint64>& ids) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    const QDate day = today();
    auto rows =
        KeysetSql::byIds(m_context.db().connection(),
                         QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM invoices"), ids);
    if (!rows)
        return rows.error();
    QList<Invoice> records;
    records.reserve(ids.size());
    while (rows->next())
        records.append(fromRow(rows.value(), day));
    return records;
}

Result<qint64> InvoiceService::count(const ListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    auto total = SqlRun::scalar(
        m_context.db().connection(),
        QStringLiteral("SELECT count(*) FROM invoices") + whereClause(query, today(), binds), binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<qint64> InvoiceService::create(const Invoice& invoice) const
{
    return AuditedWrite::create<Invoice>(
        m_context, Permission::EditRecords, QStringLiteral("invoice"), [this](qint64 id) { return get(id); },
        [&](const QSqlDatabase& db) -> Result<qint64> {
            Invoice toStore = invoice;
            toStore.id = 0;
            if (auto valid = validate(toStore); !valid)
                return valid.error();
            const QString now = TimeFormat::toStoredTimestamp(m_context.now());
            QVariantList binds = bindValues(toStore);
            binds << now << now;
            auto inserted = SqlRun::scalar(
                db,
                QStringLiteral("INSERT INTO invoices (contract_id, invoice_number, issue_date, due_date, "
                               "amount_minor, currency, status, notes, created_at, updated_at) VALUES (?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                binds);
            if (!inserted)
                return inserted.error();
            return inserted->toLongLong();
        });
}

Status InvoiceService::update(const Invoice& invoice) const
{
    return AuditedWrite::update<Invoice>(
        m_context, Permission::EditRecords, QStringLiteral("invoice"), invoice.id,
        [this](qint64 id) { return get(id); },
        [&](const QSqlDatabase& db, const Invoice& /*before*/) -> Status {
            Invoice toStore = invoice;
            if (auto valid = validate(toStore); !valid)
                return valid;
            QVariantList binds = bindValues(toStore);
            binds << TimeFormat::toStoredTimestamp(m_context.now()) << toStore.id;
            auto updated = SqlRun::exec(
                db,
                QStringLiteral(
                    "UPDATE invoices SET contract_id = ?, invoice_number = ?, issue_date = ?, due_date = ?, "
                    "amount_minor = ?, currency = ?, status = ?, notes = ?, updated_at = ? WHERE id = ?"),
                binds);
            if (!updated)
                return updated.error();
            return Status::success();
        });
}

Result<DeletionImpact> InvoiceService::deletionImpact(qint64 id) const
{
    auto invoice = get(id);
    if (!invoice)
        return invoice.error();
    DeletionImpact impact;
    impact.recordLabel = tr("invoice %1").arg(invoice->invoiceNumber);
    return impact;
}

Status InvoiceService::remove(qint64 id) const
{
    return AuditedWrite::remove<Invoice>(m_context, Permission::DeleteRecords, QStringLiteral("invoice"),
                                         QStringLiteral("invoices"), id,
                                         [this](qint64 recordId) { return get(recordId); });
}
