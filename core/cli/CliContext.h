#pragma once

#include "cli/CliArguments.h"
#include "cli/CliTable.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

class Database;

// Everything a command handler needs: its arguments, the output streams, the chosen format, and
// the database and clock (opened on first use).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(CliArguments arguments, QStringList commandArgs, QTextStream& out, QTextStream& err);
    ~CliContext();

    // Positional words after the command path.
    const QStringList& args() const { return m_args; }
    QString arg(int index) const { return m_args.value(index); }
    bool hasOption(const QString& name) const { return m_arguments.options.contains(name); }
    QString option(const QString& name, const QString& fallback = {}) const
    {
        return m_arguments.options.value(name, fallback);
    }
    QStringList optionValues(const QString& name) const { return m_arguments.all.values(name); }
    bool flag(const QString& name) const { return m_arguments.flags.contains(name); }
    // Options other than the global ones and `exclude`: the record fields of add/set.
    QMap<QString, QString> fieldOptions(const QStringList& exclude = {}) const;

    OutputFormat format() const { return m_format; }
    QString databaseLocation() const { return option(QStringLiteral("db")); }
    QString smtpPasswordFile() const { return option(QStringLiteral("smtp_password_file")); }

    // Opens the database (creating and migrating it if needed) and builds the service context:
    // the CLI acts as the "cli" actor with the rights of whoever can open the file.
    Result<ServiceContext> services();
    const Clock& clock() const { return *m_clock; }
    // True when --now was given (days are being simulated).
    bool clockIsFixed() const { return m_clockIsFixed; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints the error to stderr as one sentence and returns its exit code.
    int fail(const Error& error);
    int usageError(const QString& message);
    void print(const CliTable& table) { table.print(m_out, m_format); }

    Status prepare(); // parses --format and --now; called by CliApplication

private:
    CliArguments m_arguments;
    QStringList m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    OutputFormat m_format = OutputFormat::Table;
    std::unique_ptr<Clock> m_clock;
    bool m_clockIsFixed = false;
    std::shared_ptr<Database> m_database;
    Actor m_actor = Actor::cli();
};
