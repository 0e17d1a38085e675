#include "db/SqliteDialect.h"

#include "db/MigrationSections.h"

QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::beginWriteSql() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::expandMigration(const QString& sql) const
{
    QString expanded = MigrationSections::forDialect(sql, name());
    expanded.replace(QStringLiteral("{{id}}"), QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    expanded.replace(QStringLiteral("{{blob}}"), QStringLiteral("BLOB"));
    return expanded;
}

QString SqliteDialect::skipLockedSuffix() const
{
    return {};
}

QString SqliteDialect::migrationLockSql() const
{
    return {};
}
