#pragma once

#include "common/Result.h"
#include "records/KeysetPage.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

// The SQL shared by the record services' keyset paging and bulk reads by id.
namespace KeysetSql {
// Runs "SELECT id, <sortExpression> FROM <table><where> … ORDER BY <sortExpression>, id" from
// `after`, `limit` rows at most. `where` is empty or starts with " WHERE ". The sort expression
// must never be NULL (wrap nullable columns in COALESCE) so that the row-value comparison holds.
Result<KeysetPage> page(const QSqlDatabase& db, const QString& table, const QString& where,
                        QVariantList binds, const QString& sortExpression, bool descending,
                        const ListCursor& after, int limit);

// "<select> WHERE id IN (…)" for the given ids (any order of rows comes back).
Result<QSqlQuery> byIds(const QSqlDatabase& db, const QString& select, const QList<qint64>& ids);
} // namespace KeysetSql
