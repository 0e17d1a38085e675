#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Applies the numbered SQL files in :/migrations (NNNN_name.sql), each in its own transaction,
// and records each in schema_migrations. Any migration not yet recorded is applied, in number
// order; a database that records a migration this build does not know is newer and is refused.
class MigrationRunner
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    explicit MigrationRunner(const Database& database);

    Status migrate();
    static QList<Migration> available();
    // Splits a migration file into statements: on ';' outside quotes, comments, dollar-quoted
    // bodies and CREATE TRIGGER … END blocks.
    static QStringList splitStatements(const QString& sql);

private:
    const Database& m_database;
};
