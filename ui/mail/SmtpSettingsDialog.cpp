#include "mail/SmtpSettingsDialog.h"

#include "auth/Authorizer.h"
#include "importexport/BackgroundJob.h"
#include "mail/MailDelivery.h"
#include "mail/SmtpPasswordKeeper.h"
#include "mail/SmtpSettingsStore.h"
#include "settings/OfficeSettings.h"
#include "widgets/MessageBanner.h"
#include "widgets/UserPrompt.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
int defaultPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::None:
        return 25;
    case SmtpSecurity::StartTls:
        return 587;
    case SmtpSecurity::ImplicitTls:
        return 465;
    }
    return 587;
}
} // namespace

SmtpSettingsDialog::SmtpSettingsDialog(ServiceContext context, SmtpPasswordKeeper& passwords, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_passwords(passwords),
      m_banner(new MessageBanner(this)), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_security(new QComboBox(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_senderName(new QLineEdit(this)), m_senderAddress(new QLineEdit(this)), m_replyTo(new QLineEdit(this)),
      m_rate(new QSpinBox(this)), m_caFile(new QLineEdit(this)), m_testAddress(new QLineEdit(this)),
      m_testButton(new QPushButton(tr("Send &test email"), this)),
      m_trustButton(new QPushButton(tr("&Trust this certificate"), this)), m_saveButton(nullptr)
{
    setObjectName(QStringLiteral("smtpSettingsDialog"));
    setWindowTitle(tr("SMTP settings"));
    m_banner->setObjectName(QStringLiteral("smtpBanner"));
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_senderName->setObjectName(QStringLiteral("smtpSenderName"));
    m_senderAddress->setObjectName(QStringLiteral("smtpSenderAddress"));
    m_replyTo->setObjectName(QStringLiteral("smtpReplyTo"));
    m_rate->setObjectName(QStringLiteral("smtpRate"));
    m_caFile->setObjectName(QStringLiteral("smtpCaFile"));
    m_testAddress->setObjectName(QStringLiteral("smtpTestAddress"));
    m_testButton->setObjectName(QStringLiteral("smtpTestButton"));
    m_trustButton->setObjectName(QStringLiteral("smtpTrustButton"));

    m_port->setRange(1, 65535);
    m_rate->setRange(1, 1000000);
    m_rate->setSuffix(tr(" per minute"));
    for (SmtpSecurity security : SmtpSecurityCodes::all())
        m_security->addItem(SmtpSecurityCodes::label(security), int(security));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(passwords.hasPassword() ? tr("(unchanged)") : QString());
    m_host->setPlaceholderText(QStringLiteral("smtp.example.com"));
    m_caFile->setPlaceholderText(
        tr("Only for a server whose certificate authority is not in the system store"));
    m_trustButton->hide();

    auto* browse = new QToolButton(this);
    browse->setObjectName(QStringLiteral("smtpCaBrowse"));
    browse->setText(QStringLiteral("…"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_trustButton);

    auto* form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Security:"), m_security);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Sender name:"), m_senderName);
    form->addRow(tr("Sender address:"), m_senderAddress);
    form->addRow(tr("Reply-to address:"), m_replyTo);
    form->addRow(tr("Rate limit:"), m_rate);
    form->addRow(tr("Extra CA file:"), caRow);
    form->addRow(tr("Test recipient:"), testRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("smtpSaveButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SmtpSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &SmtpSettingsDialog::sendTestEmail);
    connect(m_trustButton, &QPushButton::clicked, this, &SmtpSettingsDialog::trustOfferedCertificate);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificates"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] {
        // Follow the security choice with its usual port, unless a custom port was typed.
        const QList<int> defaults = {25, 587, 465};
        if (defaults.contains(m_port->value()))
            m_port->setValue(defaultPort(SmtpSecurity(m_security->currentData().toInt())));
    });
    load();

    if (!Authorizer::can(m_context.actor, Permission::ManageSettings)) {
        for (QWidget* field : std::initializer_list<QWidget*>{
                 m_host, m_port, m_security, m_user, m_password, m_senderName, m_senderAddress, m_replyTo,
                 m_rate, m_caFile, browse, m_testAddress, m_testButton, m_saveButton})
            field->setEnabled(false);
        m_banner->showMessage(tr("Only an administrator can change the SMTP settings."),
                              MessageBanner::Kind::Information);
    }
}

void SmtpSettingsDialog::load()
{
    auto stored = SmtpSettingsStore(m_context).load();
    if (!stored) {
        m_banner->showMessage(stored.error().message);
        return;
    }
    const SmtpSettings& s = stored.value();
    m_host->setText(s.host);
    m_security->setCurrentIndex(m_security->findData(int(s.security)));
    m_port->setValue(s.port);
    m_user->setText(s.user);
    m_senderName->setText(s.sender.name);
    m_senderAddress->setText(s.sender.address);
    m_replyTo->setText(s.replyTo);
    m_rate->setValue(s.ratePerMinute);
    m_caFile->setText(s.caFile);
    m_testAddress->setText(m_context.actor.username.contains(QLatin1Char('@')) ? m_context.actor.username
                                                                               : s.sender.address);
}

SmtpSettings SmtpSettingsDialog::settings() const
{
    // Timeouts, unsubscribe targets and the like keep their stored values.
    SmtpSettings s = SmtpSettingsStore(m_context).load().valueOr(SmtpSettings());
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = SmtpSecurity(m_security->currentData().toInt());
    s.user = m_user->text().trimmed();
    s.sender = {m_senderAddress->text().trimmed(), m_senderName->text().trimmed()};
    s.replyTo = m_replyTo->text().trimmed();
    s.ratePerMinute = m_rate->value();
    s.caFile = m_caFile->text().trimmed();
    s.trustedFingerprints =
        SmtpSettingsStore(m_context).trustedFingerprints(s.host, s.port).valueOr(QStringList());
    return s;
}

QString SmtpSettingsDialog::bannerText() const
{
    return m_banner->text();
}

bool SmtpSettingsDialog::save()
{
    const SmtpSettings s = settings();
    if (auto saved = SmtpSettingsStore(m_context).save(s); !saved) {
        m_banner->showMessage(saved.error().message);
        return false;
    }
    if (!m_password->text().isEmpty() || s.user.isEmpty())
        m_passwords.store(s, s.user.isEmpty() ? QString() : m_password->text());
    accept();
    return true;
}

void SmtpSettingsDialog::sendTestEmail()
{
    if (m_testRunning)
        return;
    const SmtpSettings s = settings();
    if (auto valid = SmtpSettingsStore(m_context).validate(s); !valid) {
        m_banner->showMessage(valid.error().message);
        return;
    }
    const QString to = m_testAddress->text().trimmed();
    const QString password = m_password->text().isEmpty() ? m_passwords.password() : m_password->text();
    const QDateTime date = m_context.now().toTimeZone(OfficeSettings(m_context).officeTimeZone());
    m_testRunning = true;
    m_testButton->setEnabled(false);
    m_trustButton->hide();
    m_banner->showMessage(tr("Sending a test email to %1…").arg(to), MessageBanner::Kind::Information);
    // The network is never touched on the GUI thread.
    runInBackground<SmtpOutcome>(
        this, ServiceContext{},
        [s, password, to, date](const ServiceContext&) {
            return MailDelivery::sendTestMessage(s, password, to, date);
        },
        [this, to](SmtpOutcome outcome) { showOutcome(outcome, to); });
}

void SmtpSettingsDialog::showOutcome(const SmtpOutcome& outcome, const QString& to)
{
    m_testRunning = false;
    m_testButton->setEnabled(true);
    if (outcome.ok()) {
        m_banner->showMessage(
            tr("The test email went to %1; the server answered: %2").arg(to, outcome.reply.text()),
            MessageBanner::Kind::Information);
    } else if (!outcome.untrustedFingerprint.isEmpty()) {
        m_offeredFingerprint = outcome.untrustedFingerprint;
        m_offeredFor = m_host->text().trimmed() + QLatin1Char(':') + QString::number(m_port->value());
        m_trustButton->setVisible(Authorizer::can(m_context.actor, Permission::ManageSettings));
        m_banner->showMessage(outcome.message, MessageBanner::Kind::Warning);
    } else {
        m_banner->showMessage(outcome.message);
    }
    emit testFinished(outcome);
}

void SmtpSettingsDialog::trustOfferedCertificate()
{
    if (m_offeredFingerprint.isEmpty())
        return;
    const QString host = m_host->text().trimmed();
    const int port = m_port->value();
    if (m_offeredFor != host + QLatin1Char(':') + QString::number(port)) {
        m_banner->showMessage(tr("The server changed since the test; send the test email again first."));
        m_trustButton->hide();
        return;
    }
    if (!UserPrompt::confirm(
            this, tr("Trust this certificate"),
            tr("Trust the certificate of %1:%2 with the SHA-256 fingerprint\n%3\n\nOnly do this if your mail "
               "provider or administrator confirms this exact fingerprint. Rapport will accept this one "
               "certificate for this server, and nothing else.")
                .arg(host)
                .arg(port)
                .arg(m_offeredFingerprint),
            tr("Trust")))
        return;
    if (auto trusted = SmtpSettingsStore(m_context).trustCertificate(host, port, m_offeredFingerprint);
        !trusted) {
        m_banner->showMessage(trusted.error().message);
        return;
    }
    m_trustButton->hide();
    m_offeredFingerprint.clear();
    m_banner->showMessage(
        tr("The certificate is trusted for %1:%2. Send the test email again to check.").arg(host).arg(port),
        MessageBanner::Kind::Information);
}
