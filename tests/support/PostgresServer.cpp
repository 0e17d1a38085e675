#include "PostgresServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <unistd.h>

namespace {
int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString findBinDir()
{
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    const QStringList versions =
        root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& version : versions) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}
} // namespace

PostgresServer::PostgresServer() : m_base(QStringLiteral("/tmp/rapport-pg-XXXXXX"))
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_reason =
            QStringLiteral("PostgreSQL server binaries are not installed (apt-get install postgresql)");
        return;
    }
    if (geteuid() != 0) {
        m_reason = QStringLiteral(
            "starting a PostgreSQL test server needs root (to run initdb as the postgres user)");
        return;
    }
    m_dataDir = m_base.filePath(QStringLiteral("data"));
    m_socketDir = m_base.filePath(QStringLiteral("socket"));
    QDir().mkpath(m_socketDir);
    bool ok = false;
    // The temporary base must be reachable and writable by the postgres user.
    QProcess::execute(QStringLiteral("chown"),
                      {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_base.path()});
    QFile::setPermissions(m_base.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                             QFileDevice::ExeOther);
    const QString initOutput = runAsPostgres(
        {m_binDir + QStringLiteral("/initdb"), QStringLiteral("-D"), m_dataDir, QStringLiteral("-A"),
         QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
         QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
        &ok);
    if (!ok) {
        m_reason = QStringLiteral("initdb failed: ") + initOutput;
        return;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        const QString options =
            QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60")
                .arg(m_socketDir)
                .arg(m_port);
        const QString startOutput = runAsPostgres(
            {m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"),
             options, QStringLiteral("-l"), m_base.filePath(QStringLiteral("server.log")),
             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start")},
            &ok);
        if (ok)
            return;
        m_reason = QStringLiteral("pg_ctl start failed: ") + startOutput;
    }
}

PostgresServer::~PostgresServer()
{
    if (!m_dataDir.isEmpty() && m_port != 0) {
        bool ok = false;
        runAsPostgres({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dataDir,
                       QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                       QStringLiteral("stop")},
                      &ok);
    }
}

QString PostgresServer::runAsPostgres(const QStringList& command, bool* ok) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_base.path());
    process.start(QStringLiteral("runuser"),
                  QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} +
                      command);
    const bool finished = process.waitForFinished(60000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAll());
}

QString PostgresServer::psql(const QString& database, const QString& sql, bool* ok) const
{
    return runAsPostgres({m_binDir + QStringLiteral("/psql"), QStringLiteral("-X"), QStringLiteral("-q"),
                          QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                          QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), database,
                          QStringLiteral("-At"), QStringLiteral("-c"), sql},
                         ok);
}

QString PostgresServer::createDatabase(const QString& name)
{
    bool ok = false;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN").arg(name), &ok);
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 OWNER %1 ENCODING 'UTF8'").arg(name),
         &ok);
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%1").arg(name).arg(m_port);
}

QString PostgresServer::psqlAs(const QString& user, const QString& password, const QString& database,
                               const QString& sql, bool* ok) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), password);
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    process.setProcessEnvironment(environment);
    process.start(m_binDir + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-w"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                   QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), user,
                   QStringLiteral("-d"), database, QStringLiteral("-At"), QStringLiteral("-c"), sql});
    const bool finished = process.waitForFinished(60000);
    if (ok)
        *ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromUtf8(process.readAll());
}

bool PostgresServer::requirePasswords()
{
    QFile hba(m_dataDir + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    hba.write("local all all trust\n"
              "host all postgres 127.0.0.1/32 trust\n"
              "host all all 127.0.0.1/32 scram-sha-256\n");
    hba.close();
    bool ok = false;
    psql(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"), &ok);
    return ok;
}
