#include "segments/SegmentService.h"

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "filters/FilterChecker.h"
#include "filters/FilterJson.h"
#include "filters/FilterQuery.h"
#include "filters/FilterSqlCompiler.h"
#include "records/RecordValidation.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace {
constexpr int kMaxNameLength = 200;

const QString kColumns = QStringLiteral(
    "id, name, description, segment_type, entity, filter, member_count, member_count_at, status, visibility, "
    "owner_user_id, owner_name, tags, times_used, last_used_at, created_at, updated_at");

Segment fromRow(const QSqlQuery& q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.description = q.value(2).toString();
    s.type = SegmentTypeCodes::fromCode(q.value(3).toString()).value_or(SegmentType::Dynamic);
    const FilterEntity entity =
        FilterEntityCodes::fromCode(q.value(4).toString()).value_or(FilterEntity::Contact);
    // A filter that no longer reads (hand-edited database) keeps its entity and selects nothing
    // until fixed: count() then reports why.
    auto filter = FilterJson::parse(q.value(5).toString().toUtf8());
    if (filter)
        s.filter = filter.value();
    s.filter.entity = entity;
    if (!q.value(6).isNull())
        s.memberCount = q.value(6).toLongLong();
    s.memberCountAt = TimeFormat::fromStoredTimestamp(q.value(7).toString());
    s.status = SegmentStatusCodes::fromCode(q.value(8).toString()).value_or(SegmentStatus::Active);
    s.visibility =
        SegmentVisibilityCodes::fromCode(q.value(9).toString()).value_or(SegmentVisibility::Private);
    s.ownerUserId = q.value(10).toLongLong();
    s.ownerName = q.value(11).toString();
    for (const QJsonValue tag : QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array())
        s.tags << tag.toString();
    s.timesUsed = q.value(13).toLongLong();
    s.lastUsedAt = TimeFormat::fromStoredTimestamp(q.value(14).toString());
    s.createdAt = TimeFormat::fromStoredTimestamp(q.value(15).toString());
    s.updatedAt = TimeFormat::fromStoredTimestamp(q.value(16).toString());
    return s;
}

QStringList normalisedTags(const QStringList& tags)
{
    QStringList result;
    QStringList keys;
    for (const QString& tag : tags) {
        const QString trimmed = tag.simplified();
        if (trimmed.isEmpty() || keys.contains(trimmed.toCaseFolded()))
            continue;
        keys << trimmed.toCaseFolded();
        result << trimmed;
    }
    return result;
}

QString tagsJson(const QStringList& tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(normalisedTags(tags))).toJson(QJsonDocument::Compact));
}

QString csvCell(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString boolText(const QVariant& value)
{
    return value.toLongLong() != 0 ? QStringLiteral("true") : QStringLiteral("false");
}
} // namespace

SegmentService::SegmentService(ServiceContext context) : m_context(std::move(context)) {}

Status SegmentService::require() const
{
    return Authorizer::require(m_context.actor, Permission::ManageSegments);
}

bool SegmentService::canSee(const Segment& segment) const
{
    if (Authorizer::can(m_context.actor, Permission::SeeAllSegments) ||
        segment.ownerUserId == m_context.actor.userId)
        return true;
    return segment.visibility == SegmentVisibility::Public && segment.status == SegmentStatus::Active;
}

bool SegmentService::canEdit(const Segment& segment) const
{
    return Authorizer::can(m_context.actor, Permission::SeeAllSegments) ||
           segment.ownerUserId == m_context.actor.userId;
}

Status SegmentService::validate(const Segment& segment) const
{
    const QString name = segment.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("The segment name is required."));
    if (name.size() > kMaxNameLength)
        return Error::invalid(QStringLiteral("name"),
                              tr("The segment name is longer than %1 characters.").arg(kMaxNameLength));
    if (segment.type == SegmentType::Static && segment.filter.entity != FilterEntity::Contact)
        return Error::invalid(QStringLiteral("entity"), tr("A static segment is a list of contacts."));
    if (segment.type == SegmentType::Dynamic) {
        auto checked = FilterChecker::check(segment.filter);
        if (!checked)
            return Error::invalid(QStringLiteral("filter"), checked.error().message);
    }
    auto clash = SqlRun::scalar(
        m_context.db().connection(),
        QStringLiteral("SELECT id FROM segments WHERE owner_user_id = ? AND name_key = ? AND id <> ?"),
        {segment.ownerUserId, name.toCaseFolded(), segment.id});
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return Error::conflict(QStringLiteral("name"),
                               tr("You already have a segment called \"%1\".").arg(name));
    return Status::success();
}

QVariantMap SegmentService::auditMap(const Segment& s) const
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("segment_type"), SegmentTypeCodes::toCode(s.type)},
            {QStringLiteral("filter"), QString::fromUtf8(FilterJson::serialise(s.filter))},
            {QStringLiteral("status"), SegmentStatusCodes::toCode(s.status)},
            {QStringLiteral("visibility"), SegmentVisibilityCodes::toCode(s.visibility)},
            {QStringLiteral("owner"), s.ownerName},
            {QStringLiteral("tags"), s.tags.join(QStringLiteral(", "))}};
}

Result<Segment> SegmentService::get(qint64 id) const
{
    if (auto allowed = require(); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM segments WHERE id = ?"), {id});
    if (!query)
        return query.error();
    // Someone else's private segment is reported as missing, so its name does not leak.
    if (!query->next())
        return Error::notFound(tr("There is no segment with id %1.").arg(id));
    Segment segment = fromRow(query.value());
    if (!canSee(segment))
        return Error::notFound(tr("There is no segment with id %1.").arg(id));
    return segment;
}

Result<Segment> SegmentService::getForEdit(qint64 id) const
{
    auto segment = get(id);
    if (!segment)
        return segment.error();
    if (!canEdit(segment.value()))
        return Error::forbidden(tr("Only the owner of \"%1\" (%2) or an admin may change it.")
                                    .arg(segment->name, segment->ownerName));
    return segment;
}

Result<QList<Segment>> SegmentService::list(const SegmentListQuery& query) const
{
    if (auto allowed = require(); !allowed)
        return allowed.error();
    QString sql = QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(
                      " FROM segments WHERE (? = 1 OR owner_user_id = ? OR (visibility = ? AND status = ?))");
    QVariantList binds = {Authorizer::can(m_context.actor, Permission::SeeAllSegments) ? 1 : 0,
                          m_context.actor.userId, SegmentVisibilityCodes::toCode(SegmentVisibility::Public),
                          SegmentStatusCodes::toCode(SegmentStatus::Active)};
    if (!query.includeArchived) {
        sql += QStringLiteral(" AND status <> ?");
        binds << SegmentStatusCodes::toCode(SegmentStatus::Archived);
    }
    if (!query.search.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND name_key LIKE ? ESCAPE '\\'");
        binds << RecordValidation::likePattern(query.search);
    }
    sql += QStringLiteral(" ORDER BY name_key, id");
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<Segment> segments;
    while (rows->next())
        segments << fromRow(rows.value());
    return segments;
}

Result<qint64> SegmentService::create(const Segment& input) const
{
    if (auto allowed = require(); !allowed)
        return allowed.error();
    Segment segment = input;
    segment.id = 0;
    segment.name = segment.name.trimmed();
    segment.ownerUserId = m_context.actor.userId;
    segment.ownerName = m_context.actor.username;
    segment.tags = normalisedTags(segment.tags);
    if (segment.type == SegmentType::Static)
        segment.filter = Filter{}; // a static segment is its member list: an empty contact filter
    if (auto valid = validate(segment); !valid)
        return valid.error();
    // Counted before the write transaction, so the write lock is held only for the insert.
    qint64 initialCount = 0;
    if (segment.type == SegmentType::Dynamic) {
        auto counted = count(segment.filter);
        if (!counted)
            return counted.error();
        initialCount = counted.value();
    }
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    if (auto valid = validate(segment); !valid) // the name may have been taken meanwhile
        return valid.error();
    auto inserted = SqlRun::scalar(
        transaction.connection(),
        QStringLiteral(
            "INSERT INTO segments (name, name_key, description, segment_type, entity, filter, member_count, "
            "member_count_at, status, visibility, owner_user_id, owner_name, tags, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {segment.name, segment.name.toCaseFolded(), segment.description.trimmed(),
         SegmentTypeCodes::toCode(segment.type), FilterEntityCodes::toCode(segment.filter.entity),
         QString::fromUtf8(FilterJson::serialise(segment.filter)), initialCount, now,
         SegmentStatusCodes::toCode(segment.status), SegmentVisibilityCodes::toCode(segment.visibility),
         segment.ownerUserId, segment.ownerName, tagsJson(segment.tags), now, now});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->toLongLong();
    if (auto audited = AuditLog(m_context).recordCreate(QStringLiteral("segment"), id, auditMap(segment));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status SegmentService::update(const Segment& input) const
{
    if (auto allowed = require(); !allowed)
        return allowed;
    auto before = getForEdit(input.id);
    if (!before)
        return before.error();
    if (before->status == SegmentStatus::Archived)
        return Error::conflict(QStringLiteral("status"),
                               tr("\"%1\" is archived; restore it before changing it.").arg(before->name));
    if (input.type != before->type)
        return Error::invalid(QStringLiteral("segment_type"),
                              tr("A segment's type cannot change; duplicate it instead."));
    Segment segment = before.value();
    segment.name = input.name.trimmed();
    segment.description = input.description.trimmed();
    segment.visibility = input.visibility;
    segment.tags = normalisedTags(input.tags);
    if (segment.type == SegmentType::Dynamic)
        segment.filter = input.filter;
    if (auto valid = validate(segment); !valid)
        return valid;
    const bool recount = segment.type == SegmentType::Dynamic && !(segment.filter == before->filter);
    std::optional<qint64> count = before->memberCount;
    QString countedAt = TimeFormat::toStoredTimestamp(before->memberCountAt);
    if (recount) {
        auto counted = this->count(segment.filter);
        if (!counted)
            return counted.error();
        count = counted.value();
        countedAt = TimeFormat::toStoredTimestamp(m_context.now());
    }
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto updated = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("UPDATE segments SET name = ?, name_key = ?, description = ?, entity = ?, filter = ?, "
                       "member_count = ?, member_count_at = ?, visibility = ?, tags = ?, updated_at = ? "
                       "WHERE id = ?"),
        {segment.name, segment.name.toCaseFolded(), segment.description,
         FilterEntityCodes::toCode(segment.filter.entity),
         QString::fromUtf8(FilterJson::serialise(segment.filter)),
         count ? QVariant(*count) : QVariant(QMetaType(QMetaType::LongLong)), SqlRun::nullIfEmpty(countedAt),
         SegmentVisibilityCodes::toCode(segment.visibility), tagsJson(segment.tags),
         TimeFormat::toStoredTimestamp(m_context.now()), segment.id});
    if (!updated)
        return updated.error();
    if (auto audited = AuditLog(m_context).recordUpdate(QStringLiteral("segment"), segment.id,
                                                        auditMap(before.value()), auditMap(segment));
        !audited)
        return audited;
    return transaction.commit();
}

Status SegmentService::setStatus(qint64 id, SegmentStatus status) const
{
    auto before = getForEdit(id);
    if (!before)
        return before.error();
    if (before->status == status)
        return Status::success();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto updated = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("UPDATE segments SET status = ?, updated_at = ? WHERE id = ?"),
        {SegmentStatusCodes::toCode(status), TimeFormat::toStoredTimestamp(m_context.now()), id});
    if (!updated)
        return updated.error();
    Segment after = before.value();
    after.status = status;
    if (auto audited = AuditLog(m_context).recordUpdate(QStringLiteral("segment"), id,
                                                        auditMap(before.value()), auditMap(after));
        !audited)
        return audited;
    return transaction.commit();
}

Result<qint64> SegmentService::duplicate(qint64 id, const QString& requestedName) const
{
    auto original = get(id);
    if (!original)
        return original.error();
    Segment copy = original.value();
    copy.status = SegmentStatus::Active;
    copy.visibility = SegmentVisibility::Private;
    copy.timesUsed = 0;
    copy.lastUsedAt = {};
    copy.ownerUserId = m_context.actor.userId;
    if (!requestedName.trimmed().isEmpty()) {
        copy.name = requestedName.trimmed();
    } else {
        // "Name (copy)", "Name (copy 2)", … whichever the acting user does not have yet.
        for (int n = 1;; ++n) {
            copy.name =
                n == 1 ? tr("%1 (copy)").arg(original->name) : tr("%1 (copy %2)").arg(original->name).arg(n);
            auto clash = SqlRun::scalar(
                m_context.db().connection(),
                QStringLiteral("SELECT id FROM segments WHERE owner_user_id = ? AND name_key = ?"),
                {copy.ownerUserId, copy.name.toCaseFolded()});
            if (!clash)
                return clash.error();
            if (clash->isNull())
                break;
        }
    }
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    Segment toCreate = copy;
    if (copy.type == SegmentType::Static)
        toCreate.filter = Filter{};
    auto created = create(toCreate); // a nested transaction (savepoint)
    if (!created)
        return created.error();
    if (copy.type == SegmentType::Static) {
        auto copied = SqlRun::exec(
            transaction.connection(),
            QStringLiteral(
                "INSERT INTO segment_members (segment_id, contact_id, added_at, added_by) "
                "SELECT CAST(? AS BIGINT), contact_id, CAST(? AS TEXT), CAST(? AS TEXT) FROM segment_members "
                "WHERE segment_id = ?"),
            {created.value(), TimeFormat::toStoredTimestamp(m_context.now()), m_context.actor.username, id});
        if (!copied)
            return copied.error();
        auto counted = SqlRun::exec(
            transaction.connection(),
            QStringLiteral("UPDATE segments SET member_count = (SELECT count(*) FROM segment_members "
                           "WHERE segment_id = ?) WHERE id = ?"),
            {created.value(), created.value()});
        if (!counted)
            return counted.error();
    }
    if (auto audited = AuditLog(m_context).record(QStringLiteral("segment"), created.value(),
                                                  QStringLiteral("duplicate"),
                                                  {{QStringLiteral("duplicated_from"), QVariant(), id}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created.value();
}

Result<qint64> SegmentService::countFor(const Segment& segment) const
{
    auto source = sourceFor(segment);
    if (!source)
        return source.error();
    return countSource(source.value());
}

Result<qint64> SegmentService::recalculate(qint64 id) const
{
    auto segment = get(id);
    if (!segment)
        return segment.error();
    auto counted = countFor(segment.value());
    if (!counted)
        return counted.error();
    // A cache refresh, not a change anybody made: no audit row, updated_at untouched.
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto stored =
        SqlRun::exec(transaction.connection(),
                     QStringLiteral("UPDATE segments SET member_count = ?, member_count_at = ? WHERE id = ?"),
                     {counted.value(), TimeFormat::toStoredTimestamp(m_context.now()), id});
    if (!stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return counted.value();
}

Status SegmentService::addMembers(qint64 id, const QList<qint64>& contactIds) const
{
    auto segment = getForEdit(id);
    if (!segment)
        return segment.error();
    if (segment->type != SegmentType::Static)
        return Error::invalid(QStringLiteral("segment_type"),
                              tr("\"%1\" is dynamic: its filter decides its members.").arg(segment->name));
    if (segment->status == SegmentStatus::Archived)
        return Error::conflict(QStringLiteral("status"),
                               tr("\"%1\" is archived; restore it before changing it.").arg(segment->name));
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    QStringList added;
    for (qint64 contactId : contactIds) {
        auto exists = SqlRun::scalar(transaction.connection(),
                                     QStringLiteral("SELECT id FROM contacts WHERE id = ?"), {contactId});
        if (!exists)
            return exists.error();
        if (exists->isNull())
            return Error::notFound(tr("There is no contact with id %1.").arg(contactId));
        auto inserted = SqlRun::exec(
            transaction.connection(),
            QStringLiteral("INSERT INTO segment_members (segment_id, contact_id, added_at, added_by) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (segment_id, contact_id) DO NOTHING"),
            {id, contactId, now, m_context.actor.username});
        if (!inserted)
            return inserted.error();
        if (inserted->numRowsAffected() > 0)
            added << QString::number(contactId);
    }
    auto counted = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("UPDATE segments SET member_count = (SELECT count(*) FROM segment_members WHERE "
                       "segment_id = ?), member_count_at = ?, updated_at = ? WHERE id = ?"),
        {id, now, now, id});
    if (!counted)
        return counted.error();
    if (!added.isEmpty()) {
        if (auto audited = AuditLog(m_context).record(
                QStringLiteral("segment"), id, QStringLiteral("add_members"),
                {{QStringLiteral("contact_ids"), QVariant(), added.join(QLatin1Char(','))}});
            !audited)
            return audited;
    }
    return transaction.commit();
}

Status SegmentService::removeMembers(qint64 id, const QList<qint64>& contactIds) const
{
    auto segment = getForEdit(id);
    if (!segment)
        return segment.error();
    if (segment->type != SegmentType::Static)
        return Error::invalid(QStringLiteral("segment_type"),
                              tr("\"%1\" is dynamic: its filter decides its members.").arg(segment->name));
    if (segment->status == SegmentStatus::Archived)
        return Error::conflict(QStringLiteral("status"),
                               tr("\"%1\" is archived; restore it before changing it.").arg(segment->name));
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    QStringList removed;
    for (qint64 contactId : contactIds) {
        auto deleted = SqlRun::exec(
            transaction.connection(),
            QStringLiteral("DELETE FROM segment_members WHERE segment_id = ? AND contact_id = ?"),
            {id, contactId});
        if (!deleted)
            return deleted.error();
        if (deleted->numRowsAffected() > 0)
            removed << QString::number(contactId);
    }
    auto counted = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("UPDATE segments SET member_count = (SELECT count(*) FROM segment_members WHERE "
                       "segment_id = ?), member_count_at = ?, updated_at = ? WHERE id = ?"),
        {id, now, now, id});
    if (!counted)
        return counted.error();
    if (!removed.isEmpty()) {
        if (auto audited = AuditLog(m_context).record(
                QStringLiteral("segment"), id, QStringLiteral("remove_members"),
                {{QStringLiteral("contact_ids"), removed.join(QLatin1Char(',')), QVariant()}});
            !audited)
            return audited;
    }
    return transaction.commit();
}

Result<SegmentService::Source> SegmentService::sourceFor(const Filter& filter) const
{
    auto checked = FilterChecker::check(filter);
    if (!checked)
        return Error::invalid(QStringLiteral("filter"), checked.error().message);
    const CompiledFilter compiled =
        FilterSqlCompiler(FilterContext::forService(m_context)).compile(checked.value());
    return Source{compiled.entity, compiled.from, compiled.fromWithCompany(), compiled.where, compiled.binds};
}

Result<SegmentService::Source> SegmentService::sourceFor(const Segment& segment) const
{
    if (segment.type == SegmentType::Dynamic)
        return sourceFor(segment.filter);
    return Source{FilterEntity::Contact,
                  QStringLiteral("segment_members m JOIN contacts c ON c.id = m.contact_id"),
                  QStringLiteral("segment_members m JOIN contacts c ON c.id = m.contact_id JOIN companies co "
                                 "ON co.id = c.company_id"),
                  QStringLiteral("m.segment_id = ?"),
                  {segment.id}};
}

Result<qint64> SegmentService::countSource(const Source& source) const
{
    auto total = SqlRun::scalar(m_context.db().connection(),
                                QStringLiteral("SELECT count(*) FROM ") + source.countFrom +
                                    QStringLiteral(" WHERE ") + source.where,
                                source.binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

QString SegmentService::contactsFirst(const QString& from) const
{
    QString ordered = from;
    ordered.replace(QStringLiteral("contacts c JOIN companies co"),
                    QStringLiteral("contacts c ") + m_context.db().dialect().orderedJoin() +
                        QStringLiteral(" companies co"));
    return ordered;
}

Result<std::optional<SegmentService::SampledCount>> SegmentService::estimateSource(const Source& source) const
{
    const bool company = source.entity == FilterEntity::Company;
    const QString alias = company ? QStringLiteral("co") : QStringLiteral("c");
    auto range = SqlRun::exec(m_context.db().connection(),
                              QStringLiteral("SELECT min(id), max(id) FROM ") +
                                  (company ? QStringLiteral("companies") : QStringLiteral("contacts")));
    if (!range)
        return range.error();
    if (!range->next() || range->value(0).isNull())
        return std::optional<SampledCount>();
    const qint64 low = range->value(0).toLongLong();
    const qint64 span = range->value(1).toLongLong() - low + 1;
    if (span < kEstimateFromRows)
        return std::optional<SampledCount>();
    // Windows of consecutive ids are quick to read (the primary key) and, spread over the whole
    // range, follow the table's history: old and new records alike.
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + contactsFirst(source.countFrom) +
                        QStringLiteral(" WHERE (") + source.where + QStringLiteral(") AND ") + alias +
                        QStringLiteral(".id BETWEEN ? AND ?");
    qint64 matches = 0;
    for (int window = 0; window < kSampleWindows; ++window) {
        const qint64 first = low + (span - kSampleIds) * window / (kSampleWindows - 1);
        QVariantList binds = source.binds;
        binds << first << first + kSampleIds - 1;
        auto found = SqlRun::scalar(m_context.db().connection(), sql, binds);
        if (!found)
            return found.error();
        matches += found->toLongLong();
    }
    return std::optional<SampledCount>(
        SampledCount{qRound64(double(matches) * double(span) / double(kSampleWindows * kSampleIds)), span});
}

namespace {
// The member columns and order of a source's rows, and the search over them.
QString memberColumns(FilterEntity entity)
{
    return entity == FilterEntity::Company
               ? QStringLiteral("co.id, co.id, co.name, '', co.name, co.country, co.is_active, 0")
               : QStringLiteral(
                     "c.id, c.company_id, c.name, c.email, co.name, co.country, c.is_active, c.unsubscribed");
}

QString memberOrder(FilterEntity entity)
{
    return entity == FilterEntity::Company ? QStringLiteral(" ORDER BY co.name_key, co.id")
                                           : QStringLiteral(" ORDER BY c.name_key, c.id");
}

QString memberSearch(FilterEntity entity, const QString& search, QVariantList& binds)
{
    if (search.trimmed().isEmpty())
        return {};
    const QString pattern = RecordValidation::likePattern(search);
    if (entity == FilterEntity::Company) {
        binds << pattern << pattern;
        return QStringLiteral(
            " AND (co.name_key LIKE ? ESCAPE '\\' OR lower(co.country) LIKE ? ESCAPE '\\')");
    }
    binds << pattern << pattern << pattern;
    return QStringLiteral(" AND (c.name_key LIKE ? ESCAPE '\\' OR c.email_key LIKE ? ESCAPE '\\' OR "
                          "co.name_key LIKE ? ESCAPE '\\')");
}

SegmentMember memberFromRow(const QSqlQuery& q)
{
    SegmentMember m;
    m.id = q.value(0).toLongLong();
    m.companyId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.email = q.value(3).toString();
    m.companyName = q.value(4).toString();
    m.country = q.value(5).toString();
    m.isActive = q.value(6).toLongLong() != 0;
    m.unsubscribed = q.value(7).toLongLong() != 0;
    return m;
}
} // namespace

Result<QList<SegmentMember>> SegmentService::listSource(const Source& source, const SegmentMemberQuery& query,
                                                        bool walkNameOrder) const
{
    QVariantList binds = source.binds;
    const QString from = walkNameOrder ? contactsFirst(source.listFrom) : source.listFrom;
    QString sql = QStringLiteral("SELECT ") + memberColumns(source.entity) + QStringLiteral(" FROM ") + from +
                  QStringLiteral(" WHERE ") + source.where;
    sql += memberSearch(source.entity, query.search, binds);
    sql += memberOrder(source.entity);
    if (query.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << query.limit << query.offset;
    }
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<SegmentMember> members;
    while (rows->next())
        members << memberFromRow(rows.value());
    return members;
}

Result<QList<SegmentMember>> SegmentService::members(qint64 id, const SegmentMemberQuery& query) const
{
    auto segment = get(id);
    if (!segment)
        return segment.error();
    auto source = sourceFor(segment.value());
    if (!source)
        return source.error();
    return listSource(source.value(), query);
}

Result<qint64> SegmentService::memberCount(qint64 id, const QString& search) const
{
    auto segment = get(id);
    if (!segment)
        return segment.error();
    auto source = sourceFor(segment.value());
    if (!source)
        return source.error();
    if (search.trimmed().isEmpty())
        return countSource(source.value());
    Source searched = source.value();
    searched.countFrom = searched.listFrom;
    searched.where += memberSearch(searched.entity, search, searched.binds);
    return countSource(searched);
}

Result<QList<SegmentService::MemberRef>> SegmentService::memberRefs(qint64 id) const
{
    auto segment = get(id);
    if (!segment)
        return segment.error();
    auto source = sourceFor(segment.value());
    if (!source)
        return source.error();
    const bool company = source->entity == FilterEntity::Company;
    auto rows = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") +
            (company ? QStringLiteral("co.id, 0") : QStringLiteral("c.company_id, c.id")) +
            QStringLiteral(" FROM ") + source->countFrom + QStringLiteral(" WHERE ") + source->where +
            (company ? QStringLiteral(" ORDER BY co.id") : QStringLiteral(" ORDER BY c.id")),
        source->binds);
    if (!rows)
        return rows.error();
    QList<MemberRef> refs;
    while (rows->next())
        refs.append({rows->value(0).toLongLong(), rows->value(1).toLongLong()});
    return refs;
}

Status SegmentService::writeCsv(const Source& source, QIODevice& out) const
{
    const bool company = source.entity == FilterEntity::Company;
    const QStringList header = company ? QStringList{QStringLiteral("id"),
                                                     QStringLiteral("name"),
                                                     QStringLiteral("industry"),
                                                     QStringLiteral("country"),
                                                     QStringLiteral("city"),
                                                     QStringLiteral("website"),
                                                     QStringLiteral("billing_entity"),
                                                     QStringLiteral("payment_terms"),
                                                     QStringLiteral("is_active")}
                                       : QStringList{QStringLiteral("id"),
                                                     QStringLiteral("name"),
                                                     QStringLiteral("email"),
                                                     QStringLiteral("phone"),
                                                     QStringLiteral("title"),
                                                     QStringLiteral("department"),
                                                     QStringLiteral("contact_type"),
                                                     QStringLiteral("language"),
                                                     QStringLiteral("is_billing_contact"),
                                                     QStringLiteral("is_active"),
                                                     QStringLiteral("unsubscribed"),
                                                     QStringLiteral("company_id"),
                                                     QStringLiteral("company_name"),
                                                     QStringLiteral("company_country")};
    const QString columns =
        company ? QStringLiteral(
                      "co.id, co.name, co.industry, co.country, co.city, co.website, co.billing_entity, "
                      "co.payment_terms, co.is_active")
                : QStringLiteral(
                      "c.id, c.name, c.email, c.phone, c.title, c.department, c.contact_type, c.language, "
                      "c.is_billing_contact, c.is_active, c.unsubscribed, c.company_id, co.name, co.country");
    const QList<int> booleans = company ? QList<int>{8} : QList<int>{8, 9, 10};
    auto rows =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + source.listFrom +
                         QStringLiteral(" WHERE ") + source.where + memberOrder(source.entity),
                     source.binds);
    if (!rows)
        return rows.error();
    const auto write = [&out](const QStringList& cells) {
        QStringList escaped;
        for (const QString& cell : cells)
            escaped << csvCell(cell);
        return out.write((escaped.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8()) >= 0;
    };
    if (!write(header))
        return Error::io(tr("Cannot write the export: %1").arg(out.errorString()));
    while (rows->next()) {
        QStringList cells;
        for (int i = 0; i < header.size(); ++i)
            cells << (booleans.contains(i) ? boolText(rows->value(i)) : rows->value(i).toString());
        if (!write(cells))
            return Error::io(tr("Cannot write the export: %1").arg(out.errorString()));
    }
    return Status::success();
}

Status SegmentService::exportCsv(qint64 id, QIODevice& out) const
{
    auto segment = get(id);
    if (!segment)
        return segment.error();
    auto source = sourceFor(segment.value());
    if (!source)
        return source.error();
    if (auto written = writeCsv(source.value(), out); !written)
        return written;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    if (auto used = markUsed(id); !used)
        return used;
    // Who took a copy of which customers is worth keeping.
    if (auto audited =
            AuditLog(m_context).record(QStringLiteral("segment"), id, QStringLiteral("export"), {});
        !audited)
        return audited;
    return transaction.commit();
}

Status SegmentService::markUsed(qint64 id) const
{
    if (auto allowed = require(); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto updated = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("UPDATE segments SET times_used = times_used + 1, last_used_at = ? WHERE id = ?"),
        {TimeFormat::toStoredTimestamp(m_context.now()), id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error::notFound(tr("There is no segment with id %1.").arg(id));
    return transaction.commit();
}

Result<qint64> SegmentService::count(const Filter& filter) const
{
    if (auto allowed = require(); !allowed)
        return allowed.error();
    auto source = sourceFor(filter);
    if (!source)
        return source.error();
    return countSource(source.value());
}

Result<QList<SegmentMember>> SegmentService::filterMembers(const Filter& filter,
                                                           const SegmentMemberQuery& query) const
{
    if (auto allowed = require(); !allowed)
        return allowed.error();
    auto source = sourceFor(filter);
    if (!source)
        return source.error();
    return listSource(source.value(), query);
}

Result<SegmentPreview> SegmentService::firstLook(const Filter& filter, int limit) const
{
    if (auto allowed = require(); !allowed)
        return allowed.error();
    auto source = sourceFor(filter);
    if (!source)
        return source.error();
    // The estimate first (a few milliseconds): it also says whether walking the name order finds
    // the first members quickly (at least 1 in 200 records match) or sorting all matches does.
    auto estimate = estimateSource(source.value());
    if (!estimate)
        return estimate.error();
    const bool dense = estimate->has_value() && (*estimate)->estimate * kDenseRatio >= (*estimate)->idRange;
    SegmentMemberQuery query;
    query.limit = limit;
    auto first = listSource(source.value(), query, dense);
    if (!first)
        return first.error();
    SegmentPreview preview;
    preview.members = first.value();
    preview.count = preview.members.size();
    if (preview.members.size() < limit)
        return preview; // every member is here: that is the exact count
    if (estimate->has_value()) {
        preview.countKind = SegmentPreview::CountKind::Estimate;
        // The sample may miss a rare match; the members in hand are certain.
        preview.count = std::max((*estimate)->estimate, qint64(preview.members.size()));
    } else {
        preview.countKind = SegmentPreview::CountKind::Unknown;
    }
    return preview;
}

Result<QList<SegmentRuleCount>> SegmentService::ruleCounts(const Filter& filter) const
{
    if (auto allowed = require(); !allowed)
        return allowed.error();
    auto checked = FilterChecker::check(filter);
    if (!checked)
        return Error::invalid(QStringLiteral("filter"), checked.error().message);
    const FilterQuery query(m_context.db(), FilterContext::forService(m_context));
    QList<SegmentRuleCount> counts;
    QList<const CheckedNode*> pending;
    for (const CheckedNode& child : checked->root.children)
        pending << &child;
    while (!pending.isEmpty()) {
        const CheckedNode* node = pending.takeFirst();
        auto total = query.count(checked->entity, *node);
        if (!total)
            return total.error();
        counts.append({node->path, total.value()});
        for (const CheckedNode& child : node->children)
            pending << &child;
    }
    return counts;
}

Result<QList<SegmentMember>> SegmentService::findContacts(const QString& search, int limit) const
{
    if (auto allowed = require(); !allowed)
        return allowed.error();
    Source all{FilterEntity::Contact,
               {},
               QStringLiteral("contacts c JOIN companies co ON co.id = c.company_id"),
               QStringLiteral("1 = 1"),
               {}};
    SegmentMemberQuery query;
    query.search = search;
    query.limit = limit;
    return listSource(all, query);
}
