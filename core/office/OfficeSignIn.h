#pragma once

#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <memory>

class Database;

// Signs a desktop user in to an office (PostgreSQL) database. The server is the judge: the user
// connects as their own login role with the password they typed (the role `user add` created with
// the same password), so GRANTs and row-level security apply to everything this desktop does.
// Once connected, the Rapport account behind that role gives the actor; a deactivated account is
// refused even though the server let the role in.
class OfficeSignIn
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSignIn)

public:
    struct Signed
    {
        std::shared_ptr<Database> database;
        Actor actor;
    };

    // `location` is the office database (postgresql://host:port/dbname); any user or password in
    // it is replaced by the ones given.
    static Result<Signed> signIn(const QString& location, const QString& username, const QString& password,
                                 const Clock& clock);

    // Whether the server at `location` accepts TCP connections at all (not whether it lets anyone
    // in); fails naming the address and the reason.
    static Status checkReachable(const QString& location, int timeoutMs = 5000);

    // The location with these credentials in it, as every connection of the session uses it.
    static QString withCredentials(const QString& location, const QString& username, const QString& password);
};
