#include "app/AreaPages.h"

#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "auth/Authorizer.h"
#include "auth/UserManagementPage.h"
#include "importexport/DataActions.h"
#include "segments/SegmentsPage.h"
#include "sequences/SequencesPage.h"
#include "templates/TemplatesPage.h"
#include "tickets/TicketsPage.h"

void addAreaPages(MainWindow& window, AppSession& session)
{
    window.addPage(QStringLiteral("templates"), QIcon::fromTheme(QStringLiteral("mail-message-new")),
                   MainWindow::tr("Templates"), [&session] { return new TemplatesPage(session.context()); });
    window.addPage(QStringLiteral("sequences"), QIcon::fromTheme(QStringLiteral("mail-send")),
                   MainWindow::tr("Sequences"), [&session] { return new SequencesPage(session.context()); });
    if (Authorizer::can(session.actor(), Permission::ManageSegments))
        window.addPage(QStringLiteral("segments"), QIcon::fromTheme(QStringLiteral("view-filter")),
                       MainWindow::tr("Segments"),
                       [&session] { return new SegmentsPage(session.context()); });
    window.addPage(QStringLiteral("tickets"), QIcon::fromTheme(QStringLiteral("help-faq")),
                   MainWindow::tr("Tickets"), [&session] { return new TicketsPage(session.context()); });
    if (Authorizer::can(session.actor(), Permission::ManageUsers))
        window.addPage(QStringLiteral("users"), QIcon::fromTheme(QStringLiteral("system-users")),
                       MainWindow::tr("Users"),
                       [&session] { return new UserManagementPage(session.context()); });
    // The File menu's Import…, Export…, Back up…, Restore… and the daily backup timer.
    addDataActions(window, session);
}
