#pragma once

#include "common/ServiceContext.h"

#include <QObject>
#include <QString>

class QTimer;

// Runs the daily automatic backup (core/backup/DailyBackup) from the GUI: a first check shortly
// after start, then one an hour, each on a worker thread so the window never waits. DailyBackup
// itself decides whether today's backup is still due, so the checks are cheap and at most one
// backup a day is written. The settings are re-read at every check, so a change in the settings
// dialog applies without a restart.
class AutoBackupTimer : public QObject
{
    Q_OBJECT

public:
    AutoBackupTimer(ServiceContext context, QObject* parent = nullptr);

    // Checks now (unless a check is already running).
    void checkNow();
    bool isRunning() const { return m_running; }

signals:
    // After a check: the file written, or an error message; both empty when nothing was due.
    void finished(const QString& writtenPath, const QString& error);

private:
    ServiceContext m_context;
    QTimer* m_timer;
    bool m_running = false;
};
