#pragma once

#include "auth/Role.h"

#include <QString>

// Who is acting: a signed-in user, or the command-line tool (which in SQLite mode has the rights
// of whoever can open the file, and is recorded as "cli" in the audit trail).
struct Actor
{
    qint64 userId = 0; // 0 when the actor is not a user row (the CLI)
    QString username;
    Role role = Role::Admin;

    static Actor cli() { return Actor{0, QStringLiteral("cli"), Role::Admin}; }
    bool isUser() const { return userId != 0; }
};
