#pragma once

#include "auth/Actor.h"
#include "common/ServiceContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// Asks for a username and password at start and signs in through Authenticator. Failures show in
// an inline banner; during a lockout the button stays disabled and the banner counts down.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // The context's database and clock are used; its actor is ignored.
    explicit SignInDialog(ServiceContext context, QWidget* parent = nullptr);
    // Office mode: the username and password open the office database as the user's own
    // PostgreSQL role (OfficeSignIn); the server judges the password.
    SignInDialog(const QString& officeLocation, const Clock& clock, QWidget* parent = nullptr);

    // The signed-in user once the dialog was accepted.
    Actor actor() const { return m_actor; }
    // The database the user signed in to: the context's, or in office mode their own connection.
    std::shared_ptr<Database> database() const { return m_context.database; }
    QString bannerText() const;

public slots:
    void attemptSignIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateLockout();
    void showError(const QString& message);

    ServiceContext m_context;
    QString m_officeLocation; // empty unless in office mode
    Actor m_actor;
    QLabel* m_title = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_lockoutTimer = nullptr;
};
