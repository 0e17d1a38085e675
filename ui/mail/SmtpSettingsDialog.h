#pragma once

#include "common/ServiceContext.h"
#include "mail/SmtpOutcome.h"
#include "mail/SmtpSettings.h"

#include <QDialog>

class MessageBanner;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class SmtpPasswordKeeper;

// The office's SMTP settings (admin only): server, port, security, login, sender, reply-to, rate
// limit and an extra CA file; "Send test email" tries the settings as typed, on a worker thread;
// an untrusted certificate can be trusted (pinned by its SHA-256) for this server only.
class SmtpSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SmtpSettingsDialog(ServiceContext context, SmtpPasswordKeeper& passwords, QWidget* parent = nullptr);

    // The settings as the form shows them now.
    SmtpSettings settings() const;
    QString bannerText() const;
    bool testRunning() const { return m_testRunning; }
    // The fingerprint offered for trust after a failed test ("" when none).
    QString offeredFingerprint() const { return m_offeredFingerprint; }

public slots:
    // Validates and stores; closes the dialog when all went well.
    bool save();
    void sendTestEmail();
    void trustOfferedCertificate();

signals:
    void testFinished(const SmtpOutcome& outcome);

private:
    void load();
    void showOutcome(const SmtpOutcome& outcome, const QString& to);

    ServiceContext m_context;
    SmtpPasswordKeeper& m_passwords;
    MessageBanner* m_banner;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_senderName;
    QLineEdit* m_senderAddress;
    QLineEdit* m_replyTo;
    QSpinBox* m_rate;
    QLineEdit* m_caFile;
    QLineEdit* m_testAddress;
    QPushButton* m_testButton;
    QPushButton* m_trustButton;
    QPushButton* m_saveButton;
    QString m_offeredFingerprint;
    QString m_offeredFor; // host:port the offer applies to
    bool m_testRunning = false;
};
