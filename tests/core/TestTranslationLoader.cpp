#include "i18n/TranslationLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QtTest>

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void installedLayout()
    {
        // The Debian package puts the binaries in /usr/bin and the catalogues here.
        QVERIFY(TranslationLoader::directories(QStringLiteral("/usr/bin"))
                    .contains(QStringLiteral("/usr/share/rapport/translations")));
        QVERIFY(TranslationLoader::directories(QStringLiteral("/opt/rapport/bin"))
                    .contains(QStringLiteral("/opt/rapport/share/rapport/translations")));
    }

    void buildTreeLayout()
    {
        // The tests run from the build tree, whose bin/translations holds the compiled catalogues.
        const QString binDir = QFileInfo(QStringLiteral(RAPPORT_CLI_PATH)).absolutePath();
        const QString found = TranslationLoader::findCatalogue(binDir, QStringLiteral("th"));
        QCOMPARE(found, QDir(binDir).filePath(QStringLiteral("translations/rapport_th.qm")));
        QVERIFY(TranslationLoader::findCatalogue(binDir, QStringLiteral("xx")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "TestTranslationLoader.moc"
