#pragma once

#include "audit/AuditEntry.h"
#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QVariantMap>

// The audit trail. Services call record() inside their write transaction, so a change and its
// audit row are committed together or not at all.
class AuditLog
{
public:
    explicit AuditLog(ServiceContext context);

    Status record(const QString& entityType, qint64 entityId, const QString& action,
                  const QList<FieldChange>& changes) const;
    Status recordCreate(const QString& entityType, qint64 entityId, const QVariantMap& values) const;
    Status recordUpdate(const QString& entityType, qint64 entityId, const QVariantMap& before,
                        const QVariantMap& after) const;
    Status recordDelete(const QString& entityType, qint64 entityId, const QVariantMap& values) const;

    Result<QList<AuditEntry>> history(const QString& entityType, qint64 entityId) const;

    // The fields whose values differ between two snapshots of a record.
    static QList<FieldChange> diff(const QVariantMap& before, const QVariantMap& after);

private:
    ServiceContext m_context;
};
