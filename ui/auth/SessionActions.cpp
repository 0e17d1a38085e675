#include "auth/SessionActions.h"

#include "auth/Authorizer.h"
#include "auth/UserManagementPage.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QVBoxLayout>
#include <QWidget>

SessionActions::SessionActions(ServiceContext context, QWidget* window)
    : QObject(window), m_context(std::move(context)), m_window(window)
{
    m_manageUsers = new QAction(window);
    m_manageUsers->setObjectName(QStringLiteral("actionManageUsers"));
    m_settings = new QAction(window);
    m_settings->setObjectName(QStringLiteral("actionSettings"));
    m_settings->setShortcut(QKeySequence::Preferences);
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_manageUsers, &QAction::triggered, this, &SessionActions::openUserManagement);
    connect(m_settings, &QAction::triggered, this, &SessionActions::openSettings);
    window->installEventFilter(this);
    retranslate();
    applyPermissions();
}

void SessionActions::setContext(ServiceContext context)
{
    m_context = std::move(context);
    applyPermissions();
}

void SessionActions::applyPermissions()
{
    // Absent rather than greyed out: a Sales user has no use for knowing the page exists.
    const bool mayManageUsers = Authorizer::can(m_context.actor, Permission::ManageUsers);
    m_manageUsers->setVisible(mayManageUsers);
    m_manageUsers->setEnabled(mayManageUsers);
}

void SessionActions::openUserManagement()
{
    if (!Authorizer::can(m_context.actor, Permission::ManageUsers))
        return;
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("userManagementDialog"));
    dialog.setWindowTitle(tr("Users"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new UserManagementPage(m_context, &dialog));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 480);
    dialog.exec();
}

void SessionActions::openSettings()
{
    SettingsDialog dialog(m_context, m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit settingsChanged();
}

bool SessionActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        emit languageChanged();
    }
    return QObject::eventFilter(watched, event);
}

void SessionActions::retranslate()
{
    m_manageUsers->setText(tr("&Users…"));
    m_manageUsers->setStatusTip(tr("Create users, change their roles, deactivate them or reset passwords"));
    m_settings->setText(tr("&Settings…"));
}
