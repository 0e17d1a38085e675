#include "TestDatabase.h"
#include "app/AppSession.h"
#include "app/AreaPages.h"
#include "app/MainWindow.h"
#include "backup/BackupService.h"
#include "importexport/BackupActions.h"
#include "importexport/ExportDialog.h"
#include "records/CompaniesPage.h"
#include "records/CompanyService.h"
#include "records/CompanyTableModel.h"
#include "records/RecordListPage.h"
#include "records/RecordPages.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The File menu's Import…, Export…, Back up… and Restore… in the real main window: shown per
// role, export of exactly what a list shows, a backup written from the menu; and the daily backup
// settings in the settings dialog.
class TestDataActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RapportTestDataActions"));
        QSettings().clear();
    }
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        for (const char* name : {"Siam Riverside Hotel", "Siam Garden Spa", "Mekong Cafe"}) {
            Company company;
            company.name = QString::fromUtf8(name);
            company.city = QStringLiteral("Bangkok");
            company.paymentTerms = QStringLiteral("30 days");
            QVERIFY(CompanyService(m_db->context()).create(company).ok());
        }
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_db.reset();
        QSettings().clear();
    }

    void actionsFollowPermissions_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("import");
        QTest::addColumn<bool>("restore");
        QTest::newRow("admin") << int(Role::Admin) << true << true;
        QTest::newRow("sales") << int(Role::Sales) << true << false;
        QTest::newRow("marketing") << int(Role::Marketing) << false << false;
        QTest::newRow("support") << int(Role::TechSupport) << false << false;
    }
    void actionsFollowPermissions()
    {
        QFETCH(int, role);
        QFETCH(bool, import);
        QFETCH(bool, restore);
        openWindow(Actor{3, QStringLiteral("someone"), static_cast<Role>(role)});
        QCOMPARE(fileAction("importAction") != nullptr, import);
        QVERIFY(fileAction("exportAction")); // everyone may view records
        QVERIFY(fileAction("backupAction"));
        QCOMPARE(fileAction("restoreAction") != nullptr, restore);
        // Above Quit, in the File menu.
        QMenu* file = m_window->menuBar()->findChildren<QMenu*>().first();
        const QList<QAction*> actions = file->actions();
        QVERIFY(actions.indexOf(fileAction("exportAction")) < actions.indexOf(fileAction("quitAction")));
    }

    void exportActionSavesWhatTheListShows()
    {
        openWindow(AppSession::defaultActor());
        QVERIFY(m_window->showPage(QStringLiteral("companies")));
        auto* companies = qobject_cast<CompaniesPage*>(m_window->page(QStringLiteral("companies")));
        QVERIFY(companies);
        RecordListPage* list = companies->list();
        QTableView* view = list->view();
        // Filtered by a search, sorted by name descending, the country column hidden and payment
        // terms moved to the front.
        list->searchField()->setText(QStringLiteral("siam"));
        list->applyFilters();
        view->sortByColumn(CompanyTableModel::NameColumn, Qt::DescendingOrder);
        view->horizontalHeader()->hideSection(CompanyTableModel::CountryColumn);
        view->horizontalHeader()->hideSection(CompanyTableModel::IndustryColumn);
        view->horizontalHeader()->moveSection(
            view->horizontalHeader()->visualIndex(CompanyTableModel::PaymentTermsColumn), 0);
        QCOMPARE(list->visibleFields(), QStringList({QStringLiteral("payment_terms"), QStringLiteral("name"),
                                                     QStringLiteral("city"), QStringLiteral("is_active")}));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("companies.csv"));
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
            dialogSeen = dialog != nullptr;
            if (!dialog)
                return;
            dialog->setFilePath(path);
            dialog->findChild<QCheckBox*>(QStringLiteral("bomCheck"))->setChecked(false);
            dialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->click();
        });
        fileAction("exportAction")->trigger();
        QVERIFY(dialogSeen);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("payment_terms,name,city,is_active\r\n"
                                "30 days,Siam Riverside Hotel,Bangkok,true\r\n"
                                "30 days,Siam Garden Spa,Bangkok,true\r\n"));
    }

    void backupFromTheMenu()
    {
        openWindow(AppSession::defaultActor());
        auto* backups = m_window->findChild<BackupActions*>(QStringLiteral("backupActions"));
        QVERIFY(backups);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("copy.db"));
        backups->chooseBackupTarget = [&](QWidget*) {
            return target;
        };
        fileAction("backupAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(target) && BackupService::checkBackup(target).ok(), 20000);
        QCOMPARE(BackupService::checkBackup(target)->companies, 3);
    }

    void settingsDialogEditsDailyBackup()
    {
        QTemporaryDir dir;
        {
            SettingsDialog dialog(m_db->context());
            auto* enabled = dialog.findChild<QCheckBox*>(QStringLiteral("autoBackupCheck"));
            auto* folder = dialog.findChild<QLineEdit*>(QStringLiteral("autoBackupFolderEdit"));
            auto* keep = dialog.findChild<QSpinBox*>(QStringLiteral("autoBackupKeepSpin"));
            QVERIFY(enabled && folder && keep);
            QVERIFY(!enabled->isChecked());
            QVERIFY(!folder->isEnabled());
            QCOMPARE(keep->value(), 7);
            enabled->setChecked(true);
            QVERIFY(folder->isEnabled());
            folder->setText(dir.path());
            keep->setValue(3);
            QVERIFY2(dialog.save(), qPrintable(dialog.bannerText()));
        }
        SettingsDialog again(m_db->context());
        QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("autoBackupCheck"))->isChecked());
        QCOMPARE(again.findChild<QLineEdit*>(QStringLiteral("autoBackupFolderEdit"))->text(), dir.path());
        QCOMPARE(again.findChild<QSpinBox*>(QStringLiteral("autoBackupKeepSpin"))->value(), 3);
    }

private:
    void openWindow(const Actor& actor)
    {
        m_session = std::make_unique<AppSession>(m_db->database(),
                                                 std::make_unique<FixedClock>(m_db->clock().nowUtc()));
        m_session->setActor(actor);
        m_window = std::make_unique<MainWindow>(*m_session);
        addRecordPages(*m_window, *m_session);
        addAreaPages(*m_window, *m_session); // adds the data actions too, as in the application
        m_window->resize(1100, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    QAction* fileAction(const char* name) const
    {
        return m_window->findChild<QAction*>(QString::fromLatin1(name));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDataActions)
#include "TestDataActions.moc"
