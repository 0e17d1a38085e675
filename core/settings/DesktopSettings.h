#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>

// Per-desktop settings (SettingScope::Desktop in SettingsCatalogue) kept in QSettings on this
// machine: the language, and window layout that the GUI stores as opaque state. No permission is
// needed: they affect only the person at this desktop.
namespace DesktopSettings {
// The stored value, or the catalogue default.
QString value(const QString& key);
// Validates via SettingsCatalogue (and, for the language, against the shipped translations).
Status setValue(const QString& key, const QString& value);

QString language();
// The office database to sign in to when started without --db; empty for this computer's own.
QString officeDatabase();

// Window geometry and splitter state, keyed by the window's object name.
QByteArray layout(const QString& name);
void setLayout(const QString& name, const QByteArray& state);
} // namespace DesktopSettings
