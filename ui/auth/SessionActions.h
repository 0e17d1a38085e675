#pragma once

#include "common/ServiceContext.h"

#include <QObject>

class QAction;
class QWidget;

// The actions around the signed-in session that the main window puts in its menus: user
// management (only for roles with Permission::ManageUsers: absent otherwise) and settings.
class SessionActions : public QObject
{
    Q_OBJECT

public:
    SessionActions(ServiceContext context, QWidget* window);

    QAction* manageUsers() const { return m_manageUsers; }
    QAction* settings() const { return m_settings; }
    // Re-reads the actor's permissions (also after signing in as someone else).
    void setContext(ServiceContext context);

signals:
    // After the settings dialog saved (office values may have changed).
    void settingsChanged();
    // After the window's language changed and these actions were retranslated.
    void languageChanged();

public slots:
    void openUserManagement();
    void openSettings();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyPermissions();
    void retranslate();

    ServiceContext m_context;
    QWidget* m_window = nullptr;
    QAction* m_manageUsers = nullptr;
    QAction* m_settings = nullptr;
};
