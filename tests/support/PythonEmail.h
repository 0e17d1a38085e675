#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Reads .eml files with Python's standard `email` package (tests/support/parse_eml.py), an
// implementation independent of Rapport's MIME writer: decoded headers, leaf parts and defects.
namespace PythonEmail {
QJsonArray parseFiles(const QStringList& paths, QString* error = nullptr);
QJsonObject parseBytes(const QByteArray& message, QString* error = nullptr);
} // namespace PythonEmail
