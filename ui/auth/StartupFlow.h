#pragma once

#include "auth/Actor.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

class Database;
class QWidget;

// The one place that decides, at start, which database the GUI uses and who is acting: the
// first-run wizard when there is no database or no user yet, the sign-in dialog otherwise; for an
// office (PostgreSQL) database always the sign-in dialog, which connects as the user's own role.
struct Session
{
    std::shared_ptr<Database> database;
    Actor actor;
};

class StartupFlow
{
    Q_DECLARE_TR_FUNCTIONS(StartupFlow)

public:
    // nullopt when the person quit (or the database cannot be opened: the reason was shown).
    static std::optional<Session> run(const Clock& clock, const QString& databaseLocation,
                                      QWidget* parent = nullptr);

private:
    static std::optional<Session> signInToOffice(const QString& location, const Clock& clock,
                                                 QWidget* parent);
};
