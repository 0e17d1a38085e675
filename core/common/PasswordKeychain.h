#pragma once

#include <QObject>
#include <QString>

// Passwords in the operating system's keychain (Secret Service / KWallet on Linux, the macOS
// Keychain, the Windows Credential Manager) through QtKeychain, never with QtKeychain's insecure
// plain-file fallback, and never in the database. Rapport keeps two kinds there: the SMTP password
// (SmtpSettings::keychainKey) and, when the user asks for it, their office database password
// (OfficeCredentials).
class PasswordKeychain : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Done,
        NotFound,
        NoKeychain,
        Failed
    };
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString password; // when reading found one
        QString message;  // what went wrong, for the user
    };

    explicit PasswordKeychain(QObject* parent = nullptr);

    // Asynchronous, for the GUI: the answer arrives as readFinished()/writeFinished().
    void read(const QString& key);
    void write(const QString& key, const QString& password);

    // Synchronous, for the CLI and for sign-in: runs an event loop until the keychain answers.
    static Answer readNow(const QString& key);
    static Answer writeNow(const QString& key, const QString& password);
    // Removing an entry that is not there counts as done.
    static Answer removeNow(const QString& key);

signals:
    void readFinished(const QString& key, const PasswordKeychain::Answer& answer);
    void writeFinished(const QString& key, const PasswordKeychain::Answer& answer);
};

Q_DECLARE_METATYPE(PasswordKeychain::Answer)
