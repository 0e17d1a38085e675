#include "records/CompanyService.h"

#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/AuditedWrite.h"
#include "records/KeysetSql.h"
#include "records/RecordFields.h"
#include "records/RecordSearch.h"
#include "records/RecordValidation.h"

namespace {
const QString kColumns =
    QStringLiteral("id, name, industry, country, city, address, website, billing_entity, payment_terms, "
                   "is_active, notes, created_at, updated_at");

Company fromRow(const QSqlQuery& q)
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
    c.isActive = q.value(9).toInt() != 0;
    c.notes = q.value(10).toString();
    c.createdAt = TimeFormat::fromStoredTimestamp(q.value(11).toString());
    c.updatedAt = TimeFormat::fromStoredTimestamp(q.value(12).toString());
    return c;
}

QVariantList bindValues(const Company& c)
{
    return {c.name.trimmed(),
            c.name.trimmed().toCaseFolded(),
            c.industry.trimmed(),
            c.country.trimmed(),
            c.city.trimmed(),
            c.address.trimmed(),
            c.website.trimmed(),
            c.billingEntity.trimmed(),
            c.paymentTerms.trimmed(),
            c.isActive ? 1 : 0,
            c.notes};
}

const QStringList kSortable = {QStringLiteral("id"),         QStringLiteral("name"),
                               QStringLiteral("industry"),   QStringLiteral("country"),
                               QStringLiteral("city"),       QStringLiteral("is_active"),
                               QStringLiteral("created_at"), QStringLiteral("updated_at")};

// The SQL expression a keyset page orders by: never NULL, so row values compare.
QString keysetSortExpression(const QString& requested)
{
    const QString field = kSortable.contains(requested) ? requested : QStringLiteral("name");
    if (field == QLatin1String("name"))
        return QStringLiteral("name_key");
    return field;
}
} // namespace

CompanyService::CompanyService(ServiceContext context) : m_context(std::move(context)) {}

Status CompanyService::validate(const Company& company) const
{
    if (company.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("The company name is required."));
    if (auto website = RecordValidation::checkWebsite(QStringLiteral("website"), company.website); !website)
        return website;
    auto clash = SqlRun::scalar(m_context.db().connection(),
                                QStringLiteral("SELECT id FROM companies WHERE name_key = ? AND id <> ?"),
                                {company.name.trimmed().toCaseFolded(), company.id});
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return Error::conflict(
            QStringLiteral("name"),
            tr("A company called \"%1\" already exists (names are compared ignoring case).")
                .arg(company.name.trimmed()));
    return Status::success();
}

Result<Company> CompanyService::get(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM companies WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no company with id %1.").arg(id));
    return fromRow(query.value());
}

namespace {
// The search-as-you-type columns, in the order of the table's search index (migration 0009).
const RecordSearch& searchOf()
{
    static const RecordSearch search(
        QStringLiteral("companies"),
        {QStringLiteral("name_key"), QStringLiteral("city"), QStringLiteral("country")});
    return search;
}

// walkNameIndex: see RecordSearch::condition; only for a page ordered by name.
QString whereClause(const SqlDialect& dialect, const ListQuery& q, QVariantList& binds,
                    bool walkNameIndex = false)
{
    QStringList conditions;
    if (q.activeOnly)
        conditions << QStringLiteral("is_active = 1");
    if (const QString condition = searchOf().condition(dialect, q.search, binds, walkNameIndex);
        !condition.isEmpty())
        conditions << condition;
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<Company>> CompanyService::list(const ListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM companies") +
                  whereClause(m_context.database->dialect(), query, binds);
    const QString sortField = kSortable.contains(query.sortField) ? query.sortField : QStringLiteral("name");
    const QString sortColumn = sortField == QLatin1String("name") ? QStringLiteral("name_key") : sortField;
    sql += QStringLiteral(" ORDER BY %1 %2, id")
               .arg(sortColumn, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<Company> companies;
    while (rows->next())
        companies.append(fromRow(rows.value()));
    return companies;
}

Result<KeysetPage> CompanyService::listKeys(const ListQuery& query, const ListCursor& after, int limit) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    const bool byName = !kSortable.contains(query.sortField) || query.sortField == QLatin1String("name");
    const bool walkNameIndex = byName && searchOf().isCommonTerm(m_context.db().connection(),
                                                                 m_context.database->dialect(), query.search);
    const QString where = whereClause(m_context.database->dialect(), query, binds, walkNameIndex);
    return KeysetSql::page(m_context.db().connection(), QStringLiteral("companies"), where, binds,
                           keysetSortExpression(query.sortField), query.descending, after, limit);
}

Result<QList<Company>> CompanyService::getMany(const QList<qint64>& ids) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto rows =
        KeysetSql::byIds(m_context.db().connection(),
                         QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM companies"), ids);
    if (!rows)
        return rows.error();
    QList<Company> records;
    records.reserve(ids.size());
    while (rows->next())
        records.append(fromRow(rows.value()));
    return records;
}

Result<qint64> CompanyService::count(const ListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    auto total = SqlRun::scalar(m_context.db().connection(),
                                QStringLiteral("SELECT count(*) FROM companies") +
                                    whereClause(m_context.database->dialect(), query, binds),
                                binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<qint64> CompanyService::create(const Company& company) const
{
    return AuditedWrite::create<Company>(
        m_context, Permission::EditRecords, QStringLiteral("company"), [this](qint64 id) { return get(id); },
        [&](const QSqlDatabase& db) -> Result<qint64> {
            Company toStore = company;
            toStore.id = 0;
            if (auto valid = validate(toStore); !valid)
                return valid.error();
            const QString now = TimeFormat::toStoredTimestamp(m_context.now());
            QVariantList binds = bindValues(toStore);
            binds << now << now;
            auto inserted = SqlRun::scalar(
                db,
                QStringLiteral("INSERT INTO companies (name, name_key, industry, country, city, address, "
                               "website, billing_entity, payment_terms, is_active, notes, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                binds);
            if (!inserted)
                return inserted.error();
            return inserted->toLongLong();
        });
}

Status CompanyService::update(const Company& company) const
{
    return AuditedWrite::update<Company>(
        m_context, Permission::EditRecords, QStringLiteral("company"), company.id,
        [this](qint64 id) { return get(id); },
        [&](const QSqlDatabase& db, const Company& /*before*/) -> Status {
            Company toStore = company;
            if (auto valid = validate(toStore); !valid)
                return valid;
            QVariantList binds = bindValues(toStore);
            binds << TimeFormat::toStoredTimestamp(m_context.now()) << toStore.id;
            auto updated = SqlRun::exec(
                db,
                QStringLiteral("UPDATE companies SET name = ?, name_key = ?, industry = ?, country = ?, city "
                               "= ?, address = ?, website = ?, billing_entity = ?, payment_terms = ?, "
                               "is_active = ?, notes = ?, updated_at = ? WHERE id = ?"),
                binds);
            if (!updated)
                return updated.error();
            return Status::success();
        });
}

Result<DeletionImpact> CompanyService::deletionImpact(qint64 id) const
{
    auto company = get(id);
    if (!company)
        return company.error();
    DeletionImpact impact;
    impact.recordLabel = company->name;
    const QSqlDatabase db = m_context.db().connection();
    const QList<QPair<QString, QString>> dependents = {
        {tr("Contacts"), QStringLiteral("SELECT count(*) FROM contacts WHERE company_id = ?")},
        {tr("Contracts"), QStringLiteral("SELECT count(*) FROM contracts WHERE company_id = ?")},
        {tr("Invoices"), QStringLiteral("SELECT count(*) FROM invoices WHERE contract_id IN (SELECT id FROM "
                                        "contracts WHERE company_id = ?)")},
    };
    for (const auto& [what, sql] : dependents) {
        auto n = SqlRun::scalar(db, sql, {id});
        if (!n)
            return n.error();
        impact.dependents.append({what, n->toLongLong()});
    }
    return impact;
}

Status CompanyService::remove(qint64 id) const
{
    return AuditedWrite::remove<Company>(m_context, Permission::DeleteRecords, QStringLiteral("company"),
                                         QStringLiteral("companies"), id,
                                         [this](qint64 recordId) { return get(recordId); });
}
