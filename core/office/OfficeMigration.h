#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Moves an office from one desktop's SQLite file to a new PostgreSQL database: every table, ids
// kept, identity sequences moved past the copied ids, all in one transaction on the target. The
// result is checked by counting each table's rows on both sides afterwards.
class OfficeMigration
{
    Q_DECLARE_TR_FUNCTIONS(OfficeMigration)

public:
    struct TableCount
    {
        QString table;
        qint64 source = 0;
        qint64 target = 0;
        bool matches() const { return source == target; }
    };

    // `from` must be an existing Rapport SQLite file (it is brought to the current schema, as
    // opening it in the application would); `to` a postgresql:// location whose tables are empty.
    static Result<QList<TableCount>> copy(const QString& from, const QString& to);
};
