#include "backup/BackupService.h"

#include "backup/SqliteFile.h"
#include "db/MigrationRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace {
constexpr qint64 kApplicationId = 0x52415054; // "RAPT", as Database marks its files

void removeWithSidecars(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

Status integrityOk(SqliteFile& file, const QString& path)
{
    auto result = file.column(QStringLiteral("PRAGMA integrity_check"));
    if (!result)
        return Error::invalid(
            QStringLiteral("file"),
            QCoreApplication::translate("BackupService", "%1 is damaged or not a database (%2).")
                .arg(path, result.error().message));
    if (result->size() != 1 || result->first().toString() != QLatin1String("ok"))
        return Error::invalid(
            QStringLiteral("file"),
            QCoreApplication::translate(
                "BackupService",
                "%1 is damaged: the integrity check found %2 problem(s), the first being \"%3\".")
                .arg(path)
                .arg(result->size())
                .arg(result->value(0).toString()));
    return Status::success();
}
} // namespace

Status BackupService::backup(const QString& databasePath, const QString& target)
{
    if (!QFileInfo::exists(databasePath))
        return Error::io(
            QCoreApplication::translate("BackupService", "There is no database at %1 to back up.")
                .arg(databasePath));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error::invalid(
            QStringLiteral("file"),
            QCoreApplication::translate("BackupService", "A backup cannot overwrite the database itself."));
    const QString partial = target + QStringLiteral(".partial");
    removeWithSidecars(partial);
    {
        SqliteFile source;
        if (auto opened = source.open(databasePath, SqliteFile::Mode::ReadWrite); !opened)
            return opened;
        SqliteFile destination;
        if (auto opened = destination.open(partial, SqliteFile::Mode::ReadWriteCreate); !opened)
            return opened;
        if (auto copied = SqliteFile::copy(source, destination); !copied) {
            destination.close();
            removeWithSidecars(partial);
            return copied;
        }
        // The copy carries the live file's WAL flag; switch it to a plain rollback journal so the
        // backup is one self-contained file.
        if (auto mode = destination.exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !mode) {
            destination.close();
            removeWithSidecars(partial);
            return mode;
        }
        if (auto intact = integrityOk(destination, target); !intact) {
            destination.close();
            removeWithSidecars(partial);
            return intact;
        }
    }
    removeWithSidecars(target);
    if (!QFile::rename(partial, target)) {
        removeWithSidecars(partial);
        return Error::io(
            QCoreApplication::translate("BackupService", "Cannot write the backup to %1.").arg(target));
    }
    return Status::success();
}

Result<BackupService::Check> BackupService::checkBackup(const QString& backupPath)
{
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("BackupService", "Cannot read %1: %2")
                             .arg(backupPath, file.errorString()));
    if (!file.read(16).startsWith("SQLite format 3"))
        return Error::invalid(
            QStringLiteral("file"),
            QCoreApplication::translate("BackupService", "%1 is not a Rapport backup.").arg(backupPath));
    file.close();

    SqliteFile backup;
    if (auto opened = backup.open(backupPath, SqliteFile::Mode::ReadOnly); !opened)
        return opened.error();
    if (auto intact = integrityOk(backup, backupPath); !intact)
        return intact.error();
    auto appId = backup.column(QStringLiteral("PRAGMA application_id"));
    if (!appId || appId->value(0).toLongLong() != kApplicationId)
        return Error::invalid(
            QStringLiteral("file"),
            QCoreApplication::translate("BackupService", "%1 is not a Rapport backup.").arg(backupPath));
    auto versions = backup.column(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    if (!versions || versions->isEmpty())
        return Error::invalid(QStringLiteral("file"),
                              QCoreApplication::translate(
                                  "BackupService", "%1 is not a Rapport backup (it has no schema version).")
                                  .arg(backupPath));
    QSet<int> known;
    int newestKnown = 0;
    for (const MigrationRunner::Migration& migration : MigrationRunner::available()) {
        known.insert(migration.version);
        newestKnown = std::max(newestKnown, migration.version);
    }
    Check check;
    for (const QVariant& version : std::as_const(versions.value())) {
        if (!known.contains(version.toInt()))
            return Error::invalid(
                QStringLiteral("file"),
                QCoreApplication::translate(
                    "BackupService",
                    "%1 was made by a newer version of Rapport (schema change %2; this version "
                    "knows up to %3); update Rapport to restore it.")
                    .arg(backupPath)
                    .arg(version.toInt())
                    .arg(newestKnown));
        check.schemaVersion = std::max(check.schemaVersion, version.toInt());
    }
    auto companies = backup.column(QStringLiteral("SELECT count(*) FROM companies"));
    if (!companies)
        return Error::invalid(
            QStringLiteral("file"),
            QCoreApplication::translate("BackupService", "%1 is not a Rapport backup.").arg(backupPath));
    check.companies = companies->value(0).toLongLong();
    return check;
}

Result<BackupService::Restored> BackupService::restore(const QString& databasePath, const QString& backupPath,
                                                       const QDateTime& now)
{
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return Error::invalid(
            QStringLiteral("file"),
            QCoreApplication::translate("BackupService", "Choose a backup file, not the database itself."));
    auto check = checkBackup(backupPath);
    if (!check)
        return check.error();

    Restored restored;
    restored.check = check.value();
    if (QFileInfo::exists(databasePath)) {
        const QFileInfo info(databasePath);
        restored.previousCopy = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                                QStringLiteral(".before-restore-") +
                                now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                                QStringLiteral(".db");
        if (auto kept = backup(databasePath, restored.previousCopy); !kept)
            return Error(kept.error().code, kept.error().field,
                         QCoreApplication::translate(
                             "BackupService",
                             "The current database could not be kept as a copy, so nothing was restored: %1")
                             .arg(kept.error().message));
    }

    // Copy the backup's pages into the live file through SQLite, under its locks: connections that
    // stay open see the restored content (the WAL flag of the live file is preserved).
    SqliteFile source;
    if (auto opened = source.open(backupPath, SqliteFile::Mode::ReadOnly); !opened)
        return opened.error();
    SqliteFile destination;
    if (auto opened = destination.open(databasePath, SqliteFile::Mode::ReadWriteCreate); !opened)
        return opened.error();
    if (auto copied = SqliteFile::copy(source, destination); !copied)
        return copied.error();
    if (auto intact = integrityOk(destination, databasePath); !intact)
        return intact.error();
    return restored;
}

QStringList BackupService::dailyBackups(const QString& directory)
{
    static const QRegularExpression pattern(QStringLiteral("^rapport-backup-\\d{4}-\\d{2}-\\d{2}\\.db$"));
    QStringList result;
    const QStringList names = QDir(directory).entryList({QStringLiteral("rapport-backup-*.db")}, QDir::Files,
                                                        QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        if (pattern.match(name).hasMatch())
            result << QDir(directory).filePath(name);
    }
    return result;
}

Result<std::optional<QString>> BackupService::runDaily(const QString& databasePath, const QString& directory,
                                                       const QDate& today, int keep)
{
    if (!QDir().mkpath(directory))
        return Error::io(QCoreApplication::translate("BackupService", "Cannot create the backup folder %1.")
                             .arg(directory));
    const QString target = QDir(directory).filePath(
        QStringLiteral("rapport-backup-%1.db").arg(today.toString(QStringLiteral("yyyy-MM-dd"))));
    if (QFileInfo::exists(target))
        return std::optional<QString>();
    if (auto written = backup(databasePath, target); !written)
        return written.error();
    const QStringList all = dailyBackups(directory);
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all.at(i));
    return std::optional<QString>(target);
}
