#pragma once

#include "db/SqlDialect.h"

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override;
    QString driverName() const override;
    QString beginWriteSql() const override;
    QString expandMigration(const QString& sql) const override;
    QString skipLockedSuffix() const override;
    QString migrationLockSql() const override;
    bool hasTrigramSearch() const override { return true; }
    QString orderedJoin() const override { return QStringLiteral("CROSS JOIN"); }
};
