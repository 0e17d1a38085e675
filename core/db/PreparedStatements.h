#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <map>
#include <memory>

// Statements prepared once and run many times on one connection, for a hot loop such as mail
// delivery: preparing (parsing and planning) a statement costs more than running a short one.
// A result must be read (or finish()ed) before the same statement runs again. Not thread-safe:
// one instance per thread, as connections are.
class PreparedStatements
{
public:
    // The query, run and ready to read; it stays owned here and valid until the same SQL runs
    // again (QSqlQuery is not meant to be copied).
    Result<QSqlQuery*> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

private:
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries; // by SQL text, for the connection below
    QString m_connectionName;
};
