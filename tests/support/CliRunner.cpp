#include "CliRunner.h"

#include <QProcess>

CliRunner::CliRunner(QString databasePath) : m_databasePath(std::move(databasePath)) {}

QString CliRunner::binary()
{
    return QStringLiteral(RAPPORT_CLI_PATH);
}

QStringList CliRunner::Outcome::lines() const
{
    QStringList result = out.split(QLatin1Char('\n'));
    while (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

QString CliRunner::Outcome::lastLine() const
{
    const QStringList all = lines();
    return all.isEmpty() ? QString() : all.last();
}

CliRunner::Outcome CliRunner::run(const QStringList& arguments, const QByteArray& standardInput,
                                  int timeoutMs) const
{
    QProcess process;
    QStringList args;
    if (!m_databasePath.isEmpty())
        args << QStringLiteral("--db") << m_databasePath;
    args << arguments;
    process.start(binary(), args);
    Outcome outcome;
    if (!process.waitForStarted(10000)) {
        outcome.err = QStringLiteral("could not start ") + binary();
        return outcome;
    }
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        outcome.err = QStringLiteral("timed out");
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err += QString::fromUtf8(process.readAllStandardError());
    return outcome;
}
