#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// What this desktop remembers about signing in to one office database: the last username (in the
// desktop's QSettings) and, only when the person ticked "Remember my password", their password in
// the OS keychain (PasswordKeychain), never in a file or the database. Signing out forgets the
// password, so the next start asks again; the username stays to save typing.
class OfficeCredentials
{
    Q_DECLARE_TR_FUNCTIONS(OfficeCredentials)

public:
    // `location` is the office database (postgresql://host:port/dbname); user info in it is ignored.
    explicit OfficeCredentials(const QString& location);

    QString username() const;
    // The person asked for their password to be remembered (and it was stored).
    bool remembersPassword() const;
    // The remembered password, when there is one and the keychain gives it back.
    std::optional<QString> password() const;

    // After a successful sign-in: keeps the username and, when asked, the password; when not
    // asked, removes any password kept before. Fails, naming the keychain's reason, when the
    // password was to be kept but could not be (nothing is kept then).
    Status rememberSignIn(const QString& username, const QString& password, bool rememberPassword) const;
    // Sign-out, or a remembered password the server no longer accepts.
    void forgetPassword() const;

    // The keychain entry: one per user and office database.
    static QString keychainKey(const QString& location, const QString& username);

private:
    QString settingsGroup() const;

    QString m_location;
};
