#pragma once

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/Result.h"
#include "common/ServiceContext.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/RecordFields.h"

// The shape every record write shares: check the permission, open one write transaction, do the
// write, read the record back, record the change in the audit trail, commit. A service supplies
// only its own SQL and validation; `reread(id)` is the service's get().
namespace AuditedWrite {

template <typename R, typename Reread, typename Write>
Result<qint64> create(const ServiceContext& context, Permission permission, const QString& entityType,
                      Reread reread, Write write)
{
    if (auto allowed = Authorizer::require(context.actor, permission); !allowed)
        return allowed.error();
    Transaction transaction(context.db());
    if (!transaction.started())
        return transaction.started().error();
    Result<qint64> id = write(transaction.connection());
    if (!id)
        return id.error();
    Result<R> stored = reread(id.value());
    if (!stored)
        return stored.error();
    if (auto audited = AuditLog(context).recordCreate(entityType, id.value(),
                                                      RecordFields::toAuditMap(R::fields(), stored.value()));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

// `write(connection, before)` gets the stored record as it was, so it can keep or derive values.
template <typename R, typename Reread, typename Write>
Status update(const ServiceContext& context, Permission permission, const QString& entityType, qint64 id,
              Reread reread, Write write)
{
    if (auto allowed = Authorizer::require(context.actor, permission); !allowed)
        return allowed;
    Transaction transaction(context.db());
    if (!transaction.started())
        return transaction.started();
    Result<R> before = reread(id);
    if (!before)
        return before.error();
    if (Status written = write(transaction.connection(), before.value()); !written)
        return written;
    Result<R> after = reread(id);
    if (!after)
        return after.error();
    if (auto audited = AuditLog(context).recordUpdate(entityType, id,
                                                      RecordFields::toAuditMap(R::fields(), before.value()),
                                                      RecordFields::toAuditMap(R::fields(), after.value()));
        !audited)
        return audited;
    return transaction.commit();
}

// Deletes one row of `table` (dependent rows go by ON DELETE CASCADE).
template <typename R, typename Reread>
Status remove(const ServiceContext& context, Permission permission, const QString& entityType,
              const QString& table, qint64 id, Reread reread)
{
    if (auto allowed = Authorizer::require(context.actor, permission); !allowed)
        return allowed;
    Transaction transaction(context.db());
    if (!transaction.started())
        return transaction.started();
    Result<R> before = reread(id);
    if (!before)
        return before.error();
    auto deleted =
        SqlRun::exec(transaction.connection(),
                     QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    if (auto audited = AuditLog(context).recordDelete(entityType, id,
                                                      RecordFields::toAuditMap(R::fields(), before.value()));
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace AuditedWrite
