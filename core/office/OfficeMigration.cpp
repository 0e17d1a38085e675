#include "office/OfficeMigration.h"

#include "db/Database.h"
#include "db/SqlRun.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
// Big enough that a demo database takes a few round trips per table, small enough to stay far
// below PostgreSQL's 65,535 parameters per statement.
constexpr int kParametersPerStatement = 4000;

QString quoted(const QSqlDatabase& db, const QString& identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

Result<QStringList> column(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    auto query = SqlRun::exec(db, sql, binds);
    if (!query)
        return query.error();
    QStringList values;
    while (query->next())
        values << query->value(0).toString();
    return values;
}

// The source's tables in an order where every table comes after the tables it references, so
// foreign keys hold row by row. SQLite-only tables (full-text indexes and their shadow tables)
// are left out: the PostgreSQL schema has its own equivalents or none.
Result<QStringList> sourceTablesInDependencyOrder(const QSqlDatabase& source)
{
    auto virtualTables = column(
        source,
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"));
    if (!virtualTables)
        return virtualTables.error();
    auto all =
        column(source, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                      "LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name"));
    if (!all)
        return all.error();
    QStringList tables;
    for (const QString& table : all.value()) {
        bool shadow = virtualTables->contains(table);
        for (const QString& virtualTable : virtualTables.value())
            shadow = shadow || table.startsWith(virtualTable + QLatin1Char('_'));
        if (!shadow)
            tables << table;
    }
    QHash<QString, QSet<QString>> references;
    for (const QString& table : std::as_const(tables)) {
        auto parents =
            column(source, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {table});
        if (!parents)
            return parents.error();
        for (const QString& parent : parents.value())
            if (parent != table) // self references hold because rows are copied in id order
                references[table].insert(parent);
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const QString& table : std::as_const(tables)) {
            if (placed.contains(table))
                continue;
            bool ready = true;
            for (const QString& parent : references.value(table))
                ready = ready && (placed.contains(parent) || !tables.contains(parent));
            if (ready) {
                ordered << table;
                placed.insert(table);
                progressed = true;
            }
        }
        if (!progressed)
            return Error::database(
                OfficeMigration::tr("The tables' foreign keys form a cycle; the database cannot be copied."));
    }
    return ordered;
}

Result<qint64> rowCount(const QSqlDatabase& db, const QString& table)
{
    auto count = SqlRun::scalar(db, QStringLiteral("SELECT count(*) FROM ") + quoted(db, table));
    if (!count)
        return count.error();
    return count->toLongLong();
}

Status copyTable(const QSqlDatabase& source, const QSqlDatabase& target, const QString& table,
                 const QStringList& targetColumns)
{
    const QSqlRecord sourceRecord = source.record(table);
    QStringList columns;
    for (const QString& name : targetColumns)
        if (sourceRecord.contains(name))
            columns << name;
    if (columns.isEmpty())
        return Status::success();
    QStringList sourceList, targetList;
    for (const QString& name : std::as_const(columns)) {
        sourceList << quoted(source, name);
        targetList << quoted(target, name);
    }
    const bool hasId = columns.contains(QStringLiteral("id"));
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3")
                       .arg(sourceList.join(QStringLiteral(", ")), quoted(source, table),
                            hasId ? QStringLiteral(" ORDER BY id") : QString())))
        return SqlRun::errorFrom(read);
    const QString insertHead = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                                   .arg(quoted(target, table), targetList.join(QStringLiteral(", ")));
    const QString rowPlaceholders = QLatin1Char('(') +
                                    QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                                    QLatin1Char(')');
    const int rowsPerStatement = std::max(1, kParametersPerStatement / int(columns.size()));
    QVariantList binds;
    int pendingRows = 0;
    const auto flush = [&]() -> Status {
        if (pendingRows == 0)
            return Status::success();
        const QString sql = insertHead + QStringList(pendingRows, rowPlaceholders).join(QLatin1Char(','));
        auto inserted = SqlRun::exec(target, sql, binds);
        binds.clear();
        pendingRows = 0;
        if (!inserted)
            return inserted.error();
        return Status::success();
    };
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            binds << read.value(i);
        if (++pendingRows == rowsPerStatement)
            if (auto flushed = flush(); !flushed)
                return flushed;
    }
    if (read.lastError().isValid())
        return SqlRun::errorFrom(read);
    return flush();
}
} // namespace

Result<QList<OfficeMigration::TableCount>> OfficeMigration::copy(const QString& from, const QString& to)
{
    if (Database::isPostgresLocation(from))
        return Error::invalid(QStringLiteral("from"),
                              tr("--from must be a local database file, not a PostgreSQL location."));
    if (!Database::isPostgresLocation(to))
        return Error::invalid(
            QStringLiteral("to"),
            tr("--to must be a PostgreSQL location such as postgresql://user@host:5432/rapport."));
    if (!QFileInfo(from).isFile())
        return Error::io(tr("%1 does not exist.").arg(from));

    auto sourceDb = Database::open(from);
    if (!sourceDb)
        return sourceDb.error();
    auto targetDb = Database::open(to);
    if (!targetDb)
        return targetDb.error();
    const QSqlDatabase source = (*sourceDb)->connection();
    const QSqlDatabase target = (*targetDb)->connection();

    auto tables = sourceTablesInDependencyOrder(source);
    if (!tables)
        return tables.error();
    auto targetTables = column(target, QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                      "WHERE table_schema = current_schema()"));
    if (!targetTables)
        return targetTables.error();
    for (const QString& table : tables.value()) {
        if (!targetTables->contains(table))
            return Error::database(
                tr("The office database has no table %1; it is not at this version of Rapport.").arg(table));
        auto existing = rowCount(target, table);
        if (!existing)
            return existing.error();
        if (existing.value() > 0)
            return Error::conflict(
                QStringLiteral("to"),
                tr("The office database already holds data (table %1); migrate only into a "
                   "new, empty database.")
                    .arg(table));
    }

    QSqlDatabase writer = target;
    if (!writer.transaction())
        return Error::database(writer.lastError().text());
    for (const QString& table : tables.value()) {
        auto targetColumns = column(target,
                                    QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                                   "table_schema = current_schema() AND table_name = ? "
                                                   "ORDER BY ordinal_position"),
                                    {table});
        Status copied = targetColumns ? copyTable(source, target, table, targetColumns.value())
                                      : Status(targetColumns.error());
        if (copied) {
            // Ids were copied explicitly, so each identity must continue after the largest one,
            // or after the largest ever handed out: SQLite's AUTOINCREMENT never reuses the id
            // of a deleted row, and neither may the office database.
            const qint64 handedOut =
                SqlRun::scalar(source, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = ?"),
                               {table})
                    .valueOr(QVariant())
                    .toLongLong();
            auto identities = column(
                target,
                QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                               "current_schema() AND table_name = ? AND is_identity = 'YES'"),
                {table});
            if (!identities)
                copied = identities.error();
            for (const QString& identity : identities.valueOr({})) {
                if (!copied)
                    break;
                auto reset = SqlRun::exec(
                    target,
                    QStringLiteral(
                        "SELECT setval(pg_get_serial_sequence(?, ?), greatest(coalesce(max(%1), 0), ?) + 1, "
                        "false) FROM %2")
                        .arg(quoted(target, identity), quoted(target, table)),
                    {quoted(target, table), identity, handedOut});
                if (!reset)
                    copied = reset.error();
            }
        }
        if (!copied) {
            writer.rollback();
            return Error::database(tr("Copying the table %1 failed: %2").arg(table, copied.error().message));
        }
    }
    if (!writer.commit())
        return Error::database(writer.lastError().text());

    QList<TableCount> counts;
    for (const QString& table : tables.value()) {
        auto inSource = rowCount(source, table);
        auto inTarget = rowCount(target, table);
        if (!inSource)
            return inSource.error();
        if (!inTarget)
            return inTarget.error();
        counts.append({table, inSource.value(), inTarget.value()});
    }
    return counts;
}
