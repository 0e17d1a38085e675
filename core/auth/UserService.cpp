#include "auth/UserService.h"

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "auth/PasswordHasher.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "office/OfficeSecurity.h"
#include "records/RecordFields.h"
#include "records/RecordValidation.h"

#include <QRegularExpression>

namespace {
const QString kColumns = QStringLiteral(
    "id, username, full_name, email, role, is_active, last_sign_in_at, created_at, updated_at");
const QString kEntity = QStringLiteral("user");

User fromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.role = RoleCodes::fromCode(q.value(4).toString()).value_or(Role::Sales);
    u.isActive = q.value(5).toInt() != 0;
    if (!q.value(6).isNull())
        u.lastSignInAt = TimeFormat::fromStoredTimestamp(q.value(6).toString());
    u.createdAt = TimeFormat::fromStoredTimestamp(q.value(7).toString());
    u.updatedAt = TimeFormat::fromStoredTimestamp(q.value(8).toString());
    return u;
}

Result<QList<User>> selectUsers(const QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    auto rows = SqlRun::exec(db,
                             QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users") + where +
                                 QStringLiteral(" ORDER BY username_key, id"),
                             binds);
    if (!rows)
        return rows.error();
    QList<User> users;
    while (rows->next())
        users.append(fromRow(rows.value()));
    return users;
}

// The audit trail records that a password changed, never what it is or its hash.
FieldChange passwordChange()
{
    return {QStringLiteral("password"), QVariant(), QStringLiteral("(changed)")};
}
} // namespace

UserService::UserService(ServiceContext context) : m_context(std::move(context)) {}

Status UserService::validatePassword(const QString& password)
{
    // Any non-empty password is accepted: the office decides its own policy, and a slow hash plus
    // the sign-in lockout make guessing expensive.
    if (password.isEmpty())
        return Error::invalid(QStringLiteral("password"), tr("The password must not be empty."));
    if (password.size() > 1024)
        return Error::invalid(QStringLiteral("password"),
                              tr("The password is too long (at most 1024 characters)."));
    return Status::success();
}

Status UserService::validate(const User& user) const
{
    static const QRegularExpression pattern(QStringLiteral("^[\\w.@-]{1,64}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QString username = user.username.trimmed();
    if (username.isEmpty())
        return Error::invalid(QStringLiteral("username"), tr("The username is required."));
    if (!pattern.match(username).hasMatch())
        return Error::invalid(QStringLiteral("username"),
                              tr("The username may only contain letters, digits, dots, dashes, underscores "
                                 "and @, and be at most 64 characters long."));
    if (auto email = RecordValidation::checkEmail(QStringLiteral("email"), user.email.trimmed()); !email)
        return email;
    auto clash = SqlRun::scalar(m_context.db().connection(),
                                QStringLiteral("SELECT id FROM users WHERE username_key = ? AND id <> ?"),
                                {username.toCaseFolded(), user.id});
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return Error::conflict(
            QStringLiteral("username"),
            tr("There is already a user called \"%1\" (usernames are compared ignoring case).")
                .arg(username));
    return Status::success();
}

Result<QList<User>> UserService::list() const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    return selectUsers(m_context.db().connection(), {}, {});
}

Result<QList<User>> UserService::activeUsers() const
{
    return selectUsers(m_context.db().connection(), QStringLiteral(" WHERE is_active = 1"), {});
}

Result<User> UserService::get(qint64 id) const
{
    if (m_context.actor.userId != id) {
        if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
            return allowed.error();
    }
    auto users = selectUsers(m_context.db().connection(), QStringLiteral(" WHERE id = ?"), {id});
    if (!users)
        return users.error();
    if (users->isEmpty())
        return Error::notFound(tr("There is no user with id %1.").arg(id));
    return users->first();
}

Result<User> UserService::findByUsername(const QString& username) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    auto users = selectUsers(m_context.db().connection(), QStringLiteral(" WHERE username_key = ?"),
                             {username.trimmed().toCaseFolded()});
    if (!users)
        return users.error();
    if (users->isEmpty())
        return Error::notFound(tr("There is no user called \"%1\".").arg(username.trimmed()));
    return users->first();
}

Result<bool> UserService::hasUsers() const
{
    auto any = SqlRun::scalar(m_context.db().connection(), QStringLiteral("SELECT count(*) FROM users"));
    if (!any)
        return any.error();
    return any->toLongLong() > 0;
}

Result<qint64> UserService::activeAdminCount() const
{
    auto count = SqlRun::scalar(m_context.db().connection(),
                                QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND is_active = 1"),
                                {RoleCodes::toCode(Role::Admin)});
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<qint64> UserService::insert(const User& user, const QString& password,
                                   const ServiceContext& auditContext) const
{
    User toStore = user;
    toStore.id = 0;
    if (auto valid = validate(toStore); !valid)
        return valid.error();
    if (auto valid = validatePassword(password); !valid)
        return valid.error();
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    auto inserted = SqlRun::scalar(
        m_context.db().connection(),
        QStringLiteral(
            "INSERT INTO users (username, username_key, full_name, email, role, is_active, "
            "password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {toStore.username.trimmed(), toStore.username.trimmed().toCaseFolded(), toStore.fullName.trimmed(),
         toStore.email.trimmed(), RoleCodes::toCode(toStore.role), toStore.isActive ? 1 : 0, hash.value(),
         now, now});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->toLongLong();
    toStore.id = id;
    toStore.username = toStore.username.trimmed();
    toStore.fullName = toStore.fullName.trimmed();
    toStore.email = toStore.email.trimmed();
    ServiceContext context = auditContext;
    if (context.actor.username.isEmpty())
        context.actor = Actor{id, toStore.username, toStore.role};
    AuditLog audit(context);
    QList<FieldChange> changes = AuditLog::diff({}, RecordFields::toAuditMap(User::fields(), toStore));
    changes.append(passwordChange());
    if (auto audited = audit.record(kEntity, id, QStringLiteral("create"), changes); !audited)
        return audited.error();
    return id;
}

Result<qint64> UserService::create(const User& user, const QString& password) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto id = insert(user, password, m_context);
    if (!id)
        return id.error();
    // In an office database each user also signs in to PostgreSQL as their own role; created in
    // the same transaction, so a refused role leaves no account behind.
    if (auto role =
            OfficeSecurity::createLoginRole(m_context.db(), user.username.trimmed(), user.role, password);
        !role)
        return role.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> UserService::createFirstAdmin(const User& user, const QString& password) const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto any = hasUsers();
    if (!any)
        return any.error();
    if (any.value())
        return Error::conflict(
            QStringLiteral("username"),
            tr("This database already has users; sign in as an administrator to add more."));
    User admin = user;
    admin.role = Role::Admin;
    admin.isActive = true;
    ServiceContext auditContext = m_context;
    auditContext.actor = Actor{}; // filled in with the new admin once its id is known
    auditContext.actor.username.clear();
    auto id = insert(admin, password, auditContext);
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status UserService::store(const User& before, const User& after) const
{
    if (auto valid = validate(after); !valid)
        return valid;
    const bool wasActiveAdmin = before.role == Role::Admin && before.isActive;
    const bool staysActiveAdmin = after.role == Role::Admin && after.isActive;
    if (wasActiveAdmin && !staysActiveAdmin) {
        auto admins = activeAdminCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return Error::conflict(after.role != Role::Admin ? QStringLiteral("role")
                                                             : QStringLiteral("is_active"),
                                   tr("%1 is the last active administrator; make another user an "
                                      "administrator first.")
                                       .arg(before.username));
    }
    auto updated = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("UPDATE users SET username = ?, username_key = ?, full_name = ?, email = ?, role = ?, "
                       "is_active = ?, updated_at = ? WHERE id = ?"),
        {after.username.trimmed(), after.username.trimmed().toCaseFolded(), after.fullName.trimmed(),
         after.email.trimmed(), RoleCodes::toCode(after.role), after.isActive ? 1 : 0,
         TimeFormat::toStoredTimestamp(m_context.now()), after.id});
    if (!updated)
        return updated.error();
    if (before.username.trimmed() != after.username.trimmed() || before.role != after.role ||
        before.isActive != after.isActive) {
        if (auto synced = OfficeSecurity::syncLoginRole(m_context.db(), before.username, after.username,
                                                        after.role, after.isActive);
            !synced)
            return synced;
    }
    User stored = after;
    stored.username = after.username.trimmed();
    stored.fullName = after.fullName.trimmed();
    stored.email = after.email.trimmed();
    return AuditLog(m_context).recordUpdate(kEntity, after.id,
                                            RecordFields::toAuditMap(User::fields(), before),
                                            RecordFields::toAuditMap(User::fields(), stored));
}

Status UserService::update(const User& user) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(user.id);
    if (!before)
        return before.error();
    if (auto stored = store(before.value(), user); !stored)
        return stored;
    return transaction.commit();
}

Status UserService::changeRole(qint64 id, Role role) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(id);
    if (!before)
        return before.error();
    User after = before.value();
    after.role = role;
    if (auto stored = store(before.value(), after); !stored)
        return stored;
    return transaction.commit();
}

Status UserService::deactivate(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(id);
    if (!before)
        return before.error();
    User after = before.value();
    after.isActive = false;
    if (auto stored = store(before.value(), after); !stored)
        return stored;
    return transaction.commit();
}

Status UserService::reactivate(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(id);
    if (!before)
        return before.error();
    User after = before.value();
    after.isActive = true;
    if (auto stored = store(before.value(), after); !stored)
        return stored;
    return transaction.commit();
}

Status UserService::resetPassword(qint64 id, const QString& password) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageUsers); !allowed)
        return allowed;
    if (auto valid = validatePassword(password); !valid)
        return valid;
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto user = get(id);
    if (!user)
        return user.error();
    auto updated =
        SqlRun::exec(transaction.connection(),
                     QStringLiteral("UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"),
                     {hash.value(), TimeFormat::toStoredTimestamp(m_context.now()), id});
    if (!updated)
        return updated.error();
    // A reset is how an administrator unlocks someone who forgot their password.
    auto unlocked = SqlRun::exec(transaction.connection(),
                                 QStringLiteral("DELETE FROM sign_in_attempts WHERE username_key = ?"),
                                 {user->username.toCaseFolded()});
    if (!unlocked)
        return unlocked.error();
    if (auto synced = OfficeSecurity::setLoginPassword(m_context.db(), user->username, password); !synced)
        return synced;
    if (auto audited = AuditLog(m_context).record(kEntity, id, QStringLiteral("update"), {passwordChange()});
        !audited)
        return audited;
    return transaction.commit();
}
