#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>

// Sign-in with a lockout: after kFreeAttempts failed attempts for a username, each further attempt
// must wait kDelaySeconds after the previous failure. Attempts are stored in the database, so
// restarting the application does not reset them; a successful sign-in or a password reset does.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    static constexpr int kFreeAttempts = 5;
    static constexpr int kDelaySeconds = 30;

    // The context's actor is ignored: nobody is signed in yet.
    explicit Authenticator(ServiceContext context);

    // The signed-in user as the acting Actor. A wrong username or password is one error (it does
    // not say which); a locked-out attempt is refused without checking the password.
    Result<Actor> signIn(const QString& username, const QString& password) const;
    // Seconds until this username may try again (0 when it may try now).
    Result<int> secondsToWait(const QString& username) const;
    Result<int> failedAttempts(const QString& username) const;

private:
    Status recordFailure(const QString& usernameKey) const;

    ServiceContext m_context;
};
