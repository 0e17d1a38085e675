#include "auth/Authenticator.h"

#include "auth/PasswordHasher.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"

namespace {
QString keyFor(const QString& username)
{
    return username.trimmed().toCaseFolded();
}

// A hash to check against when the username does not exist, so that an unknown name costs as
// much time as a wrong password and the timing does not reveal who has an account.
const QString& dummyHash()
{
    static const QString hash =
        PasswordHasher::hash(QStringLiteral("rapport-no-such-user")).valueOr(QString());
    return hash;
}
} // namespace

Authenticator::Authenticator(ServiceContext context) : m_context(std::move(context)) {}

Result<int> Authenticator::failedAttempts(const QString& username) const
{
    auto count =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT failed_count FROM sign_in_attempts WHERE username_key = ?"),
                       {keyFor(username)});
    if (!count)
        return count.error();
    return count->isNull() ? 0 : count->toInt();
}

Result<int> Authenticator::secondsToWait(const QString& username) const
{
    auto row = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT failed_count, last_failed_at FROM sign_in_attempts WHERE username_key = ?"),
        {keyFor(username)});
    if (!row)
        return row.error();
    if (!row->next() || row->value(0).toInt() < kFreeAttempts)
        return 0;
    const QDateTime lastFailure = TimeFormat::fromStoredTimestamp(row->value(1).toString());
    const qint64 elapsed = lastFailure.secsTo(m_context.now());
    // A clock set back (elapsed < 0) must not lock anyone out for longer than one delay.
    if (elapsed < 0)
        return kDelaySeconds;
    return elapsed >= kDelaySeconds ? 0 : static_cast<int>(kDelaySeconds - elapsed);
}

Status Authenticator::recordFailure(const QString& usernameKey) const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto stored = SqlRun::exec(
        transaction.connection(),
        QStringLiteral(
            "INSERT INTO sign_in_attempts (username_key, failed_count, last_failed_at) VALUES (?, 1, ?) "
            "ON CONFLICT (username_key) DO UPDATE SET failed_count = sign_in_attempts.failed_count + 1, "
            "last_failed_at = excluded.last_failed_at"),
        {usernameKey, TimeFormat::toStoredTimestamp(m_context.now())});
    if (!stored)
        return stored.error();
    return transaction.commit();
}

Result<Actor> Authenticator::signIn(const QString& username, const QString& password) const
{
    const QString key = keyFor(username);
    if (key.isEmpty())
        return Error::invalid(QStringLiteral("username"), tr("Enter your username."));
    auto wait = secondsToWait(username);
    if (!wait)
        return wait.error();
    if (wait.value() > 0)
        return Error::forbidden(
            tr("Too many failed sign-in attempts. Wait %n second(s) and try again.", nullptr, wait.value()));

    auto row = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "SELECT id, username, role, is_active, password_hash FROM users WHERE username_key = ?"),
        {key});
    if (!row)
        return row.error();
    const bool found = row->next();
    const qint64 id = found ? row->value(0).toLongLong() : 0;
    const QString storedName = found ? row->value(1).toString() : QString();
    const auto role = found ? RoleCodes::fromCode(row->value(2).toString()) : std::nullopt;
    const bool active = found && row->value(3).toInt() != 0;
    const QString storedHash = found ? row->value(4).toString() : dummyHash();
    row->finish(); // release the read before writing below
    const bool passwordMatches = PasswordHasher::verify(storedHash, password) && found;
    if (!passwordMatches) {
        if (auto recorded = recordFailure(key); !recorded)
            return recorded.error();
        return Error::invalid(QStringLiteral("password"), tr("The username or password is not correct."));
    }
    if (!active)
        return Error::forbidden(
            tr("The account \"%1\" is deactivated; ask an administrator.").arg(storedName));
    if (!role)
        return Error::database(tr("The account \"%1\" has an unknown role.").arg(storedName));

    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    auto cleared = SqlRun::exec(transaction.connection(),
                                QStringLiteral("DELETE FROM sign_in_attempts WHERE username_key = ?"), {key});
    if (!cleared)
        return cleared.error();
    auto touched =
        SqlRun::exec(transaction.connection(),
                     QStringLiteral("UPDATE users SET last_sign_in_at = ? WHERE id = ?"), {now, id});
    if (!touched)
        return touched.error();
    // Hashes made with weaker parameters are upgraded while the clear password is at hand.
    if (PasswordHasher::needsRehash(storedHash)) {
        if (auto rehashed = PasswordHasher::hash(password)) {
            auto upgraded = SqlRun::exec(transaction.connection(),
                                         QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                                         {rehashed.value(), id});
            if (!upgraded)
                return upgraded.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Actor{id, storedName, role.value()};
}
