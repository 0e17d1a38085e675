#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs the real rapport-cli binary as a separate process, the way scripts and people use it.
class CliRunner
{
public:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
        QStringList lines() const; // stdout lines without the trailing empty one
        QString lastLine() const;
    };

    explicit CliRunner(QString databasePath);

    Outcome run(const QStringList& arguments, const QByteArray& standardInput = {},
                int timeoutMs = 120000) const;
    static QString binary();

private:
    QString m_databasePath;
};
