#include "i18n/TranslationLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {
// Owned by the application object (parent), so they go away with it; QPointer notices that.
QPointer<QTranslator> g_rapport;
QPointer<QTranslator> g_qt;
QString g_language = QStringLiteral("en");

void removeInstalled()
{
    for (QPointer<QTranslator>* translator : {&g_rapport, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}
} // namespace

QStringList TranslationLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("th")};
}

QString TranslationLoader::nativeName(const QString& language)
{
    if (language == QLatin1String("th"))
        return QStringLiteral("ไทย (Thai)");
    return QStringLiteral("English");
}

QLocale TranslationLoader::localeFor(const QString& language)
{
    if (language == QLatin1String("th"))
        return QLocale(QLocale::Thai, QLocale::Thailand);
    // Day-month-year, as offices in South-East Asia write dates in English.
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QStringList TranslationLoader::searchDirectories()
{
    return directories(QCoreApplication::applicationDirPath());
}

QStringList TranslationLoader::directories(const QString& applicationDir)
{
    const QDir dir(applicationDir);
    return {QDir::cleanPath(dir.filePath(QStringLiteral("translations"))),
            QDir::cleanPath(dir.filePath(QStringLiteral("../share/rapport/translations"))),
            QStringLiteral("/usr/share/rapport/translations")};
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

bool TranslationLoader::apply(const QString& language)
{
    if (!availableLanguages().contains(language))
        return false;
    removeInstalled();
    g_language = QStringLiteral("en");
    QLocale::setDefault(localeFor(QStringLiteral("en")));
    if (language == QLatin1String("en"))
        return true; // the source strings are English

    auto* rapport = new QTranslator(QCoreApplication::instance());
    bool loaded = false;
    for (const QString& directory : searchDirectories()) {
        if (rapport->load(QStringLiteral("rapport_") + language, directory)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        delete rapport;
        return false;
    }
    // Qt's own strings (standard buttons, context menus); missing ones just stay English.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(localeFor(language));
    QCoreApplication::installTranslator(rapport);
    g_rapport = rapport;
    g_language = language;
    return true;
}

QString TranslationLoader::currentLanguage()
{
    return g_language;
}
