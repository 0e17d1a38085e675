// Sign-in, first run, user management, settings and history, driven through their widgets by
// objectName against a real SQLite file.
#include "AuthTestSupport.h"
#include "audit/HistoryView.h"
#include "auth/FirstRunWizard.h"
#include "auth/SessionActions.h"
#include "auth/SignInDialog.h"
#include "auth/UserManagementPage.h"
#include "auth/UserService.h"
#include "auth/UserTableModel.h"
#include "db/Database.h"
#include "i18n/TranslationLoader.h"
#include "records/CompanyService.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"
#include "settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

class TestSignInAndAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void salesSignsInAndHasNoUserManagement();
    void adminSeesUserManagement();
    void lockoutMessageShowsInTheDialog();
    void firstRunWizardCreatesDatabaseAdminAndDemoData();
    void lastAdminRefusalShowsInTheBanner();
    void settingsAreAdminOnlyAndValidated();
    void historyViewShowsFieldChanges();
    void thaiWindowRetranslatesAndRenders();

private:
    Actor signIn(const QString& username, const QString& password, QString* banner = nullptr);
    std::unique_ptr<AuthTestSupport> m_env;
};

void TestSignInAndAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSignInAndAdmin"));
}

void TestSignInAndAdmin::init()
{
    m_env = std::make_unique<AuthTestSupport>();
    QVERIFY(m_env->ok());
    UserService users(m_env->asCli());
    User admin;
    admin.username = QStringLiteral("admin");
    admin.role = Role::Admin;
    QVERIFY(users.create(admin, QStringLiteral("admin-pw")).ok());
    User sales;
    sales.username = QStringLiteral("sam");
    sales.role = Role::Sales;
    QVERIFY(users.create(sales, QStringLiteral("sales-pw")).ok());
}

Actor TestSignInAndAdmin::signIn(const QString& username, const QString& password, QString* banner)
{
    SignInDialog dialog(m_env->as(Actor{}));
    dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(username);
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    if (banner)
        *banner = dialog.bannerText();
    return dialog.result() == QDialog::Accepted ? dialog.actor() : Actor{};
}

void TestSignInAndAdmin::salesSignsInAndHasNoUserManagement()
{
    const Actor actor = signIn(QStringLiteral("sam"), QStringLiteral("sales-pw"));
    QCOMPARE(actor.username, QStringLiteral("sam"));
    QCOMPARE(actor.role, Role::Sales);
    QMainWindow window;
    SessionActions actions(m_env->as(actor), &window);
    window.menuBar()->addMenu(QStringLiteral("File"))->addAction(actions.manageUsers());
    window.show();
    auto* manageUsers = window.findChild<QAction*>(QStringLiteral("actionManageUsers"));
    QVERIFY(manageUsers);
    QVERIFY(!manageUsers->isVisible());
    QVERIFY(!manageUsers->isEnabled());
    // Triggering it anyway (a stale shortcut) opens nothing; the service refuses too.
    manageUsers->trigger();
    QVERIFY(!UserService(m_env->as(actor)).list().ok());
}

void TestSignInAndAdmin::adminSeesUserManagement()
{
    const Actor actor = signIn(QStringLiteral("ADMIN"), QStringLiteral("admin-pw"));
    QCOMPARE(actor.role, Role::Admin);
    QMainWindow window;
    SessionActions actions(m_env->as(actor), &window);
    QVERIFY(actions.manageUsers()->isVisible());
    QVERIFY(actions.manageUsers()->isEnabled());
    UserManagementPage page(m_env->as(actor));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 2);
}

void TestSignInAndAdmin::lockoutMessageShowsInTheDialog()
{
    QString banner;
    QVERIFY(signIn(QStringLiteral("sam"), QStringLiteral("nope"), &banner).username.isEmpty());
    QVERIFY(!banner.isEmpty());
    for (int i = 0; i < 4; ++i)
        signIn(QStringLiteral("sam"), QStringLiteral("nope"));
    SignInDialog dialog(m_env->as(Actor{}));
    dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("sam"));
    dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("sales-pw"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("signInButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.bannerText().contains(QLatin1String("30")), qPrintable(dialog.bannerText()));
    QVERIFY(!button->isEnabled());
    m_env->clock().advanceSeconds(30);
    // The countdown re-checks once a second; the clock has moved, so the next tick unlocks.
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSignInAndAdmin::firstRunWizardCreatesDatabaseAdminAndDemoData()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("sub/new.sqlite"));
    FirstRunWizard wizard(m_env->clock(), location);
    QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("databaseLocationEdit"))->text(),
             QDir::toNativeSeparators(location));
    wizard.findChild<QLineEdit*>(QStringLiteral("adminUsernameEdit"))->setText(QStringLiteral("founder"));
    wizard.findChild<QLineEdit*>(QStringLiteral("adminPasswordEdit"))->setText(QStringLiteral("pw1"));
    wizard.findChild<QLineEdit*>(QStringLiteral("adminConfirmEdit"))->setText(QStringLiteral("pw2"));
    QVERIFY(!wizard.finish());
    QVERIFY(!wizard.bannerText().isEmpty());
    wizard.findChild<QLineEdit*>(QStringLiteral("adminConfirmEdit"))->setText(QStringLiteral("pw1"));
    wizard.findChild<QCheckBox*>(QStringLiteral("demoDataCheck"))->setChecked(true);
    QVERIFY2(wizard.finish(), qPrintable(wizard.bannerText()));
    QCOMPARE(wizard.actor().role, Role::Admin);
    QVERIFY(QFileInfo::exists(location));
    const ServiceContext context{wizard.database(), &m_env->clock(), wizard.actor()};
    QVERIFY(CompanyService(context).count().value() > 0);
    QCOMPARE(UserService(context).list()->size(), 1);
    wizard.database()->closeThreadConnection();
}

void TestSignInAndAdmin::lastAdminRefusalShowsInTheBanner()
{
    const Actor admin = signIn(QStringLiteral("admin"), QStringLiteral("admin-pw"));
    UserManagementPage page(m_env->as(admin));
    auto* table = page.findChild<QTableView*>(QStringLiteral("userTable"));
    table->selectRow(page.model()->rowOf(admin.userId));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("toggleActiveButton")), Qt::LeftButton);
    QVERIFY2(page.bannerText().contains(QLatin1String("admin")), qPrintable(page.bannerText()));
    QVERIFY(UserService(m_env->as(admin)).get(admin.userId)->isActive);
}

void TestSignInAndAdmin::settingsAreAdminOnlyAndValidated()
{
    const QString key = QLatin1String(SettingsCatalogue::Keys::DailyRunTime);
    const Actor sales = signIn(QStringLiteral("sam"), QStringLiteral("sales-pw"));
    {
        SettingsDialog dialog(m_env->as(sales));
        QVERIFY(!dialog.officeSettingsEditable());
        QVERIFY(dialog.findChild<QLineEdit*>(key + QStringLiteral("Edit"))->isReadOnly());
        QVERIFY(dialog.findChild<QWidget*>(QStringLiteral("officeSettingsNote"))->isVisibleTo(&dialog));
    }
    const Actor admin = signIn(QStringLiteral("admin"), QStringLiteral("admin-pw"));
    SettingsDialog dialog(m_env->as(admin));
    auto* edit = dialog.findChild<QLineEdit*>(key + QStringLiteral("Edit"));
    QVERIFY(!edit->isReadOnly());
    edit->setText(QStringLiteral("25:99"));
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.bannerText().isEmpty());
    QCOMPARE(OfficeSettings(m_env->as(admin)).value(key), QStringLiteral("09:00"));
    edit->setText(QStringLiteral("7:30"));
    QVERIFY2(dialog.save(), qPrintable(dialog.bannerText()));
    QCOMPARE(OfficeSettings(m_env->as(admin)).value(key), QStringLiteral("07:30"));
}

void TestSignInAndAdmin::historyViewShowsFieldChanges()
{
    const Actor sales = signIn(QStringLiteral("sam"), QStringLiteral("sales-pw"));
    CompanyService companies(m_env->as(sales));
    Company company;
    company.name = QStringLiteral("Lotus Spa");
    const qint64 id = companies.create(company).value();
    company = companies.get(id).value();
    company.city = QStringLiteral("Phuket");
    QVERIFY(companies.update(company).ok());
    HistoryView view(m_env->as(sales));
    view.setRecord(QStringLiteral("company"), id);
    QCOMPARE(view.entryCount(), 2);
    auto* tree = view.findChild<QTreeWidget*>(QStringLiteral("historyTree"));
    QTreeWidgetItem* latest = tree->topLevelItem(0);
    QCOMPARE(latest->text(1), QStringLiteral("sam"));
    QCOMPARE(latest->childCount(), 1);
    QCOMPARE(latest->child(0)->text(1), QStringLiteral("city"));
    QVERIFY(latest->child(0)->text(2).contains(QLatin1String("Phuket")));
}

void TestSignInAndAdmin::thaiWindowRetranslatesAndRenders()
{
    const Actor admin = signIn(QStringLiteral("admin"), QStringLiteral("admin-pw"));
    QMainWindow window;
    SessionActions actions(m_env->as(admin), &window);
    QMenu* menu = window.menuBar()->addMenu(QStringLiteral("Rapport"));
    menu->addAction(actions.manageUsers());
    menu->addAction(actions.settings());
    auto* page = new UserManagementPage(m_env->as(admin), &window);
    window.setCentralWidget(page);
    window.resize(900, 420);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString english = actions.manageUsers()->text();

    // Switching language at run time: the open window retranslates without being rebuilt.
    QVERIFY(TranslationLoader::apply(QStringLiteral("th")));
    QCoreApplication::processEvents();
    QVERIFY(actions.manageUsers()->text() != english);
    QCOMPARE(page->findChild<QPushButton*>(QStringLiteral("newUserButton"))->text(),
             QStringLiteral("ผู้ใช้&ใหม่…"));
    const QPixmap shot = window.grab();
    QVERIFY(!shot.isNull());
    // Set RAPPORT_SCREENSHOT_DIR to keep the picture (to look at the Thai rendering).
    const QString dir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(shot.save(QDir(dir).filePath(QStringLiteral("users-th.png"))));
    QVERIFY(TranslationLoader::apply(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(actions.manageUsers()->text(), english);
}

QTEST_MAIN(TestSignInAndAdmin)
#include "TestSignInAndAdmin.moc"
