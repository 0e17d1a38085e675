#pragma once

#include "auth/Actor.h"
#include "common/Clock.h"

#include <memory>

class Database;

// What every core service needs: the database, the clock and who is acting. Cheap to copy.
struct ServiceContext
{
    std::shared_ptr<Database> database;
    const Clock* clock = nullptr;
    Actor actor;

    Database& db() const { return *database; }
    QDateTime now() const { return clock->nowUtc(); }
};
