#include "backup/DailyBackup.h"

#include "backup/BackupService.h"
#include "db/Database.h"
#include "settings/DesktopSettings.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QDir>
#include <QStandardPaths>

DailyBackup::DailyBackup(ServiceContext context) : m_context(std::move(context)) {}

DailyBackup::Settings DailyBackup::fromDesktop()
{
    Settings settings;
    settings.enabled = DesktopSettings::value(QLatin1String(SettingsCatalogue::Keys::AutoBackupEnabled)) ==
                       QLatin1String("true");
    settings.folder =
        DesktopSettings::value(QLatin1String(SettingsCatalogue::Keys::AutoBackupFolder)).trimmed();
    bool ok = false;
    const int keep =
        DesktopSettings::value(QLatin1String(SettingsCatalogue::Keys::AutoBackupKeep)).toInt(&ok);
    settings.keep = ok && keep > 0 ? keep : 7;
    return settings;
}

QString DailyBackup::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
}

QString DailyBackup::folder(const Settings& settings)
{
    return settings.folder.isEmpty() ? defaultFolder() : settings.folder;
}

Result<std::optional<QString>> DailyBackup::runIfDue(const Settings& settings) const
{
    if (!settings.enabled)
        return std::optional<QString>();
    const QString location = m_context.db().location();
    if (Database::isPostgresLocation(location))
        return std::optional<QString>();
    // The office day, like every other daily job, so that "today" is the same on every desktop.
    const QDate today = OfficeSettings(m_context).today();
    return BackupService::runDaily(location, folder(settings), today, std::max(1, settings.keep));
}
