// The committed translations: rapport_th.ts is complete (no unfinished, obsolete or vanished
// entries, every placeholder kept), and TranslationLoader switches the language at run time.
#include "auth/Role.h"
#include "i18n/TranslationLoader.h"
#include "settings/DesktopSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message
{
    QString context;
    QString source;
    QString type; // the <translation type="…"> attribute
    QStringList translations;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {}};
                inMessage = true;
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural messages hold <numerusform> children; plain ones hold the text itself.
                QString text;
                bool numerus = false;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                        break;
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        numerus = true;
                        current.translations << xml.readElementText();
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (!numerus)
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString thaiTsPath()
{
    return QStringLiteral(RAPPORT_SOURCE_DIR "/translations/rapport_th.ts");
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void thaiFileHasMessages();
    void thaiFileIsComplete_data();
    void thaiFileIsComplete();
    void languageSwitchesAtRunTime();
    void languageIsADesktopSetting();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestTranslations"));
}

void TestTranslations::thaiFileHasMessages()
{
    QString error;
    const QList<Message> messages = readTs(thaiTsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // An empty file would pass every row of thaiFileIsComplete: there must be something to check.
    QVERIFY2(messages.size() >= 50, "rapport_th.ts holds almost nothing; run scripts/update-translations");
}

void TestTranslations::thaiFileIsComplete_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("translations");
    QString error;
    const QList<Message> messages = readTs(thaiTsPath(), &error);
    int row = 0;
    for (const Message& message : messages) {
        const QByteArray name = QByteArray::number(++row) + ' ' + message.context.toUtf8() + ": " +
                                message.source.left(50).toUtf8();
        QTest::newRow(name.constData()) << message.source << message.type << message.translations;
    }
}

void TestTranslations::thaiFileIsComplete()
{
    QFETCH(QString, source);
    QFETCH(QString, type);
    QFETCH(QStringList, translations);
    QVERIFY2(type != QLatin1String("unfinished"), "unfinished: translate it");
    QVERIFY2(type != QLatin1String("obsolete") && type != QLatin1String("vanished"),
             "obsolete: run scripts/update-translations (it passes -no-obsolete)");
    QVERIFY(!translations.isEmpty());
    for (const QString& translation : translations) {
        QVERIFY2(!translation.trimmed().isEmpty(), "empty translation");
        // Every %1, %2 … of the source must survive; %n only where the source has it.
        QSet<QString> expected = placeholders(source);
        QSet<QString> actual = placeholders(translation);
        QCOMPARE(actual, expected);
    }
}

void TestTranslations::languageSwitchesAtRunTime()
{
    QVERIFY(TranslationLoader::apply(QStringLiteral("th")));
    QCOMPARE(TranslationLoader::currentLanguage(), QStringLiteral("th"));
    QCOMPARE(QLocale().language(), QLocale::Thai);
    QVERIFY2(RoleCodes::displayName(Role::Sales) != QLatin1String("Sales"),
             "rapport_th.qm was not found beside the binary (build the rapport_translations target)");
    QVERIFY(TranslationLoader::apply(QStringLiteral("en")));
    QCOMPARE(RoleCodes::displayName(Role::Sales), QStringLiteral("Sales"));
    QCOMPARE(QLocale().language(), QLocale::English);
    QVERIFY(!TranslationLoader::apply(QStringLiteral("xx")));
}

void TestTranslations::languageIsADesktopSetting()
{
    const QString key = QLatin1String(SettingsCatalogue::Keys::Language);
    QVERIFY(DesktopSettings::setValue(key, QStringLiteral("th")).ok());
    QCOMPARE(DesktopSettings::language(), QStringLiteral("th"));
    auto refused = DesktopSettings::setValue(key, QStringLiteral("klingon"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, key);
    QCOMPARE(DesktopSettings::language(), QStringLiteral("th"));
    // Office settings are not stored per desktop.
    QVERIFY(!DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::DailyRunTime),
                                       QStringLiteral("10:00"))
                 .ok());
    QVERIFY(DesktopSettings::setValue(key, QStringLiteral("en")).ok());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
