#include "auth/SignInDialog.h"

#include "auth/Authenticator.h"
#include "office/OfficeCredentials.h"
#include "office/OfficeSignIn.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

SignInDialog::SignInDialog(ServiceContext context, QWidget* parent)
    : QDialog(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("signInBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(
        QStringLiteral("background:#fdecea;color:#611a15;padding:6px;border-radius:4px;"));
    m_signIn = new QPushButton(this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_lockoutTimer = new QTimer(this);
    m_lockoutTimer->setInterval(1000);

    auto* form = new QFormLayout;
    m_usernameLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    m_rememberPassword = new QCheckBox(this);
    m_rememberPassword->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_rememberPassword->setVisible(false);
    form->addRow(QString(), m_rememberPassword);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_banner);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attemptSignIn);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_lockoutTimer, &QTimer::timeout, this, &SignInDialog::updateLockout);
    connect(m_username, &QLineEdit::textChanged, this, [this] {
        m_lockoutTimer->stop();
        m_signIn->setEnabled(true);
    });
    retranslate();
    resize(380, sizeHint().height());
}

QString SignInDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void SignInDialog::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->setVisible(true);
    // A wrapped message needs more height at this width than the dialog was given for none.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

SignInDialog::SignInDialog(const QString& officeLocation, const Clock& clock, QWidget* parent)
    : SignInDialog(ServiceContext{nullptr, &clock, Actor{}}, parent)
{
    m_officeLocation = officeLocation;
    const OfficeCredentials credentials(officeLocation);
    m_username->setText(credentials.username());
    m_rememberPassword->setChecked(credentials.remembersPassword());
    m_rememberPassword->setVisible(true);
    if (!m_username->text().isEmpty())
        m_password->setFocus();
    retranslate();
    resize(width(), sizeHint().height());
}

bool SignInDialog::signInWithRememberedPassword()
{
    if (m_officeLocation.isEmpty())
        return false;
    const OfficeCredentials credentials(m_officeLocation);
    const std::optional<QString> password = credentials.password();
    if (!password)
        return false;
    auto signedIn =
        OfficeSignIn::signIn(m_officeLocation, credentials.username(), *password, *m_context.clock);
    if (!signedIn) {
        // An unreachable server says so on its own; otherwise the password was most likely
        // changed since, and once the new one works it is remembered instead.
        showError(signedIn.error().code == ErrorCode::Io
                      ? signedIn.error().message
                      : tr("Your remembered password did not work; enter your password.") +
                            QStringLiteral("\n\n") + signedIn.error().message);
        m_password->setFocus();
        return false;
    }
    m_context.database = signedIn->database;
    m_actor = signedIn->actor;
    setResult(QDialog::Accepted);
    return true;
}

void SignInDialog::signInToOffice()
{
    // The server refuses wrong passwords; it keeps its own log of failed logins. Connecting can
    // take a few seconds: say so rather than look frozen.
    const QString password = m_password->text();
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Signing in…"));
    m_signIn->repaint();
    auto signedIn = OfficeSignIn::signIn(m_officeLocation, m_username->text(), password, *m_context.clock);
    m_signIn->setEnabled(true);
    m_signIn->setText(tr("Sign in"));
    if (!signedIn) {
        showError(signedIn.error().message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_context.database = signedIn->database;
    m_actor = signedIn->actor;
    m_password->clear();
    const Status kept = OfficeCredentials(m_officeLocation)
                            .rememberSignIn(m_actor.username, password, m_rememberPassword->isChecked());
    if (!kept)
        QMessageBox::warning(this, tr("Rapport"), kept.error().message);
    accept();
}

void SignInDialog::attemptSignIn()
{
    if (!m_officeLocation.isEmpty()) {
        signInToOffice();
        return;
    }
    Authenticator authenticator(m_context);
    auto actor = authenticator.signIn(m_username->text(), m_password->text());
    if (actor) {
        m_actor = actor.value();
        m_password->clear();
        accept();
        return;
    }
    showError(actor.error().message);
    m_password->selectAll();
    m_password->setFocus();
    if (authenticator.secondsToWait(m_username->text()).valueOr(0) > 0)
        updateLockout();
}

void SignInDialog::updateLockout()
{
    if (!m_officeLocation.isEmpty())
        return; // no local lockout: the office server has the accounts
    const int seconds = Authenticator(m_context).secondsToWait(m_username->text()).valueOr(0);
    if (seconds <= 0) {
        m_lockoutTimer->stop();
        m_signIn->setEnabled(true);
        showError(tr("You can try again now."));
        return;
    }
    m_signIn->setEnabled(false);
    showError(tr("Too many failed sign-in attempts. Wait %n second(s) and try again.", nullptr, seconds));
    if (!m_lockoutTimer->isActive())
        m_lockoutTimer->start();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to Rapport"));
    m_title->setText(m_officeLocation.isEmpty()
                         ? tr("Sign in")
                         : tr("Sign in to the office database %1")
                               .arg(QUrl(m_officeLocation).toDisplayString(QUrl::RemoveUserInfo)));
    m_title->setWordWrap(true);
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("Sign in"));
    m_cancel->setText(tr("Quit"));
    m_rememberPassword->setText(tr("&Remember my password on this computer"));
    m_rememberPassword->setToolTip(
        tr("Kept in the system keychain, never in a file. Signing out forgets it."));
}
