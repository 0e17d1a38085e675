#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

// Prepared statements with bound values, returning a Result instead of a bool to check.
namespace SqlRun {
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// Runs a query expected to yield one row with one column; an empty QVariant when no row comes back.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});
// The value to bind for `value`: an unset (null) QString binds as '' (text columns are NOT NULL
// DEFAULT ''); NULL is asked for explicitly with nullIfEmpty().
QVariant bindable(const QVariant& value);
// A translated one-sentence description of a failed query (without the SQL text itself).
Error errorFrom(const QSqlQuery& query);
// NULL for an empty string, so optional text and references store as NULL.
QVariant nullIfEmpty(const QString& text);
QVariant nullIfZero(qint64 id);
} // namespace SqlRun
