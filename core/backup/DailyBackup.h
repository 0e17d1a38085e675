#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// The optional daily automatic backup of SPEC §9 / issue 9. A desktop is not always on at a given
// hour, so there is no fixed time: the first check on an office day (the GUI checks at start and
// then every hour) writes rapport-backup-YYYY-MM-DD.db with SQLite's online backup API while the
// application keeps working, and deletes the oldest automatic backups beyond `keep`. A day that
// already has its file is never backed up twice, whatever the number of checks or restarts.
//
// The settings are desktop settings (DesktopSettings, QSettings on this machine): the database is
// a local file of this desktop, and a PostgreSQL office backs up on its server instead.
class DailyBackup
{
    Q_DECLARE_TR_FUNCTIONS(DailyBackup)

public:
    struct Settings
    {
        bool enabled = false;
        QString folder; // empty = defaultFolder()
        int keep = 7;
    };

    explicit DailyBackup(ServiceContext context);

    // This desktop's settings from DesktopSettings.
    static Settings fromDesktop();
    // "<user data directory>/backups".
    static QString defaultFolder();
    // The folder the settings point at (the default when empty).
    static QString folder(const Settings& settings);

    // Backs up when enabled, the database is a local file and today's (office-local) backup does
    // not exist yet. Returns the file written, or nothing when no backup was due.
    Result<std::optional<QString>> runIfDue(const Settings& settings) const;

private:
    ServiceContext m_context;
};
