#pragma once

#include <QString>

// The one seam for SQL that differs between SQLite and PostgreSQL. Everything else in core writes
// SQL both accept (ON CONFLICT … DO NOTHING, RETURNING, TEXT timestamps, case-folded key columns).
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    virtual QString name() const = 0;       // "sqlite", "postgresql"
    virtual QString driverName() const = 0; // the Qt SQL driver
    // Starts a write transaction that takes the write lock at once, so two writers never deadlock.
    virtual QString beginWriteSql() const = 0;
    // Replaces the type tokens used by migration files: {{id}} (auto-increment primary key),
    // {{blob}} (binary data).
    virtual QString expandMigration(const QString& sql) const = 0;
    // A row lock for "claim then update" queries: empty on SQLite, where BEGIN IMMEDIATE already
    // serialises writers; "FOR UPDATE SKIP LOCKED" on PostgreSQL.
    virtual QString skipLockedSuffix() const = 0;
    // Taken inside each migration's transaction so concurrent starts apply it once; empty on
    // SQLite, where BEGIN IMMEDIATE already excludes other writers.
    virtual QString migrationLockSql() const = 0;
    // True when the lists' substring search can use the FTS5 trigram indexes of migration 0009
    // (<table>_search); otherwise search scans with LIKE.
    virtual bool hasTrigramSearch() const = 0;
    // A join that reads its left table first, to walk that table's index in ORDER BY order when
    // matches are dense: SQLite's CROSS JOIN fixes the order; PostgreSQL's planner costs it itself.
    virtual QString orderedJoin() const = 0;
};
