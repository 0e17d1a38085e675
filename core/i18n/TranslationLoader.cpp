#include "i18n/TranslationLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

QStringList TranslationLoader::directories(const QString& applicationDir)
{
    const QDir dir(applicationDir);
    return {
        QDir::cleanPath(dir.filePath(QStringLiteral("translations"))),
        QDir::cleanPath(dir.filePath(QStringLiteral("../share/rapport/translations"))),
        QStringLiteral("/usr/share/rapport/translations"),
    };
}

QString TranslationLoader::findCatalogue(const QString& applicationDir, const QString& language)
{
    for (const QString& directory : directories(applicationDir)) {
        const QString file = directory + QStringLiteral("/rapport_") + language + QStringLiteral(".qm");
        if (QFileInfo::exists(file))
            return file;
    }
    return {};
}

bool TranslationLoader::install(QCoreApplication& app, const QString& language)
{
    const QString catalogue = findCatalogue(QCoreApplication::applicationDirPath(), language);
    if (catalogue.isEmpty())
        return false;
    auto* rapport = new QTranslator(&app);
    if (!rapport->load(catalogue)) {
        delete rapport;
        return false;
    }
    QCoreApplication::installTranslator(rapport);
    // Qt's own strings (dialog buttons, …), from qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}
