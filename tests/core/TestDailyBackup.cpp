#include "backup/BackupService.h"
#include "backup/DailyBackup.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "settings/DesktopSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// The daily automatic backup: at most one backup per office-local day whatever the number of
// checks, pruning to the last N, nothing when switched off, and the desktop settings it reads.
class TestDailyBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    // 10:00 in Bangkok on 2 March 2026.
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC)};

    ServiceContext context() const { return {m_db, &m_clock, Actor::cli()}; }
    DailyBackup::Settings settings(int keep = 3) const
    {
        DailyBackup::Settings s;
        s.enabled = true;
        s.folder = m_dir.filePath(QStringLiteral("daily"));
        s.keep = keep;
        return s;
    }
    static QStringList names(const QStringList& paths)
    {
        QStringList result;
        for (const QString& path : paths)
            result << QFileInfo(path).fileName();
        return result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RapportTestDailyBackup"));
        QSettings().clear();
        auto opened = Database::open(m_dir.filePath(QStringLiteral("rapport.db")));
        QVERIFY(opened.ok());
        m_db = opened.value();
    }

    void onceADayAndKeepsLastN()
    {
        const DailyBackup daily(context());
        auto first = daily.runIfDue(settings());
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(first->has_value());
        QCOMPARE(QFileInfo(**first).fileName(), QStringLiteral("rapport-backup-2026-03-02.db"));
        QVERIFY(BackupService::checkBackup(**first).ok());

        // Later the same office day, and again after a "restart": nothing new.
        m_clock.advanceSeconds(6 * 3600);
        QVERIFY(!DailyBackup(context()).runIfDue(settings())->has_value());
        // 23:59 in Bangkok is still 2 March; one minute later is the next office day.
        m_clock.setNow(QDateTime(QDate(2026, 3, 2), QTime(16, 59), Qt::UTC));
        QVERIFY(!daily.runIfDue(settings())->has_value());
        m_clock.setNow(QDateTime(QDate(2026, 3, 2), QTime(17, 1), Qt::UTC));
        auto next = daily.runIfDue(settings());
        QVERIFY(next.ok() && next->has_value());
        QCOMPARE(QFileInfo(**next).fileName(), QStringLiteral("rapport-backup-2026-03-03.db"));

        // Five more days with a check every few hours: three copies remain, the newest.
        QFile other(QDir(settings().folder).filePath(QStringLiteral("rapport-backup-manual.db")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        for (int day = 0; day < 5; ++day) {
            for (int check = 0; check < 4; ++check) {
                m_clock.advanceSeconds(6 * 3600);
                QVERIFY(daily.runIfDue(settings()).ok());
            }
        }
        const QStringList kept = BackupService::dailyBackups(settings().folder);
        QCOMPARE(names(kept), QStringList({QStringLiteral("rapport-backup-2026-03-08.db"),
                                           QStringLiteral("rapport-backup-2026-03-07.db"),
                                           QStringLiteral("rapport-backup-2026-03-06.db")}));
        QVERIFY(!QFileInfo::exists(**first));
        // Other files in the folder are never pruned.
        QVERIFY(other.exists());
    }

    void offMeansNothing()
    {
        DailyBackup::Settings off = settings();
        off.enabled = false;
        off.folder = m_dir.filePath(QStringLiteral("off"));
        m_clock.advanceSeconds(3 * 86400);
        QVERIFY(!DailyBackup(context()).runIfDue(off)->has_value());
        QVERIFY(!QFileInfo::exists(off.folder));
    }

    void unwritableFolderIsAnError()
    {
        DailyBackup::Settings bad = settings();
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        bad.folder = blocker.fileName() + QStringLiteral("/sub");
        m_clock.advanceSeconds(86400);
        QVERIFY(!DailyBackup(context()).runIfDue(bad).ok());
    }

    void readsDesktopSettings()
    {
        DailyBackup::Settings defaults = DailyBackup::fromDesktop();
        QCOMPARE(defaults.enabled, false);
        QCOMPARE(defaults.keep, 7);
        QCOMPARE(DailyBackup::folder(defaults), DailyBackup::defaultFolder());
        QVERIFY(DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::AutoBackupEnabled),
                                          QStringLiteral("true"))
                    .ok());
        QVERIFY(DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::AutoBackupFolder),
                                          m_dir.filePath(QStringLiteral("x")))
                    .ok());
        QVERIFY(DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::AutoBackupKeep),
                                          QStringLiteral("14"))
                    .ok());
        QVERIFY(!DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::AutoBackupKeep),
                                           QStringLiteral("0"))
                     .ok());
        const DailyBackup::Settings stored = DailyBackup::fromDesktop();
        QVERIFY(stored.enabled);
        QCOMPARE(stored.keep, 14);
        QCOMPARE(stored.folder, m_dir.filePath(QStringLiteral("x")));
        QSettings().clear();
    }
};

QTEST_GUILESS_MAIN(TestDailyBackup)
#include "TestDailyBackup.moc"
