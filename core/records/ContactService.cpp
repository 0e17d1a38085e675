#include "records/ContactService.h"

#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlDialect.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/AuditedWrite.h"
#include "records/ContactType.h"
#include "records/KeysetSql.h"
#include "records/Language.h"
#include "records/RecordSearch.h"
#include "records/RecordValidation.h"

namespace {
const QString kColumns =
    QStringLiteral("id, company_id, name, email, phone, title, department, contact_type, is_billing_contact, "
                   "language, is_active, unsubscribed, unsubscribed_at, notes, created_at, updated_at");

Contact fromRow(const QSqlQuery& q)
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
    c.isBillingContact = q.value(8).toInt() != 0;
    c.language = q.value(9).toString();
    c.isActive = q.value(10).toInt() != 0;
    c.unsubscribed = q.value(11).toInt() != 0;
    c.unsubscribedAt = TimeFormat::fromStoredTimestamp(q.value(12).toString());
    c.notes = q.value(13).toString();
    c.createdAt = TimeFormat::fromStoredTimestamp(q.value(14).toString());
    c.updatedAt = TimeFormat::fromStoredTimestamp(q.value(15).toString());
    return c;
}

QVariantList bindValues(const Contact& c)
{
    return {c.companyId,
            c.name.trimmed(),
            c.name.trimmed().toCaseFolded(),
            c.email.trimmed(),
            c.email.trimmed().toCaseFolded(),
            c.phone.trimmed(),
            c.title.trimmed(),
            c.department.trimmed(),
            c.contactType,
            c.isBillingContact ? 1 : 0,
            c.language,
            c.isActive ? 1 : 0,
            c.unsubscribed ? 1 : 0,
            SqlRun::nullIfEmpty(TimeFormat::toStoredTimestamp(c.unsubscribedAt)),
            c.notes};
}

const QStringList kSortable = {QStringLiteral("id"),
                               QStringLiteral("name"),
                               QStringLiteral("email"),
                               QStringLiteral("phone"),
                               QStringLiteral("title"),
                               QStringLiteral("department"),
                               QStringLiteral("contact_type"),
                               QStringLiteral("language"),
                               QStringLiteral("is_active"),
                               QStringLiteral("company_id"),
                               QStringLiteral("is_billing_contact"),
                               QStringLiteral("unsubscribed"),
                               QStringLiteral("created_at"),
                               QStringLiteral("updated_at")};

// The search-as-you-type columns, in the order of the table's search index (migration 0009).
const RecordSearch& searchOf()
{
    static const RecordSearch search(
        QStringLiteral("contacts"),
        {QStringLiteral("name_key"), QStringLiteral("email_key"), QStringLiteral("phone")});
    return search;
}

// walkNameIndex: see RecordSearch::condition; only for a page ordered by name.
QString whereClause(const SqlDialect& dialect, const ListQuery& q, QVariantList& binds,
                    bool walkNameIndex = false)
{
    QStringList conditions;
    if (q.activeOnly)
        conditions << QStringLiteral("is_active = 1");
    if (q.companyId != 0) {
        conditions << QStringLiteral("company_id = ?");
        binds << q.companyId;
    }
    if (const QString condition = searchOf().condition(dialect, q.search, binds, walkNameIndex);
        !condition.isEmpty())
        conditions << condition;
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The SQL expression a keyset page orders by: never NULL, so row values compare.
QString keysetSortExpression(const QString& requested)
{
    const QString field = kSortable.contains(requested) ? requested : QStringLiteral("name");
    if (field == QLatin1String("name"))
        return QStringLiteral("name_key");
    if (field == QLatin1String("email"))
        return QStringLiteral("email_key");
    return field;
}
} // namespace

ContactService::ContactService(ServiceContext context) : m_context(std::move(context)) {}

Status ContactService::validate(const Contact& contact) const
{
    if (contact.companyId == 0)
        return Error::invalid(QStringLiteral("company_id"), tr("Choose the company this contact works for."));
    auto company =
        SqlRun::scalar(m_context.db().connection(), QStringLiteral("SELECT id FROM companies WHERE id = ?"),
                       {contact.companyId});
    if (!company)
        return company.error();
    if (company->isNull())
        return Error::invalid(QStringLiteral("company_id"),
                              tr("There is no company with id %1.").arg(contact.companyId));
    if (contact.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("The contact's name is required."));
    if (auto email = RecordValidation::checkEmail(QStringLiteral("email"), contact.email); !email)
        return email;
    if (!ContactTypeCodes::fromCode(contact.contactType))
        return Error::invalid(QStringLiteral("contact_type"),
                              tr("The contact type must be one of %1.")
                                  .arg(ContactTypeCodes::codes().join(QStringLiteral(", "))));
    if (!LanguageCodes::fromCode(contact.language))
        return Error::invalid(QStringLiteral("language"), tr("The language must be en or th."));
    return Status::success();
}

Result<Contact> ContactService::get(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contacts WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no contact with id %1.").arg(id));
    return fromRow(query.value());
}

Result<QList<Contact>> ContactService::list(const ListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contacts") +
                  whereClause(m_context.database->dialect(), query, binds);
    const QString sortField = kSortable.contains(query.sortField) ? query.sortField : QStringLiteral("name");
    QString sortColumn = sortField;
    if (sortField == QLatin1String("name"))
        sortColumn = QStringLiteral("name_key");
    else if (sortField == QLatin1String("email"))
        sortColumn = QStringLiteral("email_key");
    sql += QStringLiteral(" ORDER BY %1 %2, id")
               .arg(sortColumn, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<Contact> contacts;
    while (rows->next())
        contacts.append(fromRow(rows.value()));
    return contacts;
}

Result<KeysetPage> ContactService::listKeys(const ListQuery& query, const ListCursor& after, int limit) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    const bool byName = !kSortable.contains(query.sortField) || query.sortField == QLatin1String("name");
    const bool walkNameIndex = byName && searchOf().isCommonTerm(m_context.db().connection(),
                                                                 m_context.database->dialect(), query.search);
    const QString where = whereClause(m_context.database->dialect(), query, binds, walkNameIndex);
    return KeysetSql::page(m_context.db().connection(), QStringLiteral("contacts"), where, binds,
                           keysetSortExpression(query.sortField), query.descending, after, limit);
}

Result<QList<Contact>> ContactService::getMany(const QList<qint64>& ids) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto rows =
        KeysetSql::byIds(m_context.db().connection(),
                         QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM contacts"), ids);
    if (!rows)
        return rows.error();
    QList<Contact> records;
    records.reserve(ids.size());
    while (rows->next())
        records.append(fromRow(rows.value()));
    return records;
}

Result<qint64> ContactService::count(const ListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    auto total = SqlRun::scalar(m_context.db().connection(),
                                QStringLiteral("SELECT count(*) FROM contacts") +
                                    whereClause(m_context.database->dialect(), query, binds),
                                binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<qint64> ContactService::create(const Contact& contact) const
{
    return AuditedWrite::create<Contact>(
        m_context, Permission::EditRecords, QStringLiteral("contact"), [this](qint64 id) { return get(id); },
        [&](const QSqlDatabase& db) -> Result<qint64> {
            Contact toStore = contact;
            toStore.id = 0;
            if (toStore.unsubscribed && !toStore.unsubscribedAt.isValid())
                toStore.unsubscribedAt = m_context.now();
            if (auto valid = validate(toStore); !valid)
                return valid.error();
            const QString now = TimeFormat::toStoredTimestamp(m_context.now());
            QVariantList binds = bindValues(toStore);
            binds << now << now;
            auto inserted = SqlRun::scalar(
                db,
                QStringLiteral("INSERT INTO contacts (company_id, name, name_key, email, email_key, phone, "
                               "title, department, contact_type, is_billing_contact, language, is_active, "
                               "unsubscribed, unsubscribed_at, notes, created_at, updated_at) VALUES (?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                binds);
            if (!inserted)
                return inserted.error();
            return inserted->toLongLong();
        });
}

Status ContactService::update(const Contact& contact) const
{
    return AuditedWrite::update<Contact>(
        m_context, Permission::EditRecords, QStringLiteral("contact"), contact.id,
        [this](qint64 id) { return get(id); },
        [&](const QSqlDatabase& db, const Contact& before) -> Status {
            Contact toStore = contact;
            // unsubscribed_at records when the contact opted out; it is kept while they stay out.
            if (toStore.unsubscribed && !before.unsubscribed)
                toStore.unsubscribedAt = m_context.now();
            else if (!toStore.unsubscribed)
                toStore.unsubscribedAt = QDateTime();
            else
                toStore.unsubscribedAt = before.unsubscribedAt;
            if (auto valid = validate(toStore); !valid)
                return valid;
            QVariantList binds = bindValues(toStore);
            binds << TimeFormat::toStoredTimestamp(m_context.now()) << toStore.id;
            auto updated = SqlRun::exec(
                db,
                QStringLiteral("UPDATE contacts SET company_id = ?, name = ?, name_key = ?, email = ?, "
                               "email_key = ?, phone = ?, title = ?, department = ?, contact_type = ?, "
                               "is_billing_contact = ?, language = ?, is_active = ?, unsubscribed = ?, "
                               "unsubscribed_at = ?, notes = ?, updated_at = ? WHERE id = ?"),
                binds);
            if (!updated)
                return updated.error();
            return Status::success();
        });
}

Result<DeletionImpact> ContactService::deletionImpact(qint64 id) const
{
    auto contact = get(id);
    if (!contact)
        return contact.error();
    DeletionImpact impact;
    impact.recordLabel = contact->name;
    return impact;
}

Status ContactService::remove(qint64 id) const
{
    return AuditedWrite::remove<Contact>(m_context, Permission::DeleteRecords, QStringLiteral("contact"),
                                         QStringLiteral("contacts"), id,
                                         [this](qint64 recordId) { return get(recordId); });
}

Status ContactService::setUnsubscribed(qint64 id, bool unsubscribed) const
{
    auto contact = get(id);
    if (!contact)
        return contact.error();
    contact->unsubscribed = unsubscribed;
    return update(contact.value());
}
