#include "records/ContractService.h"

#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/AuditedWrite.h"
#include "records/ContractStatus.h"
#include "records/KeysetSql.h"
#include "records/RecordFields.h"
#include "records/RecordValidation.h"
#include "settings/OfficeSettings.h"

namespace {
const QString kColumns = QStringLiteral(
    "id, company_id, contract_number, start_date, end_date, monthly_value_minor, currency, status, "
    "auto_renew, notes, created_at, updated_at");

Contract fromRow(const QSqlQuery& q, const QDate& today)
{
    Contract c;
    c.id = q.value(0).toLongLong();
    c.companyId = q.value(1).toLongLong();
    c.contractNumber = q.value(2).toString();
    c.startDate = TimeFormat::fromStoredDate(q.value(3).toString());
    c.endDate = TimeFormat::fromStoredDate(q.value(4).toString());
    c.monthlyValueMinor = q.value(5).toLongLong();
    c.currency = q.value(6).toString();
    c.status = q.value(7).toString();
    c.autoRenew = q.value(8).toInt() != 0;
    c.notes = q.value(9).toString();
    c.createdAt = TimeFormat::fromStoredTimestamp(q.value(10).toString());
    c.updatedAt = TimeFormat::fromStoredTimestamp(q.value(11).toString());
    c.daysUntilExpiry = Contract::daysUntil(c.endDate, today);
    return c;
}

QVariantList bindValues(const Contract& c)
{
    return {c.companyId,
            c.contractNumber.trimmed(),
            SqlRun::nullIfEmpty(TimeFormat::toStoredDate(c.startDate)),
            SqlRun::nullIfEmpty(TimeFormat::toStoredDate(c.endDate)),
            c.monthlyValueMinor,
            c.currency.toUpper(),
            c.status,
            c.autoRenew ? 1 : 0,
            c.notes};
}

const QStringList kSortable = {QStringLiteral("id"),
                               QStringLiteral("contract_number"),
                               QStringLiteral("start_date"),
                               QStringLiteral("end_date"),
                               QStringLiteral("monthly_value"),
                               QStringLiteral("currency"),
                               QStringLiteral("status"),
                               QStringLiteral("auto_renew"),
                               QStringLiteral("company_id"),
                               QStringLiteral("days_until_expiry"),
                               QStringLiteral("created_at"),
                               QStringLiteral("updated_at")};

QString whereClause(const ListQuery& q, const QDate& today, QVariantList& binds)
{
    QStringList conditions;
    if (q.companyId != 0) {
        conditions << QStringLiteral("company_id = ?");
        binds << q.companyId;
    }
    if (!q.status.isEmpty()) {
        conditions << QStringLiteral("status = ?");
        binds << q.status;
    }
    if (q.expiringWithinDays) {
        conditions << QStringLiteral("status = 'active' AND end_date >= ? AND end_date <= ?");
        binds << TimeFormat::toStoredDate(today)
              << TimeFormat::toStoredDate(today.addDays(*q.expiringWithinDays));
    }
    if (!q.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("(lower(contract_number) LIKE ? ESCAPE '\\' OR company_id IN "
                                     "(SELECT id FROM companies WHERE name_key LIKE ? ESCAPE '\\'))");
        const QString pattern = RecordValidation::likePattern(q.search);
        binds << pattern << pattern;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The SQL expression a keyset page orders by: never NULL, so row values compare.
QString keysetSortExpression(const QString& requested)
{
    const QString field = kSortable.contains(requested) ? requested : QStringLiteral("end_date");
    if (field == QLatin1String("monthly_value"))
        return QStringLiteral("monthly_value_minor");
    if (field == QLatin1String("days_until_expiry") || field == QLatin1String("end_date"))
        return QStringLiteral("COALESCE(end_date, '')");
    if (field == QLatin1String("start_date"))
        return QStringLiteral("COALESCE(start_date, '')");
    return field;
}
} // namespace

ContractService::ContractService(ServiceContext context) : m_context(std::move(context)) {}

QDate ContractService::today() const
{
    return OfficeSettings(m_context).today();
}

Status ContractService::validate(const Contract& contract) const
{
    if (contract.companyId == 0)
        return Error::invalid(QStringLiteral("company_id"), tr("Choose the company this contract is with."));
    auto company =
        SqlRun::scalar(m_context.db().connection(), QStringLiteral("SELECT id FROM companies WHERE id = ?"),
                       {contract.companyId});
    if (!company)
        return company.error();
    if (company->isNull())
        return Error::invalid(QStringLiteral("company_id"),
                              tr("There is no company with id %1.").arg(contract.companyId));
    if (contract.contractNumber.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("contract_number"), tr("The contract number is required."));
    if (contract.startDate.isValid() && contract.endDate.isValid() && contract.endDate < contract.startDate)
        return Error::invalid(QStringLiteral("end_date"),
                              tr("The end date must not be before the start date."));
    if (contract.monthlyValueMinor < 0)
        return Error::invalid(QStringLiteral("monthly_value"), tr("The monthly value must not be negative."));
    if (!Contract::currencies().contains(contract.currency.toLower()))
        return Error::invalid(QStringLiteral("currency"),
                              tr("\"%1\" is not a supported currency.").arg(contract.currency));
    if (!ContractStatusCodes::fromCode(contract.status))
        return Error::invalid(
            QStringLiteral("status"),
            tr("The status must be one of %1.").arg(ContractStatusCodes::codes().join(QStringLiteral(", "))));
    auto clash =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT id FROM contracts WHERE contract_number = ? AND id <> ?"),
                       {contract.contractNumber.trimmed(), contract.id});
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return Error::conflict(QStringLiteral("contract_number"),
                               tr("Contract number %1 is already used by another contract.")
                                   .arg(contract.contractNumber.trimmed()));
    return Status::success();
}

Result<Contract> ContractService::get(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contracts WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no contract with id %1.").arg(id));
    return fromRow(query.value(), today());
}

Result<QList<Contract>> ContractService::list(const ListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    const QDate day = today();
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contracts") +
                  whereClause(query, day, binds);
    const QString sortField =
        kSortable.contains(query.sortField) ? query.sortField : QStringLiteral("end_date");
    QString sortColumn = sortField;
    if (sortField == QLatin1String("monthly_value"))
        sortColumn = QStringLiteral("monthly_value_minor");
    else if (sortField == QLatin1String("days_until_expiry"))
        sortColumn = QStringLiteral("end_date");
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
    QList<Contract> contracts;
    while (rows->next())
        contracts.append(fromRow(rows.value(), day));
    return contracts;
}

Result<KeysetPage> ContractService::listKeys(const ListQuery& query, const ListCursor& after, int limit) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    const QDate day = today();
    QVariantList binds;
    const QString where = whereClause(query, day, binds);
    return KeysetSql::page(m_context.db().connection(), QStringLiteral("contracts"), where, binds,
                           keysetSortExpression(query.sortField), query.descending, after, limit);
}

Result<QList<Contract>> ContractService::getMany(const QList<qint64>& ids) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    const QDate day = today();
    auto rows =
        KeysetSql::byIds(m_context.db().connection(),
                         QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contracts"), ids);
    if (!rows)
        return rows.error();
    QList<Contract> records;
    records.reserve(ids.size());
    while (rows->next())
        records.append(fromRow(rows.value(), day));
    return records;
}

Result<qint64> ContractService::count(const ListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    auto total = SqlRun::scalar(
        m_context.db().connection(),
        QStringLiteral("SELECT count(*) FROM contracts") + whereClause(query, today(), binds), binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<qint64> ContractService::create(const Contract& contract) const
{
    return AuditedWrite::create<Contract>(
        m_context, Permission::EditRecords, QStringLiteral("contract"), [this](qint64 id) { return get(id); },
        [&](const QSqlDatabase& db) -> Result<qint64> {
            Contract toStore = contract;
            toStore.id = 0;
            if (auto valid = validate(toStore); !valid)
                return valid.error();
            const QString now = TimeFormat::toStoredTimestamp(m_context.now());
            QVariantList binds = bindValues(toStore);
            binds << now << now;
            auto inserted = SqlRun::scalar(
                db,
                QStringLiteral("INSERT INTO contracts (company_id, contract_number, start_date, end_date, "
                               "monthly_value_minor, currency, status, auto_renew, notes, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                binds);
            if (!inserted)
                return inserted.error();
            return inserted->toLongLong();
        });
}

Status ContractService::update(const Contract& contract) const
{
    return AuditedWrite::update<Contract>(
        m_context, Permission::EditRecords, QStringLiteral("contract"), contract.id,
        [this](qint64 id) { return get(id); },
        [&](const QSqlDatabase& db, const Contract& /*before*/) -> Status {
            Contract toStore = contract;
            if (auto valid = validate(toStore); !valid)
                return valid;
            QVariantList binds = bindValues(toStore);
            binds << TimeFormat::toStoredTimestamp(m_context.now()) << toStore.id;
            auto updated = SqlRun::exec(
                db,
                QStringLiteral("UPDATE contracts SET company_id = ?, contract_number = ?, start_date = ?, "
                               "end_date = ?, monthly_value_minor = ?, currency = ?, status = ?, auto_renew "
                               "= ?, notes = ?, updated_at = ? WHERE id = ?"),
                binds);
            if (!updated)
                return updated.error();
            return Status::success();
        });
}

Result<DeletionImpact> ContractService::deletionImpact(qint64 id) const
{
    auto contract = get(id);
    if (!contract)
        return contract.error();
    DeletionImpact impact;
    impact.recordLabel = tr("contract %1").arg(contract->contractNumber);
    auto invoices =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT count(*) FROM invoices WHERE contract_id = ?"), {id});
    if (!invoices)
        return invoices.error();
    impact.dependents.append({tr("Invoices"), invoices->toLongLong()});
    return impact;
}

Status ContractService::remove(qint64 id) const
{
    return AuditedWrite::remove<Contract>(m_context, Permission::DeleteRecords, QStringLiteral("contract"),
                                          QStringLiteral("contracts"), id,
                                          [this](qint64 recordId) { return get(recordId); });
}
