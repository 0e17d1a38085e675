#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// Loads Rapport's and Qt's own translations for a language and makes it the current one. Works
// at run time: installing a translator sends QEvent::LanguageChange to every widget, which then
// retranslates itself. Rapport's rapport_<lang>.qm is looked for beside the binary
// (<binary dir>/translations, the build tree) and then in ../share/rapport/translations (an
// installed package); Qt's qtbase_<lang>.qm comes from QLibraryInfo::TranslationsPath.
class TranslationLoader
{
    Q_DECLARE_TR_FUNCTIONS(TranslationLoader)

public:
    // Language codes Rapport ships ("en", "th"), in menu order.
    static QStringList availableLanguages();
    // A language's own name ("English", "ไทย"): shown untranslated so anyone can find theirs.
    static QString nativeName(const QString& language);
    // The locale used for dates and numbers in that language.
    static QLocale localeFor(const QString& language);
    static QStringList searchDirectories();
    // Where rapport_<lang>.qm may be for a binary in `applicationDir`: beside it (build tree),
    // ../share/rapport/translations (installed) and /usr/share/rapport/translations.
    static QStringList directories(const QString& applicationDir);
    // The first rapport_<language>.qm found in directories(); empty when there is none.
    static QString findCatalogue(const QString& applicationDir, const QString& language);

    // Replaces the installed translators with those for `language` and sets the default QLocale.
    // Returns false (and keeps English) when the language is unknown or its catalogue is missing.
    static bool apply(const QString& language);
    static QString currentLanguage();
};
