// Users: Argon2id hashing, last-admin protection, first-run setup and the audit trail of user
// changes, against a real SQLite file.
#include "AuthTestSupport.h"
#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "db/Database.h"
#include "db/SqlRun.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestUserService : public QObject
{
    Q_OBJECT

private slots:
    void hashRoundTripUsesArgon2id();
    void databaseHoldsNoClearPassword();
    void firstRunCreatesOnlyTheFirstAdmin();
    void lastActiveAdminCannotBeDemotedOrDeactivated();
    void usernamesAreUniqueIgnoringCase();
    void fieldChangeIsAudited();
    void passwordResetIsAuditedWithoutTheHash();
};

void TestUserService::hashRoundTripUsesArgon2id()
{
    auto hash = PasswordHasher::hash(QStringLiteral("ผ่าน-pass 1"));
    QVERIFY(hash.ok());
    QVERIFY2(hash->startsWith(QLatin1String("$argon2id$")), qPrintable(hash.value()));
    // At least OWASP's minimum for Argon2id: 19 MiB of memory and 2 iterations.
    const QRegularExpressionMatch params =
        QRegularExpression(QStringLiteral("\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$")).match(hash.value());
    QVERIFY(params.hasMatch());
    QVERIFY(params.captured(1).toLongLong() >= 19 * 1024);
    QVERIFY(params.captured(2).toInt() >= 2);
    QVERIFY(PasswordHasher::verify(hash.value(), QStringLiteral("ผ่าน-pass 1")));
    QVERIFY(!PasswordHasher::verify(hash.value(), QStringLiteral("ผ่าน-pass 2")));
    QVERIFY(!PasswordHasher::verify(hash.value(), QString()));
    QVERIFY(!PasswordHasher::needsRehash(hash.value()));
    // Salted: the same password never gives the same string twice.
    QVERIFY(PasswordHasher::hash(QStringLiteral("ผ่าน-pass 1")).value() != hash.value());
}

void TestUserService::databaseHoldsNoClearPassword()
{
    AuthTestSupport env;
    QVERIFY(env.ok());
    User alice;
    alice.username = QStringLiteral("alice");
    alice.role = Role::Sales;
    const QString password = QStringLiteral("correct-horse-battery-staple");
    auto id = UserService(env.asCli()).create(alice, password);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    auto stored =
        SqlRun::scalar(env.database()->connection(),
                       QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id.value()});
    QVERIFY(stored.ok());
    QVERIFY(stored->toString().startsWith(QLatin1String("$argon2id$")));
    env.database()->closeThreadConnection();
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(env.databasePath() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(password.toUtf8()), "the clear password is in the database file");
    }
}

void TestUserService::firstRunCreatesOnlyTheFirstAdmin()
{
    AuthTestSupport env;
    UserService setup(env.as(Actor{})); // nobody signed in yet
    QCOMPARE(setup.hasUsers().value(), false);
    User first;
    first.username = QStringLiteral("boss");
    first.role = Role::Sales; // ignored: the first user is always an Admin
    auto id = setup.createFirstAdmin(first, QStringLiteral("pw"));
    QVERIFY(id.ok());
    QCOMPARE(setup.hasUsers().value(), true);
    auto stored = UserService(env.asCli()).get(id.value());
    QCOMPARE(stored->role, Role::Admin);
    QVERIFY(stored->isActive);
    // The audit trail names the new admin, not an anonymous actor.
    auto history = AuditLog(env.asCli()).history(QStringLiteral("user"), id.value());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().actor, QStringLiteral("boss"));

    User second;
    second.username = QStringLiteral("intruder");
    auto refused = setup.createFirstAdmin(second, QStringLiteral("pw"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
}

void TestUserService::lastActiveAdminCannotBeDemotedOrDeactivated()
{
    AuthTestSupport env;
    UserService users(env.asCli());
    User a;
    a.username = QStringLiteral("admin1");
    a.role = Role::Admin;
    const qint64 first = users.create(a, QStringLiteral("pw")).value();

    auto demote = users.changeRole(first, Role::Sales);
    QVERIFY(!demote.ok());
    QCOMPARE(demote.error().code, ErrorCode::Conflict);
    QCOMPARE(demote.error().field, QStringLiteral("role"));
    auto deactivate = users.deactivate(first);
    QVERIFY(!deactivate.ok());
    QCOMPARE(deactivate.error().field, QStringLiteral("is_active"));
    User edited = users.get(first).value();
    edited.isActive = false;
    QVERIFY(!users.update(edited).ok());
    QCOMPARE(users.get(first)->role, Role::Admin);
    QVERIFY(users.get(first)->isActive);

    // An inactive admin does not count: the active one stays protected.
    User b;
    b.username = QStringLiteral("admin2");
    b.role = Role::Admin;
    b.isActive = false;
    const qint64 second = users.create(b, QStringLiteral("pw")).value();
    QVERIFY(!users.changeRole(first, Role::Marketing).ok());

    QVERIFY(users.reactivate(second).ok());
    QVERIFY(users.changeRole(first, Role::Marketing).ok());
    QCOMPARE(users.get(first)->role, Role::Marketing);
    QVERIFY(!users.deactivate(second).ok());
}

void TestUserService::usernamesAreUniqueIgnoringCase()
{
    AuthTestSupport env;
    UserService users(env.asCli());
    User u;
    u.username = QStringLiteral("Somchai");
    QVERIFY(users.create(u, QStringLiteral("pw")).ok());
    u.username = QStringLiteral("SOMCHAI");
    auto clash = users.create(u, QStringLiteral("pw"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().field, QStringLiteral("username"));
    u.username = QStringLiteral("has space");
    QCOMPARE(users.create(u, QStringLiteral("pw")).error().field, QStringLiteral("username"));
    u.username = QStringLiteral("nopass");
    QCOMPARE(users.create(u, QString()).error().field, QStringLiteral("password"));
    u.email = QStringLiteral("not-an-email");
    QCOMPARE(users.create(u, QStringLiteral("pw")).error().field, QStringLiteral("email"));
}

void TestUserService::fieldChangeIsAudited()
{
    AuthTestSupport env;
    const ServiceContext admin = env.asRole(Role::Admin);
    UserService users(admin);
    User u;
    u.username = QStringLiteral("nok");
    u.fullName = QStringLiteral("Nok");
    u.role = Role::Sales;
    const qint64 id = users.create(u, QStringLiteral("pw")).value();
    env.clock().advanceSeconds(60);
    User changed = users.get(id).value();
    changed.fullName = QStringLiteral("Nok Srisuk");
    QVERIFY(users.update(changed).ok());
    QVERIFY(users.changeRole(id, Role::TechSupport).ok());

    auto history = AuditLog(admin).history(QStringLiteral("user"), id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    const AuditEntry& update = history->at(1);
    QCOMPARE(update.action, QStringLiteral("update"));
    QCOMPARE(update.actor, QStringLiteral("as_admin"));
    QCOMPARE(update.at, env.clock().nowUtc());
    QCOMPARE(update.changes.size(), 1);
    QCOMPARE(update.changes.first().field, QStringLiteral("full_name"));
    QCOMPARE(update.changes.first().oldValue.toString(), QStringLiteral("Nok"));
    QCOMPARE(update.changes.first().newValue.toString(), QStringLiteral("Nok Srisuk"));
    const AuditEntry& role = history->at(2);
    QCOMPARE(role.changes.size(), 1);
    QCOMPARE(role.changes.first().field, QStringLiteral("role"));
    QCOMPARE(role.changes.first().oldValue.toString(), QStringLiteral("sales"));
    QCOMPARE(role.changes.first().newValue.toString(), QStringLiteral("tech_support"));
}

void TestUserService::passwordResetIsAuditedWithoutTheHash()
{
    AuthTestSupport env;
    UserService users(env.asCli());
    User u;
    u.username = QStringLiteral("ploy");
    const qint64 id = users.create(u, QStringLiteral("old")).value();
    QVERIFY(users.resetPassword(id, QStringLiteral("new-secret")).ok());
    auto history = AuditLog(env.asCli()).history(QStringLiteral("user"), id);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(1).changes.size(), 1);
    QCOMPARE(history->at(1).changes.first().field, QStringLiteral("password"));
    auto raw = SqlRun::exec(env.database()->connection(),
                            QStringLiteral("SELECT changes FROM audit_log WHERE entity_id = ?"), {id});
    QVERIFY(raw);
    while (raw->next()) {
        QVERIFY(!raw->value(0).toString().contains(QLatin1String("argon2")));
        QVERIFY(!raw->value(0).toString().contains(QLatin1String("new-secret")));
    }
}

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
