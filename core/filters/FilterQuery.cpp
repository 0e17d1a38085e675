#include "filters/FilterQuery.h"

#include "db/Database.h"
#include "db/SqlRun.h"
#include "filters/FilterSqlCompiler.h"

FilterQuery::FilterQuery(const Database& database, FilterContext context)
    : m_database(database), m_context(std::move(context))
{}

Result<qint64> FilterQuery::count(const CheckedFilter& filter) const
{
    return count(filter.entity, filter.root);
}

Result<qint64> FilterQuery::count(FilterEntity entity, const CheckedNode& node) const
{
    const CompiledFilter compiled = FilterSqlCompiler(m_context).compile(entity, node);
    auto total = SqlRun::scalar(m_database.connection(), compiled.countSql(), compiled.binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<QList<qint64>> FilterQuery::ids(const CheckedFilter& filter) const
{
    const CompiledFilter compiled = FilterSqlCompiler(m_context).compile(filter);
    auto rows = SqlRun::exec(m_database.connection(),
                             QStringLiteral("SELECT ") + compiled.idColumn() + QStringLiteral(" FROM ") +
                                 compiled.from + QStringLiteral(" WHERE ") + compiled.where +
                                 QStringLiteral(" ORDER BY ") + compiled.idColumn(),
                             compiled.binds);
    if (!rows)
        return rows.error();
    QList<qint64> result;
    while (rows->next())
        result << rows->value(0).toLongLong();
    return result;
}
