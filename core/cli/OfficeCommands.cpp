#include "cli/OfficeCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"
#include "db/Database.h"
#include "office/OfficeMigration.h"
#include "office/OfficeSecurity.h"

namespace {
int runMigrate(CliContext& cli)
{
    if (!cli.hasOption(QStringLiteral("from")) || !cli.hasOption(QStringLiteral("to")))
        return cli.usageError(QCoreApplication::translate(
            "OfficeCommands",
            "Give both ends: rapport-cli migrate --from FILE.db --to postgresql://user@host/db."));
    auto counts = OfficeMigration::copy(cli.option(QStringLiteral("from")), cli.option(QStringLiteral("to")));
    if (!counts)
        return cli.fail(counts.error());
    CliTable table({QStringLiteral("table"), QStringLiteral("source"), QStringLiteral("target"),
                    QStringLiteral("matches")});
    QStringList mismatched;
    for (const OfficeMigration::TableCount& count : counts.value()) {
        table.addRow({CliTable::text(count.table),
                      CliTable::number(count.source),
                      CliTable::number(count.target),
                      {count.matches() ? QStringLiteral("yes") : QStringLiteral("no"), count.matches()}});
        if (!count.matches())
            mismatched << count.table;
    }
    cli.print(table);
    if (!mismatched.isEmpty())
        return cli.fail(Error::database(
            QCoreApplication::translate(
                "OfficeCommands", "The copy does not match the source in %1; do not use the office database.")
                .arg(mismatched.join(QStringLiteral(", ")))));
    return ExitCode::Success;
}

int runCreateOfficeDb(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    if (auto created = OfficeSecurity::createOfficeDatabase(*context->database); !created)
        return cli.fail(created.error());
    const Database& database = *context->database;
    cli.out() << QCoreApplication::translate(
                     "OfficeCommands",
                     "Office database ready: tables owned by %1; group roles %2, %3, %4, %5. Add users with "
                     "rapport-cli user add.")
                     .arg(OfficeSecurity::ownerRole(database),
                          OfficeSecurity::groupRole(database, Role::Sales),
                          OfficeSecurity::groupRole(database, Role::Marketing),
                          OfficeSecurity::groupRole(database, Role::TechSupport),
                          OfficeSecurity::groupRole(database, Role::Admin))
              << '\n';
    return ExitCode::Success;
}
} // namespace

void registerOfficeCommands(CliRegistry& registry)
{
    CliCommandSpec migrate{{QStringLiteral("migrate")},
                           QStringLiteral("migrate --from FILE.db --to postgresql://user@host:port/dbname"),
                           QCoreApplication::translate(
                               "OfficeCommands",
                               "Copy a desktop's database into a new, empty office database and compare the "
                               "record counts of every table."),
                           {},
                           runMigrate};
    migrate.needsDatabase = false;
    registry.add(migrate);
    registry.add({{QStringLiteral("admin"), QStringLiteral("create-office-db")},
                  QStringLiteral("admin create-office-db (with --db postgresql://admin@host:port/dbname)"),
                  QCoreApplication::translate(
                      "OfficeCommands",
                      "Set up an office database's roles, grants and row-level security (run as a PostgreSQL "
                      "user that may create roles)."),
                  {},
                  runCreateOfficeDb});
}
