#pragma once

#include "mail/SmtpOutcome.h"
#include "mail/SmtpReply.h"
#include "mail/SmtpSettings.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <functional>

class QSslSocket;

// An SMTP submission client on QSslSocket for one connection, reused for a batch of messages.
// Its calls return when the step is done: they run the calling thread's event loop while they
// wait, so it belongs on a worker thread (the scheduler), never on the GUI thread.
//
// Security: STARTTLS is required when chosen (never a silent downgrade) and the session restarts
// after it; certificates are verified against the system store plus the optional CA file, and an
// unverifiable certificate is accepted only if its SHA-256 was pinned for this server. Passwords
// are sent only over TLS, or in the clear to a loopback relay when security is "none".
class SmtpClient : public QObject
{
    Q_OBJECT

public:
    SmtpClient(const SmtpSettings& settings, const QString& password, QObject* parent = nullptr);
    ~SmtpClient() override;

    // Connects, reads the greeting, says EHLO, starts TLS and logs in as the settings say.
    SmtpOutcome open();
    bool isOpen() const;
    // What the caller does at three points of one message's transaction, each while the server
    // has work of its own to do.
    struct SendHooks
    {
        // Runs once MAIL FROM is on its way, before its reply is read: time the server spends
        // reading it, in which the caller can settle the previous mail. Returning false gives this
        // message up before any of its data goes out (Kind::Abandoned; the connection is dropped).
        std::function<bool()> whileServerReadsEnvelope = {};
        // Runs once the server has accepted DATA and before the final "." is sent (the caller
        // records that the dot is about to go): after the body for a big message, before the
        // body for one small enough to go out together with its dot (see send()). If it returns
        // false the connection is dropped instead, so the server discards the message
        // (Kind::Abandoned).
        std::function<bool()> beforeFinalDot = {};
        // Runs once the final dot is on its way, before the server's reply is read: time the
        // server spends storing the message, in which the caller can prepare the next.
        std::function<void()> whileAwaitingReply = {};
    };
    // One message to one recipient. A message of up to kOneWriteBytes (dot-stuffed) goes out
    // with its final dot in one write, so the server reads it in one piece; a bigger one goes
    // out first, and its dot only once it is all written and the server is still there.
    static constexpr qsizetype kOneWriteBytes = 64 * 1024;
    SmtpOutcome send(const QString& envelopeFrom, const QString& recipient, const QByteArray& message,
                     const SendHooks& hooks);
    SmtpOutcome send(const QString& envelopeFrom, const QString& recipient, const QByteArray& message);
    // QUIT, then disconnect.
    void close();

    // What the server offered in its last EHLO reply (upper-case keyword → parameters).
    QHash<QString, QString> extensions() const { return m_extensions; }
    QSslCertificate peerCertificate() const;
    int messagesSent() const { return m_messagesSent; }

    static QString fingerprint(const QSslCertificate& certificate);

private:
    enum class Wait
    {
        Ready,
        Timeout,
        Closed
    };
    Wait waitFor(const std::function<bool()>& ready, int timeoutMs);
    Wait waitOnSocket(const std::function<bool()>& ready, int timeoutMs);
    Wait waitForReply(SmtpReply* reply, bool* malformed, int timeoutMs);
    // Writes one command and reads its reply. `whileServerReads` runs between the two; if it
    // returns false the connection is dropped and the mail given up (Kind::Abandoned).
    SmtpOutcome command(const QByteArray& line, SmtpReply* reply, int timeoutMs,
                        const QString& shownCommand = {}, const std::function<bool()>& whileServerReads = {});
    SmtpOutcome readReply(SmtpReply* reply, int timeoutMs, const QString& step);
    SmtpOutcome ehlo();
    SmtpOutcome startTls();
    SmtpOutcome authenticate();
    SmtpOutcome failure(SmtpOutcome::Kind kind, const QString& message, const SmtpReply& reply = {});
    SmtpOutcome replyFailure(const QString& step, const SmtpReply& reply);
    SmtpOutcome connectionLost(const QString& step);
    static SmtpOutcome abandoned();
    QString serverName() const;
    void drop();

    SmtpSettings m_settings;
    QString m_password;
    QSslSocket* m_socket = nullptr;
    SmtpReplyParser m_parser;
    QHash<QString, QString> m_extensions;
    bool m_transactionDirty = false; // a MAIL was accepted without the transaction completing
    int m_messagesSent = 0;
    QString m_untrustedFingerprint;
    QString m_sslErrorText;
};
