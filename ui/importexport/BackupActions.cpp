#include "importexport/BackupActions.h"

#include "backup/BackupService.h"
#include "importexport/BackgroundJob.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QWidget>

BackupActions::BackupActions(ServiceContext context, QWidget* window)
    : QObject(window), m_context(std::move(context)), m_window(window)
{
    chooseBackupTarget = [this](QWidget* parent) {
        const QString suggested =
            QDir::home().filePath(QStringLiteral("rapport-backup-%1.db")
                                      .arg(m_context.now().toString(QStringLiteral("yyyy-MM-dd"))));
        return QFileDialog::getSaveFileName(parent, tr("Back up the database"), suggested,
                                            tr("Rapport backups (*.db);;All files (*)"));
    };
    chooseBackupSource = [](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, tr("Restore a backup"), QDir::homePath(),
                                            tr("Rapport backups (*.db);;All files (*)"));
    };
    confirm = [](QWidget* parent, const QString& title, const QString& text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
}

void BackupActions::backUp(const std::function<void(bool, QString)>& done)
{
    const QString target = chooseBackupTarget(m_window);
    if (target.isEmpty())
        return;
    const QString source = m_context.db().location();
    runInBackground<Status>(
        this, ServiceContext{},
        [source, target](const ServiceContext&) { return BackupService::backup(source, target); },
        [done, target](Status status) {
            done(status.ok(),
                 status.ok() ? tr("The database was backed up to %1.").arg(QDir::toNativeSeparators(target))
                             : status.error().message);
        });
}

void BackupActions::restore(const std::function<void(bool, QString)>& done)
{
    const QString source = chooseBackupSource(m_window);
    if (source.isEmpty())
        return;
    auto check = BackupService::checkBackup(source);
    if (!check) {
        done(false, check.error().message);
        return;
    }
    if (!confirm(
            m_window, tr("Restore backup"),
            tr("Replace everything in the current database with the backup %1 (%n companies)? The current "
               "database is kept as a copy beside it.",
               nullptr, static_cast<int>(check->companies))
                .arg(QDir::toNativeSeparators(source))))
        return;
    const QString database = m_context.db().location();
    const QDateTime now = m_context.now();
    runInBackground<Result<BackupService::Restored>>(
        this, ServiceContext{},
        [database, source, now](const ServiceContext&) {
            return BackupService::restore(database, source, now);
        },
        [done](Result<BackupService::Restored> restored) {
            if (!restored) {
                done(false, restored.error().message);
                return;
            }
            done(true, tr("The backup was restored. The previous database was kept as %1.")
                           .arg(QDir::toNativeSeparators(restored->previousCopy)));
        });
}
