#pragma once

#include "common/FixedClock.h"
#include "common/ServiceContext.h"
#include "db/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <memory>

// A real SQLite database file in a fresh temporary directory, migrated, with a FixedClock and an
// Admin "cli" actor. Tests change the actor or move the clock as they need.
class TestDatabase
{
public:
    explicit TestDatabase(const QDateTime& now = QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc()));

    bool ok() const { return m_database != nullptr; }
    QString errorText() const { return m_error; }
    QString path() const { return m_path; }
    QString dirPath() const { return m_dir.path(); }

    ServiceContext context() const { return {m_database, &m_clock, m_actor}; }
    ServiceContext contextAs(const Actor& actor) const { return {m_database, &m_clock, actor}; }
    void setActor(const Actor& actor) { m_actor = actor; }
    FixedClock& clock() { return m_clock; }
    std::shared_ptr<Database> database() const { return m_database; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    FixedClock m_clock;
    Actor m_actor = Actor::cli();
    std::shared_ptr<Database> m_database;
};
