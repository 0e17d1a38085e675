#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A real SMTP server for tests: Debian's python3-aiosmtpd (tests/support/smtp_test_server.py) on a
// free 127.0.0.1 port, with a certificate (subjectAltName DNS:localhost, IP:127.0.0.1) made by
// openssl in its own temporary directory: self-signed, or issued by a CA the test names. AUTH is always
// required; with STARTTLS it is refused before TLS. Received messages land as .eml files the test reads back.
// Stopped (and its directory removed) when the object goes away.
class SmtpTestServer
{
public:
    enum class Security
    {
        StartTls,
        ImplicitTls,
        None
    };
    struct Options
    {
        Security security = Security::StartTls;
        QString user = QStringLiteral("rapport");
        QString password = QStringLiteral("s3cret-พาสเวิร์ด");
        qint64 sizeLimit = 10 * 1024 * 1024;
        // When set, the server's certificate is issued by this CA (PEM certificate and key)
        // instead of being self-signed.
        QString issuerCertificate;
        QString issuerKey;
    };

    SmtpTestServer();
    explicit SmtpTestServer(const Options& options);
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer&) = delete;
    SmtpTestServer& operator=(const SmtpTestServer&) = delete;

    // Starts the server; false (with errorString()) when it cannot.
    bool start();
    void stop();
    QString errorString() const { return m_error; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    const Options& options() const { return m_options; }
    QString directory() const;
    // The server's certificate (PEM): the CA file a client must be given to trust it.
    QString certificateFile() const;
    // SHA-256 of the certificate (DER) as uppercase hex pairs joined by colons.
    QString certificateSha256() const;

    // Injects a fault into the next `times` transactions (-1: all): "mail_421", "rcpt_550",
    // "data_451", "data_550", "drop_mid_data", "drop_after_354" (hangs up `delaySeconds` after
    // inviting the data), "drop_after_dot", "slow_dot" (`delaySeconds` before the reply to the
    // final dot). An empty action clears it.
    void setFault(const QString& action, int times = -1, double delaySeconds = 0.5);

    // Forgets the stored messages, the event log and any fault, so one server can serve many tests.
    void reset();

    // The stored messages, oldest first.
    QStringList messageFiles() const;
    QList<QByteArray> messages() const;
    int messageCount() const;
    // The protocol log (CONNECT, STARTTLS, AUTH …, MAIL …, DATA, DOT, STORED …, RSET, QUIT).
    QStringList events() const;
    int countEvents(const QString& prefix) const;

private:
    bool makeCertificate();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};
