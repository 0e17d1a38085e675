#include "mail/SmtpPasswordKeeper.h"

#include "mail/PasswordPrompt.h"
#include "mail/SmtpSettingsStore.h"
#include "scheduler/Scheduler.h"

#include <QWidget>

SmtpPasswordKeeper::SmtpPasswordKeeper(ServiceContext context, Scheduler& scheduler, QWidget* dialogParent,
                                       QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_scheduler(scheduler), m_dialogParent(dialogParent)
{
    connect(&m_store, &PasswordKeychain::readFinished, this, &SmtpPasswordKeeper::onRead);
    connect(&m_store, &PasswordKeychain::writeFinished, this,
            [this](const QString&, const PasswordKeychain::Answer& answer) {
                if (answer.outcome == PasswordKeychain::Outcome::Done)
                    return;
                m_keychainAvailable = answer.outcome != PasswordKeychain::Outcome::NoKeychain;
                emit notice(tr("The SMTP password could not be kept in the keychain (%1); Rapport keeps it "
                               "until it closes.")
                                .arg(answer.message));
            });
}

void SmtpPasswordKeeper::start()
{
    auto settings = SmtpSettingsStore(m_context).load();
    if (!settings)
        return;
    m_settings = settings.value();
    if (m_settings.user.isEmpty() || m_settings.host.isEmpty()) {
        // No login configured: the scheduler needs no password.
        use(QString());
        return;
    }
    m_store.read(m_settings.keychainKey());
}

void SmtpPasswordKeeper::onRead(const QString& key, const PasswordKeychain::Answer& answer)
{
    if (key != m_settings.keychainKey())
        return;
    switch (answer.outcome) {
    case PasswordKeychain::Outcome::Done:
        use(answer.password);
        return;
    case PasswordKeychain::Outcome::NotFound:
        askOnce(tr("Rapport sends mail through %1 as %2. Enter the SMTP password (it will be kept in the "
                   "keychain):")
                    .arg(m_settings.host, m_settings.user));
        return;
    case PasswordKeychain::Outcome::NoKeychain:
    case PasswordKeychain::Outcome::Failed:
        m_keychainAvailable = false;
        askOnce(tr("There is no keychain on this computer, so Rapport asks once each time it starts. Enter "
                   "the SMTP "
                   "password for %1 on %2:")
                    .arg(m_settings.user, m_settings.host));
        return;
    }
}

void SmtpPasswordKeeper::askOnce(const QString& why)
{
    if (m_asked)
        return;
    m_asked = true;
    const auto answer = PasswordPrompt::ask(m_dialogParent, tr("SMTP password"), why);
    if (!answer) {
        emit notice(
            tr("Mail waits in the outbox until the SMTP password is entered (Mail → SMTP settings)."));
        return;
    }
    if (m_keychainAvailable)
        m_store.write(m_settings.keychainKey(), *answer);
    use(*answer);
}

void SmtpPasswordKeeper::store(const SmtpSettings& settings, const QString& password)
{
    m_settings = settings;
    if (m_keychainAvailable && !settings.user.isEmpty())
        m_store.write(settings.keychainKey(), password);
    use(password);
}

void SmtpPasswordKeeper::use(const QString& password)
{
    m_password = password;
    m_scheduler.setSmtpPassword(password);
    m_scheduler.runNow();
    emit passwordChanged();
}
