// Sign-in and its lockout: after 5 failed attempts each further attempt waits 30 s, measured on
// an injected clock, and the count survives reopening the database (an application restart).
#include "AuthTestSupport.h"
#include "auth/Authenticator.h"
#include "auth/UserService.h"
#include "db/Database.h"

#include <QtTest>

class TestAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void signsInWithTheRightPasswordOnly();
    void deactivatedUserCannotSignIn();
    void lockoutDelaysEachAttemptAfterFiveFailures();
    void lockoutSurvivesRestart();
    void unknownUsernamesAreLockedOutToo();
    void passwordResetLiftsTheLockout();

private:
    std::unique_ptr<AuthTestSupport> m_env;
    qint64 m_userId = 0;
};

void TestAuthenticator::init()
{
    m_env = std::make_unique<AuthTestSupport>();
    QVERIFY(m_env->ok());
    User user;
    user.username = QStringLiteral("Malee");
    user.role = Role::Marketing;
    m_userId = UserService(m_env->asCli()).create(user, QStringLiteral("right")).valueOr(0);
    QVERIFY(m_userId > 0);
}

void TestAuthenticator::signsInWithTheRightPasswordOnly()
{
    Authenticator auth(m_env->as(Actor{}));
    auto actor = auth.signIn(QStringLiteral("malee"), QStringLiteral("right"));
    QVERIFY(actor.ok());
    QCOMPARE(actor->userId, m_userId);
    QCOMPARE(actor->username, QStringLiteral("Malee"));
    QCOMPARE(actor->role, Role::Marketing);
    auto wrong = auth.signIn(QStringLiteral("Malee"), QStringLiteral("Right"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::Invalid);
    // The same message for an unknown name, so it does not reveal who has an account.
    QCOMPARE(auth.signIn(QStringLiteral("nobody"), QStringLiteral("right")).error().message,
             wrong.error().message);
    QCOMPARE(UserService(m_env->asCli()).get(m_userId)->lastSignInAt, m_env->clock().nowUtc());
}

void TestAuthenticator::deactivatedUserCannotSignIn()
{
    QVERIFY(UserService(m_env->asCli()).deactivate(m_userId).ok());
    auto refused = Authenticator(m_env->as(Actor{})).signIn(QStringLiteral("Malee"), QStringLiteral("right"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
}

void TestAuthenticator::lockoutDelaysEachAttemptAfterFiveFailures()
{
    Authenticator auth(m_env->as(Actor{}));
    for (int attempt = 1; attempt <= Authenticator::kFreeAttempts; ++attempt) {
        QCOMPARE(auth.secondsToWait(QStringLiteral("Malee")).value(), 0);
        auto failed = auth.signIn(QStringLiteral("Malee"), QStringLiteral("guess"));
        QCOMPARE(failed.error().code, ErrorCode::Invalid);
        m_env->clock().advanceSeconds(1);
    }
    QCOMPARE(auth.failedAttempts(QStringLiteral("malee")).value(), 5);
    // 1 s after the fifth failure: 29 s to go, and even the right password is refused unchecked.
    QCOMPARE(auth.secondsToWait(QStringLiteral("Malee")).value(), 29);
    auto locked = auth.signIn(QStringLiteral("Malee"), QStringLiteral("right"));
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, ErrorCode::Forbidden);
    QVERIFY2(locked.error().message.contains(QLatin1String("29")), qPrintable(locked.error().message));
    QCOMPARE(auth.failedAttempts(QStringLiteral("Malee")).value(), 5); // a refused attempt is not counted

    m_env->clock().advanceSeconds(28);
    QCOMPARE(auth.secondsToWait(QStringLiteral("Malee")).value(), 1);
    m_env->clock().advanceSeconds(1);
    QCOMPARE(auth.secondsToWait(QStringLiteral("Malee")).value(), 0);
    // Another wrong guess: the next attempt waits a full 30 s again.
    QVERIFY(!auth.signIn(QStringLiteral("Malee"), QStringLiteral("guess again")).ok());
    QCOMPARE(auth.secondsToWait(QStringLiteral("Malee")).value(), Authenticator::kDelaySeconds);
    m_env->clock().advanceSeconds(Authenticator::kDelaySeconds);
    auto signedIn = auth.signIn(QStringLiteral("Malee"), QStringLiteral("right"));
    QVERIFY(signedIn.ok());
    QCOMPARE(auth.failedAttempts(QStringLiteral("Malee")).value(), 0);
    QCOMPARE(auth.secondsToWait(QStringLiteral("Malee")).value(), 0);
}

void TestAuthenticator::lockoutSurvivesRestart()
{
    {
        Authenticator auth(m_env->as(Actor{}));
        for (int attempt = 0; attempt < Authenticator::kFreeAttempts; ++attempt)
            QVERIFY(!auth.signIn(QStringLiteral("Malee"), QStringLiteral("guess")).ok());
    }
    m_env->database()->closeThreadConnection();
    auto reopened = Database::open(m_env->databasePath());
    QVERIFY(reopened.ok());
    Authenticator again(ServiceContext{reopened.value(), &m_env->clock(), Actor{}});
    QCOMPARE(again.secondsToWait(QStringLiteral("Malee")).value(), Authenticator::kDelaySeconds);
    QCOMPARE(again.signIn(QStringLiteral("Malee"), QStringLiteral("right")).error().code,
             ErrorCode::Forbidden);
    reopened.value()->closeThreadConnection();
}

void TestAuthenticator::unknownUsernamesAreLockedOutToo()
{
    Authenticator auth(m_env->as(Actor{}));
    for (int attempt = 0; attempt < Authenticator::kFreeAttempts; ++attempt)
        QCOMPARE(auth.signIn(QStringLiteral("ghost"), QStringLiteral("x")).error().code, ErrorCode::Invalid);
    QCOMPARE(auth.signIn(QStringLiteral("ghost"), QStringLiteral("x")).error().code, ErrorCode::Forbidden);
    // Other usernames are not affected.
    QVERIFY(auth.signIn(QStringLiteral("Malee"), QStringLiteral("right")).ok());
}

void TestAuthenticator::passwordResetLiftsTheLockout()
{
    Authenticator auth(m_env->as(Actor{}));
    for (int attempt = 0; attempt < Authenticator::kFreeAttempts; ++attempt)
        QVERIFY(!auth.signIn(QStringLiteral("Malee"), QStringLiteral("guess")).ok());
    QVERIFY(auth.secondsToWait(QStringLiteral("Malee")).value() > 0);
    QVERIFY(UserService(m_env->asCli()).resetPassword(m_userId, QStringLiteral("fresh")).ok());
    QCOMPARE(auth.secondsToWait(QStringLiteral("Malee")).value(), 0);
    QVERIFY(auth.signIn(QStringLiteral("Malee"), QStringLiteral("fresh")).ok());
}

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "TestAuthenticator.moc"
