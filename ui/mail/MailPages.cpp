#include "mail/MailPages.h"

#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "auth/Authorizer.h"
#include "mail/OutboxPage.h"
#include "mail/SchedulerIndicator.h"
#include "mail/SmtpPasswordKeeper.h"
#include "mail/SmtpSettingsDialog.h"
#include "scheduler/Scheduler.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

namespace {
void openSmtpSettings(MainWindow& window, AppSession& session, SmtpPasswordKeeper& keeper)
{
    SmtpSettingsDialog dialog(session.context(), keeper, &window);
    dialog.exec();
}
} // namespace

SmtpPasswordKeeper* addMailPages(MainWindow& window, AppSession& session, Scheduler& scheduler)
{
    auto* keeper = new SmtpPasswordKeeper(session.context(), scheduler, &window, &window);
    window.statusBar()->addPermanentWidget(new SchedulerIndicator(scheduler, &window));

    window.addPage(QStringLiteral("outbox"), QIcon::fromTheme(QStringLiteral("mail-folder-outbox")),
                   QCoreApplication::translate("MailPages", "Outbox"),
                   [&window, &session, &scheduler, keeper]() -> QWidget* {
                       auto* page = new OutboxPage(session.context(), scheduler);
                       QObject::connect(
                           page, &OutboxPage::smtpSettingsRequested, &window,
                           [&window, &session, keeper] { openSmtpSettings(window, session, *keeper); });
                       return page;
                   });

    auto* menu = new QMenu(QCoreApplication::translate("MailPages", "&Mail"), &window);
    menu->setObjectName(QStringLiteral("mailMenu"));
    QAction* settings = menu->addAction(QCoreApplication::translate("MailPages", "&SMTP settings…"));
    settings->setObjectName(QStringLiteral("smtpSettingsAction"));
    settings->setEnabled(Authorizer::can(session.context().actor, Permission::ManageSettings));
    QObject::connect(settings, &QAction::triggered, &window,
                     [&window, &session, keeper] { openSmtpSettings(window, session, *keeper); });
    QAction* runNow = menu->addAction(QCoreApplication::translate("MailPages", "&Run scheduler now"));
    runNow->setObjectName(QStringLiteral("runSchedulerAction"));
    runNow->setShortcut(QKeySequence(Qt::Key_F9));
    QObject::connect(runNow, &QAction::triggered, &window, [&scheduler] { scheduler.runNow(); });
    // Before Help, which stays last.
    const QList<QAction*> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);

    QObject::connect(keeper, &SmtpPasswordKeeper::notice, &window,
                     [&window](const QString& text) { window.statusBar()->showMessage(text, 15000); });
    // Asked (if at all) once the window is on screen, not before it.
    QTimer::singleShot(0, keeper, &SmtpPasswordKeeper::start);
    return keeper;
}
