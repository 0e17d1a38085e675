#pragma once

#include "common/Result.h"
#include "mail/SmtpSettings.h"

#include <QObject>
#include <QString>

// The SMTP password in the operating system's keychain (Secret Service / KWallet on Linux, the
// macOS Keychain, the Windows Credential Manager) through QtKeychain, never with QtKeychain's
// insecure plain-file fallback, and never in the database. One entry per user@host:port.
class SmtpPasswordStore : public QObject
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

    explicit SmtpPasswordStore(QObject* parent = nullptr);

    static QString keyFor(const SmtpSettings& settings);

    // Asynchronous, for the GUI: the answer arrives as readFinished()/writeFinished().
    void read(const QString& key);
    void write(const QString& key, const QString& password);

    // Synchronous, for the CLI: runs an event loop until the keychain answers.
    static Answer readNow(const QString& key);
    static Answer writeNow(const QString& key, const QString& password);

signals:
    void readFinished(const QString& key, const SmtpPasswordStore::Answer& answer);
    void writeFinished(const QString& key, const SmtpPasswordStore::Answer& answer);
};

Q_DECLARE_METATYPE(SmtpPasswordStore::Answer)
