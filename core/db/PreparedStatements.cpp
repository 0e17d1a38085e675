#include "db/PreparedStatements.h"

#include "db/SqlRun.h"

Result<QSqlQuery*> PreparedStatements::exec(const QSqlDatabase& db, const QString& sql,
                                            const QVariantList& values)
{
    if (db.connectionName() != m_connectionName) {
        m_queries.clear();
        m_connectionName = db.connectionName();
    }
    auto found = m_queries.find(sql);
    if (found == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return SqlRun::errorFrom(*query);
        found = m_queries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery* query = found->second.get();
    query->finish();
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), SqlRun::bindable(values.at(i)));
    if (!query->exec()) {
        const Error error = SqlRun::errorFrom(*query);
        m_queries.erase(found); // prepared afresh next time, in case the failure spoilt it
        return error;
    }
    return query;
}
