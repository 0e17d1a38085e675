#include "audit/AuditLog.h"

#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

AuditLog::AuditLog(ServiceContext context) : m_context(std::move(context)) {}

QList<FieldChange> AuditLog::diff(const QVariantMap& before, const QVariantMap& after)
{
    QList<FieldChange> changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.toString() != it.value().toString() || old.isNull() != it.value().isNull())
            changes.append({it.key(), old, it.value()});
    }
    return changes;
}

Status AuditLog::record(const QString& entityType, qint64 entityId, const QString& action,
                        const QList<FieldChange>& changes) const
{
    QJsonObject object;
    for (const FieldChange& change : changes)
        object.insert(change.field, QJsonArray{QJsonValue::fromVariant(change.oldValue),
                                               QJsonValue::fromVariant(change.newValue)});
    auto inserted = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "INSERT INTO audit_log (entity_type, entity_id, action, actor, actor_user_id, at, changes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {entityType, entityId, action, m_context.actor.username, SqlRun::nullIfZero(m_context.actor.userId),
         TimeFormat::toStoredTimestamp(m_context.now()),
         QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    return Status::success();
}

Status AuditLog::recordCreate(const QString& entityType, qint64 entityId, const QVariantMap& values) const
{
    return record(entityType, entityId, QStringLiteral("create"), diff({}, values));
}

Status AuditLog::recordUpdate(const QString& entityType, qint64 entityId, const QVariantMap& before,
                              const QVariantMap& after) const
{
    const QList<FieldChange> changes = diff(before, after);
    if (changes.isEmpty())
        return Status::success();
    return record(entityType, entityId, QStringLiteral("update"), changes);
}

Status AuditLog::recordDelete(const QString& entityType, qint64 entityId, const QVariantMap& values) const
{
    QList<FieldChange> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        changes.append({it.key(), it.value(), QVariant()});
    return record(entityType, entityId, QStringLiteral("delete"), changes);
}

Result<QList<AuditEntry>> AuditLog::history(const QString& entityType, qint64 entityId) const
{
    auto query = SqlRun::exec(m_context.db().connection(),
                              QStringLiteral("SELECT id, action, actor, at, changes FROM audit_log "
                                             "WHERE entity_type = ? AND entity_id = ? ORDER BY id"),
                              {entityType, entityId});
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = query->value(1).toString();
        entry.actor = query->value(2).toString();
        entry.at = TimeFormat::fromStoredTimestamp(query->value(3).toString());
        const QJsonObject object = QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonArray pair = it.value().toArray();
            entry.changes.append({it.key(), pair.at(0).toVariant(), pair.at(1).toVariant()});
        }
        entries.append(entry);
    }
    return entries;
}
