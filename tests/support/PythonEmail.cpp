#include "PythonEmail.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>

namespace PythonEmail {
QJsonArray parseFiles(const QStringList& paths, QString* error)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(RAPPORT_SOURCE_DIR "/tests/support/parse_eml.py")} + paths);
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        if (error)
            *error = QString::fromLocal8Bit(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

QJsonObject parseBytes(const QByteArray& message, QString* error)
{
    QTemporaryFile file;
    if (!file.open())
        return {};
    file.write(message);
    file.flush();
    const QJsonArray parsed = parseFiles({file.fileName()}, error);
    return parsed.isEmpty() ? QJsonObject() : parsed.first().toObject();
}
} // namespace PythonEmail
