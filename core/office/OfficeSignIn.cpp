#include "office/OfficeSignIn.h"

#include "auth/Role.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"

#include <QTcpSocket>
#include <QUrl>

Status OfficeSignIn::checkReachable(const QString& location, int timeoutMs)
{
    const QUrl url(location);
    const QString host = url.host();
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')))
        return Status::success(); // a local socket: libpq answers at once
    QTcpSocket socket;
    socket.connectToHost(host, quint16(url.port(5432)));
    if (socket.waitForConnected(timeoutMs)) {
        socket.abort();
        return Status::success();
    }
    const QString why = socket.error() == QAbstractSocket::SocketTimeoutError
                            ? tr("no answer within %n second(s)", nullptr, timeoutMs / 1000)
                            : socket.errorString();
    return Error::io(tr("Cannot reach the office database server %1:%2 (%3). Check the office database "
                        "address and your network, and that the server is running.")
                         .arg(host)
                         .arg(url.port(5432))
                         .arg(why));
}

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
    // libpq would wait up to its connect_timeout for a server that does not answer and then
    // report it as a failed sign-in; a plain TCP connect first says so sooner, and says the
    // address is the problem rather than the password.
    if (auto reachable = checkReachable(location); !reachable)
        return reachable.error();
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
