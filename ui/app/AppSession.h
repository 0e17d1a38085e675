#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>
#include <memory>

class Clock;
class Database;

// The open database and who is acting in this GUI session. The acting Actor is decided here and
// nowhere else: sign-in plugs in by calling setActor() once a user has authenticated.
class AppSession
{
    Q_DECLARE_TR_FUNCTIONS(AppSession)

public:
    AppSession(std::shared_ptr<Database> database, std::unique_ptr<Clock> clock);
    ~AppSession();

    // Opens (creating and migrating if needed) the database at `location`; empty = default file.
    static Result<std::unique_ptr<AppSession>> open(const QString& location);

    // Until sign-in exists the desktop acts as an administrator recorded as "desktop".
    static Actor defaultActor();

    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor) { m_actor = actor; }

    // What every core service call from the GUI is given.
    ServiceContext context() const;
    Database& database() const { return *m_database; }

private:
    std::shared_ptr<Database> m_database;
    std::unique_ptr<Clock> m_clock;
    Actor m_actor;
};
