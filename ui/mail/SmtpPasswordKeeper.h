#pragma once

#include "common/PasswordKeychain.h"
#include "common/ServiceContext.h"
#include "mail/SmtpSettings.h"

#include <QObject>
#include <QPointer>

class Scheduler;
class QWidget;

// Gets the SMTP password to the scheduler without ever putting it in the database: read from the
// OS keychain at start; where there is no keychain (or nothing stored in it) the user is asked
// once per run and the answer is kept in memory only. Saving settings with a new password
// stores it in the keychain when there is one.
class SmtpPasswordKeeper : public QObject
{
    Q_OBJECT

public:
    SmtpPasswordKeeper(ServiceContext context, Scheduler& scheduler, QWidget* dialogParent,
                       QObject* parent = nullptr);

    // Looks the password up (asynchronously) for the stored settings; asks when it must.
    void start();
    // A password typed in the SMTP settings: given to the scheduler now, kept in the keychain.
    void store(const SmtpSettings& settings, const QString& password);

    bool hasPassword() const { return m_password.has_value(); }
    QString password() const { return m_password.value_or(QString()); }
    // False once the keychain said it is not there: the password then lives in memory only.
    bool keychainAvailable() const { return m_keychainAvailable; }

signals:
    // A one-sentence notice for the user ("no keychain: kept until Rapport closes").
    void notice(const QString& text);
    void passwordChanged();

private:
    void onRead(const QString& key, const PasswordKeychain::Answer& answer);
    void askOnce(const QString& why);
    void use(const QString& password);

    ServiceContext m_context;
    Scheduler& m_scheduler;
    QPointer<QWidget> m_dialogParent;
    PasswordKeychain m_store;
    SmtpSettings m_settings;
    std::optional<QString> m_password;
    bool m_keychainAvailable = true;
    bool m_asked = false;
};
