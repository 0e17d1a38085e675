#pragma once

#include "mail/MailAddress.h"
#include "mail/SmtpSecurity.h"

#include <QString>
#include <QStringList>

// The office's SMTP settings (stored in the settings table; see SmtpSettingsStore). The password
// is deliberately not here: it comes from the OS keychain, a prompt, or --smtp-password-file.
struct SmtpSettings
{
    QString host;
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty: no AUTH
    MailAddress sender;
    QString replyTo;
    int ratePerMinute = 60;
    QString caFile; // extra trusted CA certificates (PEM), beside the system store
    // SHA-256 fingerprints (uppercase hex pairs with colons) pinned for host:port.
    QStringList trustedFingerprints;
    int greetingTimeoutSeconds = 30;
    int commandTimeoutSeconds = 60;
    int dotTimeoutSeconds = 600;
    QString unsubscribeAddress; // mailto target of List-Unsubscribe; the sender when empty
    QString unsubscribeUrl;     // https target with {email}; none when empty

    bool isConfigured() const { return !host.isEmpty() && !sender.address.isEmpty(); }
    // How long a claimed mail stays ours: longer than the slowest possible attempt (every timeout
    // running out), so a live sender never loses a lease it still needs.
    int leaseSeconds() const
    {
        return greetingTimeoutSeconds + 8 * commandTimeoutSeconds + dotTimeoutSeconds + 120;
    }

    // The password's entry in the OS keychain (PasswordKeychain): one per user@host:port.
    QString keychainKey() const
    {
        return QStringLiteral("smtp:%1@%2:%3").arg(user, host.toLower()).arg(port);
    }

    // "AB:CD:…" from any common spelling (colons or not, any case).
    static QString normaliseFingerprint(const QString& fingerprint);
};
