#pragma once

#include "auth/Role.h"
#include "records/RecordField.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A person who signs in. The password hash is deliberately not a member: it never leaves
// UserService and Authenticator, so no list, export or audit entry can carry it.
struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString email;
    Role role = Role::Sales;
    bool isActive = true;
    QDateTime lastSignInAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Name shown in pickers and the title bar: the full name when there is one.
    QString displayName() const { return fullName.isEmpty() ? username : fullName; }

    static const QList<RecordField<User>>& fields();
};
