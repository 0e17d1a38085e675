#include "records/KeysetSql.h"

#include "db/SqlRun.h"

#include <QStringList>

namespace KeysetSql {

Result<KeysetPage> page(const QSqlDatabase& db, const QString& table, const QString& where,
                        QVariantList binds, const QString& sortExpression, bool descending,
                        const ListCursor& after, int limit)
{
    QString sql = QStringLiteral("SELECT id, ") + sortExpression + QStringLiteral(" FROM ") + table + where;
    if (!after.atStart()) {
        // A row-value comparison lets SQLite and PostgreSQL seek straight into a (key, id) index.
        sql += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("(") +
               sortExpression + QStringLiteral(", id) ") +
               (descending ? QStringLiteral("<") : QStringLiteral(">")) + QStringLiteral(" (?, ?)");
        binds << after.sortValue << after.id;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + sortExpression + direction + QStringLiteral(", id") + direction +
           QStringLiteral(" LIMIT %1").arg(limit);
    auto rows = SqlRun::exec(db, sql, binds);
    if (!rows)
        return rows.error();
    KeysetPage result;
    result.next = after;
    while (rows->next()) {
        result.next.id = rows->value(0).toLongLong();
        result.next.sortValue = rows->value(1);
        result.ids.append(result.next.id);
    }
    result.atEnd = result.ids.size() < limit;
    return result;
}

Result<QSqlQuery> byIds(const QSqlDatabase& db, const QString& select, const QList<qint64>& ids)
{
    QStringList marks;
    QVariantList binds;
    marks.reserve(ids.size());
    for (qint64 id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    if (marks.isEmpty())
        marks << QStringLiteral("NULL");
    return SqlRun::exec(
        db, select + QStringLiteral(" WHERE id IN (") + marks.join(QLatin1Char(',')) + QStringLiteral(")"),
        binds);
}

} // namespace KeysetSql
