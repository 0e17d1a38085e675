#include "app/AppSession.h"

#include "common/SystemClock.h"
#include "db/Database.h"

AppSession::AppSession(std::shared_ptr<Database> database, std::unique_ptr<Clock> clock)
    : m_database(std::move(database)), m_clock(std::move(clock)), m_actor(defaultActor())
{}

AppSession::~AppSession() = default;

Result<std::unique_ptr<AppSession>> AppSession::open(const QString& location)
{
    auto database = Database::open(location);
    if (!database)
        return database.error();
    return std::make_unique<AppSession>(database.value(), std::make_unique<SystemClock>());
}

Actor AppSession::defaultActor()
{
    return Actor{0, QStringLiteral("desktop"), Role::Admin};
}

ServiceContext AppSession::context() const
{
    return ServiceContext{m_database, m_clock.get(), m_actor};
}
