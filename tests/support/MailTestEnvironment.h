#pragma once

#include "SmtpTestServer.h"
#include "TestBackend.h"
#include "common/FixedClock.h"
#include "common/ServiceContext.h"
#include "mail/SmtpSettings.h"

#include <QTemporaryDir>
#include <memory>

// A fresh Rapport database in a temporary directory, a clock the test moves, and helpers to point
// the office's SMTP settings at an SmtpTestServer.
class MailTestEnvironment
{
public:
    MailTestEnvironment();

    bool isValid() const { return m_database != nullptr; }
    QString errorString() const { return m_error; }
    // A SQLite file, or on the PostgreSQL backend the URL of this environment's database.
    QString databasePath() const
    {
        return TestBackend::location(m_dir.path() + QStringLiteral("/rapport.db"));
    }
    QString path(const QString& name) const { return m_dir.path() + QLatin1Char('/') + name; }

    std::shared_ptr<Database> database() const { return m_database; }
    FixedClock& clock() { return m_clock; }
    ServiceContext context() const { return ServiceContext{m_database, &m_clock, Actor::cli()}; }

    // Settings that reach `server` (its CA file, its user), sending as office@rapport.example.
    static SmtpSettings settingsFor(const SmtpTestServer& server);
    // Stores them as the office's settings; false (with a warning) when refused.
    bool configure(const SmtpSettings& settings);

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_database;
    FixedClock m_clock;
    QString m_error;
};
