#pragma once

#include "importexport/CsvDocument.h"
#include "importexport/DataType.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

enum class DuplicatePolicy
{
    Skip,   // keep the stored record, ignore the row
    Update, // overwrite the stored record's mapped fields with the row's non-empty cells
};

// What to import: the parsed file, which field each column goes to (empty = ignore the column)
// and what to do with rows that match a stored record.
struct ImportRequest
{
    DataType type = DataType::Companies;
    CsvDocument document;
    QStringList mapping; // one entry per document column: a field name, or empty
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    QString sourceName; // the file name, remembered in the journal
};

struct ImportProblem
{
    int line = 0; // 0 = not about one line (e.g. the column mapping)
    QString field;
    QString message;

    QString describe() const;
};

struct ImportReport
{
    int rows = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    QList<int> duplicateLines; // rows matching a stored record (or an earlier row of the file)
    QList<ImportProblem> problems;
    qint64 importId = 0; // set when the import was written; 0 for a check or a refused import

    bool ok() const { return problems.isEmpty(); }
};

// One committed import as the journal remembers it.
struct ImportRun
{
    qint64 id = 0;
    DataType type = DataType::Companies;
    QString sourceName;
    QString actor;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    QDateTime importedAt;
    QDateTime undoneAt;
};
