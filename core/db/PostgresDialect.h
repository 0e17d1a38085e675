#pragma once

#include "db/SqlDialect.h"

class PostgresDialect final : public SqlDialect
{
public:
    QString name() const override;
    QString driverName() const override;
    QString beginWriteSql() const override;
    QString expandMigration(const QString& sql) const override;
    QString skipLockedSuffix() const override;
    QString migrationLockSql() const override;
    bool hasTrigramSearch() const override { return false; }
    QString orderedJoin() const override { return QStringLiteral("JOIN"); }
};
