#include "cli/CliApplication.h"

#include "cli/CliArguments.h"
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"

namespace {
void printHelp(const CliRegistry& registry, QTextStream& out)
{
    out << CliApplication::tr(
               "Usage: rapport-cli [--db LOCATION] [--now ISO-8601] [--format table|csv|json] COMMAND …")
        << "\n\n";
    out << CliApplication::tr("Global options:") << '\n'
        << "  --db LOCATION             "
        << CliApplication::tr("SQLite database file (default: the user's data directory)") << '\n'
        << "  --now ISO-8601            " << CliApplication::tr("pretend the current time is this") << '\n'
        << "  --format table|csv|json   " << CliApplication::tr("output format for commands that list")
        << '\n'
        << "  --smtp-password-file FILE " << CliApplication::tr("read the SMTP password from this file")
        << '\n'
        << "  --help, --version\n\n";
    out << CliApplication::tr("Commands:") << '\n';
    for (const CliCommandSpec& spec : registry.commands())
        out << "  " << spec.usage << "\n      " << spec.summary << '\n';
    out << '\n'
        << CliApplication::tr("Exit codes: 0 success, 1 usage error, 2 invalid input, 3 database or I/O "
                              "error, 4 delivery error.")
        << '\n';
}
} // namespace

int CliApplication::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CliRegistry registry;
    registerAllCommands(registry);

    QStringList flagNames = registry.allFlags();
    flagNames << QStringLiteral("help") << QStringLiteral("version");
    auto parsed = CliArguments::parse(arguments, flagNames);
    if (!parsed) {
        err << parsed.error().message << '\n';
        return ExitCode::Usage;
    }
    if (parsed->flags.contains(QStringLiteral("version"))) {
        out << "rapport-cli " << RAPPORT_VERSION << '\n';
        return ExitCode::Success;
    }
    if (parsed->flags.contains(QStringLiteral("help")) || parsed->words.isEmpty()) {
        printHelp(registry, out);
        return parsed->words.isEmpty() && !parsed->flags.contains(QStringLiteral("help")) ? ExitCode::Usage
                                                                                          : ExitCode::Success;
    }
    const CliCommandSpec* spec = registry.match(parsed->words);
    if (!spec) {
        err << tr("Unknown command \"%1\"; run rapport-cli --help for the list.")
                   .arg(parsed->words.join(QLatin1Char(' ')))
            << '\n';
        return ExitCode::Usage;
    }
    // A flag of another command given here would have been read as a value-less option; refuse
    // flags this command does not declare so that a typo never passes silently.
    for (const QString& flag : std::as_const(parsed->flags)) {
        if (!spec->flags.contains(flag)) {
            err << tr("The option --%1 does not apply to \"%2\" (usage: %3).")
                       .arg(flag, spec->path.join(QLatin1Char(' ')), spec->usage)
                << '\n';
            return ExitCode::Usage;
        }
    }
    CliContext context(parsed.value(), parsed->words.mid(spec->path.size()), out, err);
    if (auto prepared = context.prepare(); !prepared)
        return context.fail(prepared.error());
    const int code = spec->handler(context);
    out.flush();
    err.flush();
    return code;
}
