#include "importexport/DataActions.h"

#include "app/AppPage.h"
#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "auth/Authorizer.h"
#include "db/Database.h"
#include "importexport/AutoBackupTimer.h"
#include "importexport/BackupActions.h"
#include "importexport/ImportDialog.h"
#include "records/RecordListPage.h"
#include "tickets/TicketListPage.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QDir>
#include <QStatusBar>

namespace {
// The record list the user is looking at: the current page's visible RecordListPage, if any.
RecordListPage* currentList(MainWindow& window)
{
    QWidget* page = window.page(window.currentPageId());
    if (!page)
        return nullptr;
    if (auto* list = qobject_cast<RecordListPage*>(page))
        return list;
    for (RecordListPage* list : page->findChildren<RecordListPage*>()) {
        if (list->isVisible())
            return list;
    }
    return nullptr;
}

// Every page built so far re-reads, after an import, an undo or a restore changed the data
// under them.
void refreshAllPages(MainWindow& window)
{
    for (AppPage* page : window.findChildren<AppPage*>())
        page->refresh();
    for (TicketListPage* tickets : window.findChildren<TicketListPage*>())
        tickets->reload();
}

// A result for the user: in the current page's banner when it has one, else the status bar.
void report(MainWindow& window, bool ok, const QString& message)
{
    QWidget* page = window.page(window.currentPageId());
    if (auto* banner = page ? page->findChild<MessageBanner*>() : nullptr) {
        banner->showMessage(message, ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error);
        return;
    }
    window.statusBar()->showMessage(message, ok ? 10000 : 0);
}

QAction* makeAction(MainWindow& window, const QString& text, const QString& name, const QString& tip)
{
    auto* action = new QAction(text, &window);
    action->setObjectName(name);
    action->setStatusTip(tip);
    window.addFileAction(action);
    return action;
}
} // namespace

void addDataActions(MainWindow& window, AppSession& session)
{
    const Actor actor = session.actor();
    const bool canImport = Authorizer::can(actor, Permission::EditRecords);
    const bool canExport = Authorizer::can(actor, Permission::ViewRecords);
    const bool localFile = !Database::isPostgresLocation(session.database().location());
    // In SQLite mode whoever can open the desktop's file can copy it, so a backup is no secret:
    // everyone may take one. Restoring replaces everyone's data: administrators only.
    const bool canBackUp = localFile && canExport;
    const bool canRestore = localFile && Authorizer::can(actor, Permission::ManageSettings);
    if (localFile) {
        auto* daily = new AutoBackupTimer(session.context(), &window);
        QObject::connect(
            daily, &AutoBackupTimer::finished, &window,
            [&window](const QString& written, const QString& error) {
                if (!error.isEmpty())
                    window.statusBar()->showMessage(MainWindow::tr("The daily backup failed: %1").arg(error));
                else if (!written.isEmpty())
                    window.statusBar()->showMessage(
                        MainWindow::tr("Daily backup written to %1.").arg(QDir::toNativeSeparators(written)),
                        10000);
            });
    }
    if (!canImport && !canExport && !canBackUp)
        return;
    window.addFileSeparator();

    if (canImport) {
        QAction* import =
            makeAction(window, MainWindow::tr("&Import…"), QStringLiteral("importAction"),
                       MainWindow::tr("Import companies, contacts or contracts from a CSV file"));
        import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QObject::connect(import, &QAction::triggered, &window, [&window, &session] {
            ImportDialog dialog(session.context(), &window);
            QObject::connect(&dialog, &ImportDialog::recordsChanged, &window,
                             [&window] { refreshAllPages(window); });
            dialog.exec();
        });
    }
    if (canExport) {
        QAction* exportList =
            makeAction(window, MainWindow::tr("&Export…"), QStringLiteral("exportAction"),
                       MainWindow::tr("Save the list on screen, as filtered, as a CSV file"));
        exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        QObject::connect(exportList, &QAction::triggered, &window, [&window] {
            if (RecordListPage* list = currentList(window)) {
                list->exportList();
                return;
            }
            window.statusBar()->showMessage(
                MainWindow::tr("Open the companies, contacts, contracts or invoices list to export it."),
                10000);
        });
    }
    if (!canBackUp)
        return;
    // The actions' file choices and confirmation are replaceable (tests find it by name).
    auto* backups = new BackupActions(session.context(), &window);
    backups->setObjectName(QStringLiteral("backupActions"));
    window.addFileSeparator();
    QAction* backUp = makeAction(window, MainWindow::tr("&Back up…"), QStringLiteral("backupAction"),
                                 MainWindow::tr("Copy the whole database to a file while you keep working"));
    QObject::connect(backUp, &QAction::triggered, &window, [&window, backups] {
        backups->backUp([&window](bool ok, const QString& message) { report(window, ok, message); });
    });
    if (canRestore) {
        QAction* restore =
            makeAction(window, MainWindow::tr("&Restore…"), QStringLiteral("restoreAction"),
                       MainWindow::tr("Replace the database with a backup (the current one is kept)"));
        QObject::connect(restore, &QAction::triggered, &window, [&window, backups] {
            backups->restore([&window](bool restored, const QString& message) {
                if (restored)
                    refreshAllPages(window);
                report(window, restored, message);
            });
        });
    }
}
