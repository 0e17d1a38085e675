#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Finds and installs Rapport's and Qt's translations for a language. Rapport's .qm files live
// beside the binaries in a build tree (bin/translations) and in share/rapport/translations
// relative to the binaries when installed (/usr/bin → /usr/share/rapport/translations), so the
// same binary works from the build tree, the Debian package and a relocated install.
class TranslationLoader
{
public:
    // Where rapport_<lang>.qm is looked for, in order, for binaries in `applicationDir`.
    static QStringList directories(const QString& applicationDir);
    // The first of directories() holding rapport_<language>.qm, or empty.
    static QString findCatalogue(const QString& applicationDir, const QString& language);
    // Installs rapport_<language>.qm and Qt's own qtbase_<language>.qm on the application;
    // false when Rapport's catalogue was not found (English text is then shown).
    static bool install(QCoreApplication& app, const QString& language);
};
