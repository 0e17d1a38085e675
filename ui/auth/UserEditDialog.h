#pragma once

#include "auth/User.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Creates a user (with a password) or edits one (username, name, email, role, active). The
// caller stores the result through UserService and shows its error with showError().
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `user.id == 0` means a new user, which also asks for a password.
    explicit UserEditDialog(const User& user, QWidget* parent = nullptr);

    User user() const;
    QString password() const;
    void showError(const QString& message);

    // A dialog that only asks for a new password (twice), for "Reset password".
    static bool askPassword(QWidget* parent, const QString& username, QString* password);

private:
    User m_user;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_active = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_banner = nullptr;
};
