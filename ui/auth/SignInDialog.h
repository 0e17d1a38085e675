#pragma once

#include "auth/Actor.h"
#include "common/ServiceContext.h"

#include <QDialog>

class QCheckBox;
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

    // Office mode: signs in with the password this desktop was asked to remember (OfficeCredentials)
    // and returns true; false when there is none, or when the server refused it (the banner then
    // says so and the dialog is ready for the password).
    bool signInWithRememberedPassword();

public slots:
    void attemptSignIn();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateLockout();
    void showError(const QString& message);
    void signInToOffice();

    ServiceContext m_context;
    QString m_officeLocation; // empty unless in office mode
    Actor m_actor;
    QLabel* m_title = nullptr;
    QLabel* m_usernameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_banner = nullptr;
    QCheckBox* m_rememberPassword = nullptr; // office mode only
    QPushButton* m_signIn = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_lockoutTimer = nullptr;
};
