#include "db/SqlRun.h"

#include <QCoreApplication>
#include <QSqlError>

namespace SqlRun {

Error errorFrom(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (text.contains(QLatin1String("UNIQUE constraint"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("duplicate key"), Qt::CaseInsensitive))
        return Error::conflict(
            {}, QCoreApplication::translate("SqlRun", "A record with the same key already exists (%1).")
                    .arg(text));
    if (text.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("foreign key"), Qt::CaseInsensitive))
        return Error::invalid({}, QCoreApplication::translate(
                                      "SqlRun", "A referenced record does not exist or is still in use (%1).")
                                      .arg(text));
    return Error::database(
        QCoreApplication::translate("SqlRun", "The database reported an error: %1").arg(text));
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL (CREATE, LOCK, …); statements without values run directly.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return errorFrom(query);
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query);
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return errorFrom(query);
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

QVariant bindable(const QVariant& value)
{
    // A null QString binds as SQL NULL; text columns are NOT NULL DEFAULT '', so an unset field
    // must bind as ''.
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
}

} // namespace SqlRun
