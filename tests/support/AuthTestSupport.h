#pragma once

#include "auth/Actor.h"
#include "auth/Role.h"
#include "common/FixedClock.h"
#include "common/ServiceContext.h"

#include <QTemporaryDir>
#include <memory>

class Database;

// A fresh SQLite database in its own temporary directory, a fixed clock, and helpers to act as
// a given user. Used by the users, sign-in and permission tests.
class AuthTestSupport
{
public:
    AuthTestSupport();
    ~AuthTestSupport();

    bool ok() const { return m_database != nullptr; }
    QString databasePath() const;
    std::shared_ptr<Database> database() const { return m_database; }
    FixedClock& clock() { return m_clock; }

    ServiceContext as(const Actor& actor) const;
    ServiceContext asCli() const { return as(Actor::cli()); }
    // A context acting as a user with this role (creating the user row on first use).
    ServiceContext asRole(Role role);

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::shared_ptr<Database> m_database;
};
