#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>

class QWidget;

// The File menu's "Back up…" and "Restore…": file choice, confirmation and the work on a worker
// thread. Results come back as a one-sentence message for the window's banner.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(ServiceContext context, QWidget* window);

    // Asks where to write, then backs up; `done(ok, message)` runs on the GUI thread.
    void backUp(const std::function<void(bool, QString)>& done);
    // Asks for a backup file and for confirmation, then restores it; afterwards `done` runs and
    // the caller reopens the database and refreshes every page (restored == true).
    void restore(const std::function<void(bool restored, QString message)>& done);

    // Replaceable for tests.
    std::function<QString(QWidget*)> chooseBackupTarget;
    std::function<QString(QWidget*)> chooseBackupSource;
    std::function<bool(QWidget*, const QString& title, const QString& text)> confirm;

private:
    ServiceContext m_context;
    QWidget* m_window;
};
