#include "SmtpTestServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>

SmtpTestServer::SmtpTestServer() : SmtpTestServer(Options{}) {}

SmtpTestServer::SmtpTestServer(const Options& options) : m_options(options) {}

SmtpTestServer::~SmtpTestServer()
{
    stop();
}

QString SmtpTestServer::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString SmtpTestServer::certificateFile() const
{
    return directory() + QStringLiteral("/cert.pem");
}

QString SmtpTestServer::certificateSha256() const
{
    const auto certificates = QSslCertificate::fromPath(certificateFile());
    if (certificates.isEmpty())
        return {};
    return QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

bool SmtpTestServer::makeCertificate()
{
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    QStringList arguments = {QStringLiteral("req"),
                             QStringLiteral("-x509"),
                             QStringLiteral("-newkey"),
                             QStringLiteral("ec"),
                             QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"),
                             QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"),
                             directory() + QStringLiteral("/key.pem"),
                             QStringLiteral("-out"),
                             certificateFile(),
                             QStringLiteral("-days"),
                             QStringLiteral("2"),
                             QStringLiteral("-subj"),
                             QStringLiteral("/CN=localhost"),
                             QStringLiteral("-addext"),
                             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")};
    if (!m_options.issuerCertificate.isEmpty()) {
        arguments << QStringLiteral("-addext") << QStringLiteral("basicConstraints=critical,CA:FALSE")
                  << QStringLiteral("-CA") << m_options.issuerCertificate << QStringLiteral("-CAkey")
                  << m_options.issuerKey;
    }
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
}

bool SmtpTestServer::start()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    if (m_options.security != Security::None && !makeCertificate())
        return false;
    const QString security = m_options.security == Security::StartTls      ? QStringLiteral("starttls")
                             : m_options.security == Security::ImplicitTls ? QStringLiteral("tls")
                                                                           : QStringLiteral("none");
    QStringList arguments = {QStringLiteral(RAPPORT_SOURCE_DIR "/tests/support/smtp_test_server.py"),
                             QStringLiteral("--dir"),
                             directory(),
                             QStringLiteral("--security"),
                             security,
                             QStringLiteral("--user"),
                             m_options.user,
                             QStringLiteral("--password"),
                             m_options.password,
                             QStringLiteral("--size-limit"),
                             QString::number(m_options.sizeLimit)};
    if (m_options.security != Security::None)
        arguments << QStringLiteral("--cert") << certificateFile() << QStringLiteral("--key")
                  << directory() + QStringLiteral("/key.pem");
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(directory() + QStringLiteral("/server.log"));
    // Debian's interpreter, where python3-aiosmtpd lives (python3 on PATH may be another one).
    m_process.start(QStringLiteral("/usr/bin/python3"), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start /usr/bin/python3: ") + m_process.errorString();
        return false;
    }
    QByteArray output;
    QDeadlineTimer deadline(20000);
    while (!output.contains('\n') && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
        output += m_process.readAllStandardOutput();
    }
    if (!output.startsWith("READY ")) {
        QFile log(directory() + QStringLiteral("/server.log"));
        (void)log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("the SMTP test server did not start: ") +
                  QString::fromLocal8Bit(output + log.readAll());
        stop();
        return false;
    }
    m_port = quint16(output.mid(6).trimmed().toUInt());
    return m_port != 0;
}

void SmtpTestServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

void SmtpTestServer::setFault(const QString& action, int times, double delaySeconds)
{
    QSaveFile file(directory() + QStringLiteral("/control.json"));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QJsonObject control{{QStringLiteral("action"), action},
                        {QStringLiteral("times"), times},
                        {QStringLiteral("delay"), delaySeconds}};
    file.write(QJsonDocument(control).toJson(QJsonDocument::Compact));
    file.commit();
}

void SmtpTestServer::reset()
{
    setFault(QString(), 0);
    const QStringList files = messageFiles();
    for (const QString& file : files)
        QFile::remove(file);
    // The server appends (O_APPEND), so truncating under it is safe.
    QFile events(directory() + QStringLiteral("/events.log"));
    if (events.open(QIODevice::ReadWrite))
        events.resize(0);
}

QStringList SmtpTestServer::messageFiles() const
{
    const QDir mail(directory() + QStringLiteral("/mail"));
    QStringList files;
    const QStringList names = mail.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        files << mail.filePath(name);
    return files;
}

QList<QByteArray> SmtpTestServer::messages() const
{
    QList<QByteArray> contents;
    const QStringList files = messageFiles();
    for (const QString& path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            contents << file.readAll();
    }
    return contents;
}

int SmtpTestServer::messageCount() const
{
    return int(messageFiles().size());
}

QStringList SmtpTestServer::events() const
{
    QFile file(directory() + QStringLiteral("/events.log"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int SmtpTestServer::countEvents(const QString& prefix) const
{
    int count = 0;
    const QStringList lines = events();
    for (const QString& line : lines) {
        if (line.startsWith(prefix))
            ++count;
    }
    return count;
}
