#include "auth/UserEditDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* makeBanner(QWidget* parent)
{
    auto* banner = new QLabel(parent);
    banner->setObjectName(QStringLiteral("userBanner"));
    banner->setWordWrap(true);
    banner->setVisible(false);
    banner->setStyleSheet(QStringLiteral("background:#fdecea;color:#611a15;padding:6px;border-radius:4px;"));
    return banner;
}
} // namespace

UserEditDialog::UserEditDialog(const User& user, QWidget* parent) : QDialog(parent), m_user(user)
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(user.id == 0 ? tr("New user") : tr("Edit user %1").arg(user.username));
    auto* form = new QFormLayout;
    m_username = new QLineEdit(user.username, this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_fullName = new QLineEdit(user.fullName, this);
    m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
    m_email = new QLineEdit(user.email, this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role role : RoleCodes::all())
        m_role->addItem(RoleCodes::displayName(role), RoleCodes::toCode(role));
    m_role->setCurrentIndex(m_role->findData(RoleCodes::toCode(user.role)));
    m_active = new QCheckBox(tr("May sign in"), this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setChecked(user.isActive);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Status:"), m_active);
    if (user.id == 0) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        m_confirm = new QLineEdit(this);
        m_confirm->setObjectName(QStringLiteral("confirmEdit"));
        m_confirm->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Confirm password:"), m_confirm);
    }
    m_banner = makeBanner(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_password && m_password->text() != m_confirm->text()) {
            showError(tr("The two passwords differ."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addWidget(buttons);
}

User UserEditDialog::user() const
{
    User user = m_user;
    user.username = m_username->text();
    user.fullName = m_fullName->text();
    user.email = m_email->text();
    user.role = RoleCodes::fromCode(m_role->currentData().toString()).value_or(user.role);
    user.isActive = m_active->isChecked();
    return user;
}

QString UserEditDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

void UserEditDialog::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->setVisible(true);
}

bool UserEditDialog::askPassword(QWidget* parent, const QString& username, QString* password)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("resetPasswordDialog"));
    dialog.setWindowTitle(tr("Reset password for %1").arg(username));
    auto* first = new QLineEdit(&dialog);
    first->setObjectName(QStringLiteral("passwordEdit"));
    first->setEchoMode(QLineEdit::Password);
    auto* second = new QLineEdit(&dialog);
    second->setObjectName(QStringLiteral("confirmEdit"));
    second->setEchoMode(QLineEdit::Password);
    QLabel* banner = makeBanner(&dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("&New password:"), first);
    form->addRow(tr("&Confirm password:"), second);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (first->text().isEmpty())
            banner->setText(tr("The password must not be empty."));
        else if (first->text() != second->text())
            banner->setText(tr("The two passwords differ."));
        else
            return dialog.accept();
        banner->setVisible(true);
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(banner);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *password = first->text();
    return true;
}
