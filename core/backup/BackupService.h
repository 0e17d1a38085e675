#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

// Backup and restore of a Rapport SQLite file. Static functions on paths: they open the files with
// their own raw SQLite handles, so they work while the application keeps its connections open
// and writes (WAL mode lets the backup read a snapshot while writers go on).
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Writes a complete, self-contained copy (rollback-journal mode, no -wal file needed) of the
    // database to `target`, replacing it only once the copy is complete and checked.
    static Status backup(const QString& databasePath, const QString& target);

    // What a file would restore: refuses anything that is not an intact Rapport database this
    // version can open (PRAGMA integrity_check, application id, schema changes all known).
    struct Check
    {
        int schemaVersion = 0; // the newest schema change the file has
        qint64 companies = 0;
    };
    static Result<Check> checkBackup(const QString& backupPath);

    struct Restored
    {
        QString previousCopy; // where the replaced database was kept
        Check check;
    };
    // Checks the backup, keeps the current database as "<name>.before-restore-<time>.db" beside it,
    // then replaces the database's contents with the backup's. Nothing is replaced when a check
    // fails. Connections open on the database must be reopened afterwards.
    static Result<Restored> restore(const QString& databasePath, const QString& backupPath,
                                    const QDateTime& now);

    // Daily automatic backup: when `directory` has no backup from `today` yet, writes
    // rapport-backup-YYYY-MM-DD.db there and deletes the oldest so that `keep` remain. Returns the
    // path written, or nothing when today's backup already exists.
    static Result<std::optional<QString>> runDaily(const QString& databasePath, const QString& directory,
                                                   const QDate& today, int keep);
    // The automatic backups in `directory`, newest first.
    static QStringList dailyBackups(const QString& directory);
};
