#include "cli/DataCommands.h"

#include "backup/BackupService.h"
#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"
#include "db/Database.h"
#include "importexport/CsvReader.h"
#include "importexport/ExportService.h"
#include "importexport/ImportService.h"

#include <QFileInfo>

namespace {
// At most this many problems are listed; a file with a systematic mistake would otherwise flood
// the terminal with the same sentence.
constexpr int kMaxProblemsShown = 20;

int runImport(CliContext& cli)
{
    if (cli.args().size() != 2)
        return cli.usageError(QCoreApplication::translate(
            "DataCommands", "Say what to import and from which file, e.g. rapport-cli import companies "
                            "companies.csv."));
    const auto type = DataTypes::fromCode(cli.arg(0));
    if (!type || !DataTypes::importable(*type))
        return cli.usageError(
            QCoreApplication::translate("DataCommands",
                                        "Unknown import type \"%1\"; use companies, contacts or contracts.")
                .arg(cli.arg(0)));
    auto document = CsvReader::readFile(cli.arg(1));
    if (!document)
        return cli.fail(document.error());
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());

    ImportRequest request;
    request.type = *type;
    request.document = document.value();
    request.mapping = ImportService::guessMapping(*type, document->headers);
    request.duplicates = cli.flag(QStringLiteral("update")) ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    request.sourceName = QFileInfo(cli.arg(1)).fileName();
    for (int column = 0; column < request.mapping.size(); ++column) {
        if (request.mapping.at(column).isEmpty())
            cli.err() << QCoreApplication::translate("DataCommands",
                                                     "Column \"%1\" matches no field and is ignored.")
                             .arg(document->headers.value(column))
                      << '\n';
    }

    const bool dryRun = cli.flag(QStringLiteral("dry_run"));
    const ImportService service(context.value());
    auto report = dryRun ? service.check(request) : service.run(request);
    if (!report)
        return cli.fail(report.error());
    if (!report->ok()) {
        int shown = 0;
        for (const ImportProblem& problem : std::as_const(report->problems)) {
            if (shown++ == kMaxProblemsShown) {
                cli.err() << QCoreApplication::translate("DataCommands", "… and %1 more problem(s).")
                                 .arg(report->problems.size() - kMaxProblemsShown)
                          << '\n';
                break;
            }
            cli.err() << problem.describe() << '\n';
        }
        cli.err() << QCoreApplication::translate(
                         "DataCommands",
                         "Nothing was imported: fix the line(s) above and run the import again.")
                  << '\n';
        cli.err().flush();
        return ExitCode::InvalidInput;
    }
    if (dryRun) {
        cli.out() << QCoreApplication::translate(
                         "DataCommands",
                         "Checked %1 row(s): %2 would be created, %3 updated and %4 skipped as duplicates. "
                         "Nothing was written.")
                         .arg(report->rows)
                         .arg(report->created)
                         .arg(report->updated)
                         .arg(report->skipped)
                  << '\n';
        return ExitCode::Success;
    }
    cli.out() << QCoreApplication::translate(
                     "DataCommands", "Imported %1 row(s): %2 created, %3 updated, %4 skipped as duplicates.")
                     .arg(report->rows)
                     .arg(report->created)
                     .arg(report->updated)
                     .arg(report->skipped)
              << '\n';
    cli.out() << report->importId << '\n';
    return ExitCode::Success;
}

int runUndoImport(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    const ImportService service(context.value());
    qint64 id = 0;
    if (cli.args().isEmpty()) {
        auto last = service.lastUndoable();
        if (!last)
            return cli.fail(last.error());
        if (!last->has_value())
            return cli.fail(
                Error::notFound(QCoreApplication::translate("DataCommands", "There is no import to undo.")));
        id = last->value().id;
    } else {
        bool ok = false;
        id = cli.arg(0).toLongLong(&ok);
        if (!ok || cli.args().size() > 1)
            return cli.usageError(QCoreApplication::translate(
                "DataCommands", "Give the import's id, e.g. rapport-cli import undo 3."));
    }
    if (auto undone = service.undo(id); !undone)
        return cli.fail(undone.error());
    cli.out() << QCoreApplication::translate("DataCommands", "Import %1 was undone.").arg(id) << '\n';
    return ExitCode::Success;
}

int runExport(CliContext& cli)
{
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "DataCommands", "Say what to export, e.g. rapport-cli export contacts > contacts.csv."));
    const auto type = DataTypes::fromCode(cli.arg(0));
    if (!type)
        return cli.usageError(
            QCoreApplication::translate(
                "DataCommands", "Unknown export type \"%1\"; use companies, contacts, contracts or invoices.")
                .arg(cli.arg(0)));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    ListQuery query;
    query.search = cli.option(QStringLiteral("search"));
    query.activeOnly = cli.flag(QStringLiteral("active_only"));
    query.status = cli.option(QStringLiteral("status"));
    query.sortField = cli.option(QStringLiteral("sort"));
    query.descending = cli.flag(QStringLiteral("desc"));
    if (cli.hasOption(QStringLiteral("company"))) {
        bool ok = false;
        query.companyId = cli.option(QStringLiteral("company")).toLongLong(&ok);
        if (!ok)
            return cli.fail(Error::invalid(
                QStringLiteral("company"),
                QCoreApplication::translate("DataCommands", "--company must be a company id.")));
    }
    QStringList columns;
    if (cli.hasOption(QStringLiteral("columns"))) {
        for (const QString& column : cli.option(QStringLiteral("columns")).split(QLatin1Char(',')))
            columns << column.trimmed();
    }
    auto csv =
        ExportService(context.value()).exportCsv(*type, query, columns, cli.flag(QStringLiteral("bom")));
    if (!csv)
        return cli.fail(csv.error());
    // QString::fromUtf8 drops a leading byte order mark, so it is written as a character.
    const bool bom = csv->startsWith("\xEF\xBB\xBF");
    if (bom)
        cli.out() << QChar(QChar::ByteOrderMark);
    cli.out() << QString::fromUtf8(bom ? csv->mid(3) : csv.value());
    cli.out().flush();
    return ExitCode::Success;
}

// An office PostgreSQL database is the server administrator's to back up (pg_dump), not a desktop's.
Error postgresBackupError()
{
    return Error::usage(QCoreApplication::translate(
        "DataCommands", "backup and restore work on a local SQLite database; back up a PostgreSQL office "
                        "database on the server with pg_dump."));
}

int runBackup(CliContext& cli)
{
    const bool daily = cli.hasOption(QStringLiteral("daily"));
    if (cli.args().size() != (daily ? 0 : 1))
        return cli.usageError(QCoreApplication::translate(
            "DataCommands", "Say where to write the backup, e.g. rapport-cli backup rapport-backup.db, or "
                            "rapport-cli backup --daily FOLDER [--keep N]."));
    if (Database::isPostgresLocation(cli.databaseLocation()))
        return cli.fail(postgresBackupError());
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    if (daily) {
        bool ok = false;
        const int keep = cli.option(QStringLiteral("keep"), QStringLiteral("7")).toInt(&ok);
        if (!ok || keep < 1 || keep > 3650)
            return cli.fail(
                Error::invalid(QStringLiteral("keep"),
                               QCoreApplication::translate("DataCommands",
                                                           "--keep must be a whole number from 1 to 3650.")));
        // The office-local day would need the settings; the UTC day is close enough for a daily copy.
        auto written = BackupService::runDaily(context->db().location(), cli.option(QStringLiteral("daily")),
                                               cli.clock().nowUtc().date(), keep);
        if (!written)
            return cli.fail(written.error());
        if (written->has_value())
            cli.out() << QFileInfo(written->value()).absoluteFilePath() << '\n';
        else
            cli.err() << QCoreApplication::translate("DataCommands",
                                                     "Today's backup already exists; nothing to do.")
                      << '\n';
        return ExitCode::Success;
    }
    if (auto written = BackupService::backup(context->db().location(), cli.arg(0)); !written)
        return cli.fail(written.error());
    cli.out() << QFileInfo(cli.arg(0)).absoluteFilePath() << '\n';
    return ExitCode::Success;
}

int runRestore(CliContext& cli)
{
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "DataCommands", "Say which backup to restore, e.g. rapport-cli restore rapport-backup.db."));
    if (Database::isPostgresLocation(cli.databaseLocation()))
        return cli.fail(postgresBackupError());
    const QString location =
        cli.databaseLocation().isEmpty() ? Database::defaultLocation() : cli.databaseLocation();
    // Restore works on the file directly and never opens (or migrates) the current database first.
    auto restored = BackupService::restore(location, cli.arg(0), cli.clock().nowUtc());
    if (!restored)
        return cli.fail(restored.error());
    // Reopen once so a backup from an older version is brought up to this version's schema.
    auto reopened = Database::open(location);
    if (!reopened)
        return cli.fail(reopened.error());
    if (!restored->previousCopy.isEmpty())
        cli.err() << QCoreApplication::translate("DataCommands", "The database it replaced was kept as %1.")
                         .arg(restored->previousCopy)
                  << '\n';
    cli.out() << QCoreApplication::translate("DataCommands", "Restored %1 into %2.").arg(cli.arg(0), location)
              << '\n';
    return ExitCode::Success;
}
} // namespace

void registerDataCommands(CliRegistry& registry)
{
    registry.add({{QStringLiteral("import")},
                  QStringLiteral("import companies|contacts|contracts FILE.csv [--dry-run] [--update]"),
                  QCoreApplication::translate(
                      "DataCommands",
                      "Import records from CSV (columns matched by header); a bad row imports nothing. "
                      "Duplicates are skipped, or updated with --update; prints the import's id."),
                  {QStringLiteral("dry_run"), QStringLiteral("update")},
                  runImport});
    registry.add({{QStringLiteral("import"), QStringLiteral("undo")},
                  QStringLiteral("import undo [IMPORT_ID]"),
                  QCoreApplication::translate(
                      "DataCommands", "Undo an import (the newest by default), restoring what it changed."),
                  {},
                  runUndoImport});
    registry.add(
        {{QStringLiteral("export")},
         QStringLiteral("export companies|contacts|contracts|invoices [--bom] [--columns a,b,…] "
                        "[--search T] [--active-only] [--company ID] [--status S] [--sort F] [--desc]"),
         QCoreApplication::translate("DataCommands",
                                     "Write a list as CSV to standard output (--bom for Excel)."),
         {QStringLiteral("bom"), QStringLiteral("active_only"), QStringLiteral("desc")},
         runExport});
    registry.add({{QStringLiteral("backup")},
                  QStringLiteral("backup FILE | backup --daily FOLDER [--keep N]"),
                  QCoreApplication::translate(
                      "DataCommands",
                      "Write a consistent copy of the database to FILE, even while Rapport is running; with "
                      "--daily, once a day into FOLDER keeping the newest N (default 7), e.g. from cron."),
                  {},
                  runBackup});
    registry.add({{QStringLiteral("restore")},
                  QStringLiteral("restore FILE"),
                  QCoreApplication::translate(
                      "DataCommands",
                      "Replace the database with a checked backup, keeping the current one as a copy."),
                  {},
                  runRestore,
                  false});
}
