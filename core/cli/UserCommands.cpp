#include "cli/UserCommands.h"

#include "auth/UserService.h"
#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"

#include <QFile>

namespace {
// One line from standard input, without its line ending: the password, so that it never shows
// in the process list or the shell history.
Result<QString> readPasswordFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("UserCommands", "Standard input could not be read."));
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Result<Role> roleFrom(const QString& text)
{
    QString code = text.trimmed().toLower();
    code.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    if (auto role = RoleCodes::fromCode(code))
        return role.value();
    return Error::invalid(
        QStringLiteral("role"),
        QCoreApplication::translate("UserCommands",
                                    "\"%1\" is not a role; use sales, marketing, tech_support or admin.")
            .arg(text));
}

Result<bool> booleanFrom(const QString& name, const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("yes"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("no"))
        return false;
    return Error::invalid(name,
                          QCoreApplication::translate("UserCommands", "--%1 takes true or false.").arg(name));
}

int runAdd(CliContext& cli)
{
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "UserCommands", "Name the user, e.g. rapport-cli user add alice --role sales --password-stdin."));
    if (!cli.hasOption(QStringLiteral("role")))
        return cli.usageError(QCoreApplication::translate(
            "UserCommands",
            "Give the new user's role with --role (sales, marketing, tech_support or admin)."));
    if (!cli.flag(QStringLiteral("password_stdin")))
        return cli.usageError(QCoreApplication::translate(
            "UserCommands", "Give the password on standard input with --password-stdin."));
    auto role = roleFrom(cli.option(QStringLiteral("role")));
    if (!role)
        return cli.fail(role.error());
    auto password = readPasswordFromStdin();
    if (!password)
        return cli.fail(password.error());
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    User user;
    user.username = cli.arg(0);
    user.fullName = cli.option(QStringLiteral("full_name"));
    user.email = cli.option(QStringLiteral("email"));
    user.role = role.value();
    auto id = UserService(context.value()).create(user, password.value());
    if (!id)
        return cli.fail(id.error());
    cli.out() << id.value() << '\n';
    return ExitCode::Success;
}

int runList(CliContext& cli)
{
    if (!cli.args().isEmpty())
        return cli.usageError(QCoreApplication::translate("UserCommands", "user list takes no arguments."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto users = UserService(context.value()).list();
    if (!users)
        return cli.fail(users.error());
    cli.print(CliTable::fromRecords(User::fields(), users.value()));
    return ExitCode::Success;
}

int runSet(CliContext& cli)
{
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "UserCommands", "Name the user, e.g. rapport-cli user set alice --role marketing."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    UserService service(context.value());
    auto user = service.findByUsername(cli.arg(0));
    if (!user)
        return cli.fail(user.error());
    const QStringList known = {QStringLiteral("username"), QStringLiteral("full_name"),
                               QStringLiteral("email"), QStringLiteral("role"), QStringLiteral("is_active")};
    const QMap<QString, QString> fields = cli.fieldOptions();
    if (fields.isEmpty())
        return cli.usageError(QCoreApplication::translate(
            "UserCommands", "Name at least one field to change, e.g. --role admin."));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!known.contains(it.key()))
            return cli.usageError(
                QCoreApplication::translate(
                    "UserCommands", "Unknown option --%1; user set changes --username, --full-name, --email, "
                                    "--role and --is-active.")
                    .arg(it.key()));
    }
    User changed = user.value();
    if (fields.contains(QStringLiteral("username")))
        changed.username = fields.value(QStringLiteral("username"));
    if (fields.contains(QStringLiteral("full_name")))
        changed.fullName = fields.value(QStringLiteral("full_name"));
    if (fields.contains(QStringLiteral("email")))
        changed.email = fields.value(QStringLiteral("email"));
    if (fields.contains(QStringLiteral("role"))) {
        auto role = roleFrom(fields.value(QStringLiteral("role")));
        if (!role)
            return cli.fail(role.error());
        changed.role = role.value();
    }
    if (fields.contains(QStringLiteral("is_active"))) {
        auto active = booleanFrom(QStringLiteral("is_active"), fields.value(QStringLiteral("is_active")));
        if (!active)
            return cli.fail(active.error());
        changed.isActive = active.value();
    }
    if (auto updated = service.update(changed); !updated)
        return cli.fail(updated.error());
    cli.out() << changed.id << '\n';
    return ExitCode::Success;
}

int runPassword(CliContext& cli)
{
    if (cli.args().size() != 1 || !cli.flag(QStringLiteral("password_stdin")))
        return cli.usageError(QCoreApplication::translate(
            "UserCommands", "Usage: rapport-cli user password USERNAME --password-stdin."));
    auto password = readPasswordFromStdin();
    if (!password)
        return cli.fail(password.error());
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    UserService service(context.value());
    auto user = service.findByUsername(cli.arg(0));
    if (!user)
        return cli.fail(user.error());
    if (auto reset = service.resetPassword(user->id, password.value()); !reset)
        return cli.fail(reset.error());
    return ExitCode::Success;
}
} // namespace

void registerUserCommands(CliRegistry& registry)
{
    registry.add(
        {{QStringLiteral("user"), QStringLiteral("add")},
         QStringLiteral("user add USERNAME --role ROLE --password-stdin [--full-name N] [--email E]"),
         QCoreApplication::translate(
             "UserCommands", "Create a user (roles: sales, marketing, tech_support, admin); prints its id."),
         {QStringLiteral("password_stdin")},
         runAdd});
    registry.add({{QStringLiteral("user"), QStringLiteral("list")},
                  QStringLiteral("user list"),
                  QCoreApplication::translate(
                      "UserCommands",
                      "List users with their role and whether they are active (never their password)."),
                  {},
                  runList});
    registry.add({{QStringLiteral("user"), QStringLiteral("set")},
                  QStringLiteral("user set USERNAME [--username U] [--full-name N] [--email E] [--role ROLE] "
                                 "[--is-active true|false]"),
                  QCoreApplication::translate("UserCommands",
                                              "Change a user's details, role or whether they may sign in."),
                  {},
                  runSet});
    registry.add({{QStringLiteral("user"), QStringLiteral("password")},
                  QStringLiteral("user password USERNAME --password-stdin"),
                  QCoreApplication::translate(
                      "UserCommands", "Set a new password for a user (also lifts a sign-in lockout)."),
                  {QStringLiteral("password_stdin")},
                  runPassword});
}
