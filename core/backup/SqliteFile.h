#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

struct sqlite3;

// A raw SQLite handle opened with sqlite3_open_v2 beside Qt's driver: the online backup API and
// read-only inspection of a file that must not be migrated or otherwise touched.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite,       // the file must exist
        ReadWriteCreate, // created when missing
    };

    SqliteFile() = default;
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    Status open(const QString& path, Mode mode);
    void close();
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    // Runs one statement and returns the first column of every row (for PRAGMAs and counts).
    Result<QVariantList> column(const QString& sql);
    Status exec(const QString& sql);
    QString lastError() const;

    // Copies every page of `source` into `destination` with sqlite3_backup: a consistent snapshot
    // taken under a read transaction, so the application can keep writing (WAL) meanwhile.
    static Status copy(SqliteFile& source, SqliteFile& destination);

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};
