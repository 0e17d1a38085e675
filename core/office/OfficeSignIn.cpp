#include "office/OfficeSignIn.h"

#include "auth/Role.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"

#include <QUrl>

QString OfficeSignIn::withCredentials(const QString& location, const QString& username,
                                      const QString& password)
{
    QUrl url(location);
    // `user add` names the login role after the case-folded username (OfficeSecurity).
    url.setUserName(username.trimmed().toCaseFolded());
    url.setPassword(password);
    return url.toString();
}

Result<OfficeSignIn::Signed> OfficeSignIn::signIn(const QString& location, const QString& username,
                                                  const QString& password, const Clock& clock)
{
    if (username.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("username"), tr("Enter your username."));
    if (!Database::isPostgresLocation(location))
        return Error::invalid(
            QStringLiteral("db"),
            tr("\"%1\" is not an office database; write postgresql://host:port/dbname.").arg(location));
    auto opened = Database::open(withCredentials(location, username, password));
    if (!opened) {
        // libpq's own words say whether the server was unreachable or the password was wrong;
        // keep them, but lead with what the person can act on.
        return Error::invalid(
            QStringLiteral("password"),
            tr("The office database did not let \"%1\" in. Check the username and password (your "
               "administrator creates your database account with \"user add\").\n\n%2")
                .arg(username.trimmed(), opened.error().message));
    }
    const std::shared_ptr<Database> database = opened.value();
    auto row = SqlRun::exec(
        database->connection(),
        QStringLiteral(
            "SELECT id, username, role, is_active FROM users WHERE username_key = lower(session_user)"));
    if (!row)
        return row.error();
    if (!row->next())
        return Error::forbidden(
            tr("The database account \"%1\" belongs to no Rapport user; ask an administrator.")
                .arg(username.trimmed()));
    const qint64 id = row->value(0).toLongLong();
    const QString storedName = row->value(1).toString();
    const auto role = RoleCodes::fromCode(row->value(2).toString());
    const bool active = row->value(3).toInt() != 0;
    row->finish();
    if (!active)
        return Error::forbidden(
            tr("The account \"%1\" is deactivated; ask an administrator.").arg(storedName));
    if (!role)
        return Error::database(tr("The account \"%1\" has an unknown role.").arg(storedName));
    auto touched = SqlRun::exec(database->connection(),
                                QStringLiteral("UPDATE users SET last_sign_in_at = ? WHERE id = ?"),
                                {TimeFormat::toStoredTimestamp(clock.nowUtc()), id});
    if (!touched)
        return touched.error();
    return Signed{database, Actor{id, storedName, *role}};
}
