#include "cli/CliContext.h"

#include "cli/ExitCode.h"
#include "common/FixedClock.h"
#include "common/SystemClock.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"

namespace {
const QStringList kGlobalOptions = {QStringLiteral("db"), QStringLiteral("now"), QStringLiteral("format"),
                                    QStringLiteral("smtp_password_file")};
}

CliContext::CliContext(CliArguments arguments, QStringList commandArgs, QTextStream& out, QTextStream& err)
    : m_arguments(std::move(arguments)), m_args(std::move(commandArgs)), m_out(out), m_err(err),
      m_clock(std::make_unique<SystemClock>())
{}

CliContext::~CliContext() = default;

Status CliContext::prepare()
{
    const QString format = option(QStringLiteral("format"), QStringLiteral("table")).toLower();
    if (format == QLatin1String("table"))
        m_format = OutputFormat::Table;
    else if (format == QLatin1String("csv"))
        m_format = OutputFormat::Csv;
    else if (format == QLatin1String("json"))
        m_format = OutputFormat::Json;
    else
        return Error::usage(tr("--format must be table, csv or json, not \"%1\".").arg(format));

    if (hasOption(QStringLiteral("now"))) {
        const QDateTime now = TimeFormat::parseUserTimestamp(option(QStringLiteral("now")));
        if (!now.isValid())
            return Error::usage(
                tr("--now must be an ISO-8601 date or date-time, such as 2026-03-01T09:00:00+07:00."));
        m_clock = std::make_unique<FixedClock>(now);
        m_clockIsFixed = true;
    }
    return Status::success();
}

QMap<QString, QString> CliContext::fieldOptions(const QStringList& exclude) const
{
    QMap<QString, QString> fields = m_arguments.options;
    for (const QString& name : kGlobalOptions)
        fields.remove(name);
    for (const QString& name : exclude)
        fields.remove(name);
    return fields;
}

Result<ServiceContext> CliContext::services()
{
    if (!m_database) {
        auto opened = Database::open(databaseLocation());
        if (!opened)
            return opened.error();
        m_database = opened.value();
        m_actor = Actor::cli();
        // SPEC §10: against a shared PostgreSQL database the CLI acts as the user it signed in
        // as (the login role of `user add`), so the service layer checks that user's rights as
        // the database does. A role without a Rapport user (the administrator's) stays "cli".
        if (m_database->dialect().name() == QLatin1String("postgresql")) {
            auto user =
                SqlRun::exec(m_database->connection(),
                             QStringLiteral("SELECT id, username, role FROM users WHERE username_key = "
                                            "lower(session_user) AND is_active = 1"));
            if (user && user->next()) {
                if (auto role = RoleCodes::fromCode(user->value(2).toString()))
                    m_actor = Actor{user->value(0).toLongLong(), user->value(1).toString(), role.value()};
            }
        }
    }
    return ServiceContext{m_database, m_clock.get(), m_actor};
}

int CliContext::fail(const Error& error)
{
    // Name the field at fault first, so scripts and people see what to fix.
    m_err << (error.field.isEmpty() || error.message.contains(error.field) ? error.message : error.describe())
          << '\n';
    m_err.flush();
    return ExitCode::fromError(error);
}

int CliContext::usageError(const QString& message)
{
    return fail(Error::usage(message));
}
