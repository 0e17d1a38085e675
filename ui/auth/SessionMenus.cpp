#include "auth/SessionMenus.h"

#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "auth/SessionActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QStatusBar>

namespace {

QString signedInText(const Actor& actor)
{
    return actor.isUser() ? QCoreApplication::translate("SessionMenus", "Signed in as %1 (%2)")
                                .arg(actor.username, RoleCodes::displayName(actor.role))
                          : QCoreApplication::translate("SessionMenus", "Not signed in: acting as %1 (%2)")
                                .arg(actor.username, RoleCodes::displayName(actor.role));
}

} // namespace

void addSessionMenus(MainWindow& window, AppSession& session, const std::function<void()>& signOut)
{
    auto* actions = new SessionActions(session.context(), &window);
    window.addFileSeparator();
    window.addFileAction(actions->settings());
    if (session.actor().isUser()) {
        auto* signOutAction = new QAction(&window);
        signOutAction->setObjectName(QStringLiteral("actionSignOut"));
        auto retranslate = [signOutAction] {
            signOutAction->setText(QCoreApplication::translate("SessionMenus", "Sign &out"));
        };
        retranslate();
        QObject::connect(actions, &SessionActions::languageChanged, signOutAction, retranslate);
        QObject::connect(signOutAction, &QAction::triggered, &window, [signOut] { signOut(); });
        window.addFileAction(signOutAction);
    }
    auto* signedIn = new QLabel(signedInText(session.actor()), &window);
    signedIn->setObjectName(QStringLiteral("signedInLabel"));
    QObject::connect(actions, &SessionActions::languageChanged, signedIn,
                     [signedIn, &session] { signedIn->setText(signedInText(session.actor())); });
    window.statusBar()->addPermanentWidget(signedIn);
}
