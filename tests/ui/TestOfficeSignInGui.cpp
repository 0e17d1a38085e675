// The desktop's sign-in to an office (PostgreSQL) database: a real server from the test harness,
// an office set up with `admin create-office-db` and `user add`, then the GUI's own dialog.
#include "CliRunner.h"
#include "PostgresServer.h"
#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "auth/FirstRunWizard.h"
#include "auth/SignInDialog.h"
#include "auth/StartupFlow.h"
#include "common/FixedClock.h"
#include "common/PasswordKeychain.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "office/OfficeCredentials.h"
#include "office/OfficeSignIn.h"
#include "records/CompanyService.h"
#include "records/RecordPages.h"
#include "settings/DesktopSettings.h"
#include "settings/SettingsCatalogue.h"
#include "settings/SettingsDialog.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

class TestOfficeSignInGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInAsTheUsersOwnDatabaseRole();
    void wrongPasswordStaysInTheDialog();
    void startupGoesToSignInNotToTheFirstRunWizard();
    void firstRunWizardJoinsTheOffice();
    void settingsChooseTheOfficeDatabase();
    void rememberedPasswordSignsInUntilSignOut();
    void rememberedPasswordThatNoLongerWorksAsksAgain();
    void unreachableServerIsNamedAtOnce();
    void changeOnOneDesktopShowsOnTheOther();

private:
    QString officeUrl() const
    {
        return QStringLiteral("postgresql://127.0.0.1:%1/office").arg(m_server->port());
    }
    static void fillAndSignIn(SignInDialog& dialog, const QString& user, const QString& password);
    // Runs `act` on the sign-in dialog once StartupFlow shows one (polling, since the flow may
    // run nested event loops of its own first); returns the class of what was shown, if anything.
    std::optional<Session> startWatchingForDialog(const std::function<void(SignInDialog&)>& act,
                                                  QString* shownClass);
    static QString samPassword() { return QStringLiteral("sam's long passphrase"); }

    std::unique_ptr<PostgresServer> m_server;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc())};
};

void TestOfficeSignInGui::initTestCase()
{
    // Desktop settings go to a throw-away place, never the developer's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QSettings().clear();
    m_server = std::make_unique<PostgresServer>();
    if (!m_server->isRunning())
        QSKIP(qPrintable(m_server->unavailableReason()));
    bool ok = false;
    const QString created = m_server->psql(QStringLiteral("postgres"),
                                           QStringLiteral("CREATE DATABASE office ENCODING 'UTF8'"), &ok);
    QVERIFY2(ok, qPrintable(created));
    CliRunner admin(QStringLiteral("postgresql://postgres@127.0.0.1:%1/office").arg(m_server->port()));
    auto init = admin.run({QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    auto office = admin.run({QStringLiteral("admin"), QStringLiteral("create-office-db")});
    QVERIFY2(office.exitCode == 0, qPrintable(office.err));
    auto sam =
        admin.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sam"),
                   QStringLiteral("--role"), QStringLiteral("sales"), QStringLiteral("--password-stdin")},
                  "sam's long passphrase\n");
    QVERIFY2(sam.exitCode == 0, qPrintable(sam.err));
    QVERIFY(m_server->requirePasswords());
}

void TestOfficeSignInGui::fillAndSignIn(SignInDialog& dialog, const QString& user, const QString& password)
{
    auto* username = dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    username->clear();
    QTest::keyClicks(username, user);
    secret->clear();
    QTest::keyClicks(secret, password);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
}

void TestOfficeSignInGui::signsInAsTheUsersOwnDatabaseRole()
{
    SignInDialog dialog(officeUrl(), m_clock);
    dialog.show();
    fillAndSignIn(dialog, QStringLiteral("sam"), QStringLiteral("sam's long passphrase"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.actor().username, QStringLiteral("sam"));
    QCOMPARE(dialog.actor().role, Role::Sales);
    QVERIFY(dialog.database());
    auto who = SqlRun::scalar(dialog.database()->connection(), QStringLiteral("SELECT session_user"));
    QVERIFY(who);
    QCOMPARE(who->toString(), QStringLiteral("sam"));
    // The server, not only the GUI, holds Sales back.
    QVERIFY(!SqlRun::exec(dialog.database()->connection(), QStringLiteral("DELETE FROM settings")));
}

void TestOfficeSignInGui::wrongPasswordStaysInTheDialog()
{
    SignInDialog dialog(officeUrl(), m_clock);
    dialog.show();
    fillAndSignIn(dialog, QStringLiteral("sam"), QStringLiteral("a guess"));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY2(dialog.bannerText().contains(QLatin1String("did not let \"sam\" in")),
             qPrintable(dialog.bannerText()));
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text(), QStringLiteral("sam"));
    // Usernames ignore case, as on a desktop file: "SAM" is sam's role.
    fillAndSignIn(dialog, QStringLiteral("SAM"), QStringLiteral("sam's long passphrase"));
    QVERIFY2(dialog.result() == int(QDialog::Accepted), qPrintable(dialog.bannerText()));
    QCOMPARE(dialog.actor().username, QStringLiteral("sam"));
}

void TestOfficeSignInGui::startupGoesToSignInNotToTheFirstRunWizard()
{
    QString shownClass;
    QTimer::singleShot(200, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        shownClass = modal ? QString::fromLatin1(modal->metaObject()->className()) : QString();
        if (auto* dialog = qobject_cast<SignInDialog*>(modal))
            fillAndSignIn(*dialog, QStringLiteral("sam"), QStringLiteral("sam's long passphrase"));
        else if (modal)
            modal->close();
    });
    const std::optional<Session> session = StartupFlow::run(m_clock, officeUrl());
    QCOMPARE(shownClass, QStringLiteral("SignInDialog"));
    QVERIFY(session);
    QCOMPARE(session->actor.role, Role::Sales);
    QCOMPARE(session->actor.username, QStringLiteral("sam"));
}

void TestOfficeSignInGui::firstRunWizardJoinsTheOffice()
{
    QTemporaryDir dir;
    const QString localFile = dir.filePath(QStringLiteral("rapport.db"));
    FirstRunWizard wizard(m_clock, localFile);
    wizard.show();
    auto* join = wizard.findChild<QCheckBox*>(QStringLiteral("joinOfficeCheck"));
    auto* address = wizard.findChild<QLineEdit*>(QStringLiteral("officeDatabaseEdit"));
    QVERIFY(!address->isEnabled());
    join->setChecked(true);
    QVERIFY(address->isEnabled());
    QVERIFY(!wizard.findChild<QLineEdit*>(QStringLiteral("databaseLocationEdit"))->isEnabled());
    QCOMPARE(wizard.nextId(), -1); // Finish on this page

    address->setText(QStringLiteral("office-server/rapport"));
    wizard.accept();
    QVERIFY(wizard.result() != int(QDialog::Accepted));
    auto* problem = wizard.findChild<MessageBanner*>(QStringLiteral("officeDatabaseProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("postgresql://server/dbname")),
             qPrintable(problem->text()));

    address->setText(officeUrl());
    wizard.accept();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(wizard.joinsOffice());
    QCOMPARE(DesktopSettings::officeDatabase(), officeUrl());
    QVERIFY(!QFileInfo::exists(localFile)); // nothing created on this computer
    QVERIFY(DesktopSettings::setValue(QLatin1String(SettingsCatalogue::Keys::OfficeDatabase), QString()));
}

void TestOfficeSignInGui::settingsChooseTheOfficeDatabase()
{
    auto signedIn = OfficeSignIn::signIn(officeUrl(), QStringLiteral("sam"),
                                         QStringLiteral("sam's long passphrase"), m_clock);
    QVERIFY(signedIn);
    SettingsDialog dialog(ServiceContext{signedIn->database, &m_clock, signedIn->actor});
    auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("officeDatabaseEdit"));
    QVERIFY(address);
    address->setText(QStringLiteral("postgresql://sam:secret@server/rapport"));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.bannerText().contains(QLatin1String("password")), qPrintable(dialog.bannerText()));
    QCOMPARE(address->text(), QStringLiteral("postgresql://sam:secret@server/rapport")); // kept to fix
    address->setText(officeUrl());
    QVERIFY2(dialog.save(), qPrintable(dialog.bannerText()));
    QCOMPARE(DesktopSettings::officeDatabase(), officeUrl());
    address->clear();
    QVERIFY(dialog.save());
    QCOMPARE(DesktopSettings::officeDatabase(), QString());
}

std::optional<Session>
TestOfficeSignInGui::startWatchingForDialog(const std::function<void(SignInDialog&)>& act,
                                            QString* shownClass)
{
    QTimer watch;
    watch.setInterval(50);
    connect(&watch, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        watch.stop();
        *shownClass = QString::fromLatin1(modal->metaObject()->className());
        if (auto* dialog = qobject_cast<SignInDialog*>(modal))
            act(*dialog);
        if (modal->isVisible())
            modal->close();
    });
    watch.start();
    return StartupFlow::run(m_clock, officeUrl());
}

void TestOfficeSignInGui::rememberedPasswordSignsInUntilSignOut()
{
    if (!qEnvironmentVariableIsSet("RAPPORT_TEST_KEYCHAIN"))
        QSKIP("needs a keychain: run through tests/support/with-keychain, as ctest does");
    const QString key = OfficeCredentials::keychainKey(officeUrl(), QStringLiteral("sam"));
    {
        SignInDialog dialog(officeUrl(), m_clock);
        dialog.show();
        auto* remember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberPasswordCheck"));
        QVERIFY(remember && remember->isVisible());
        QVERIFY(!remember->isChecked()); // only on request
        remember->setChecked(true);
        fillAndSignIn(dialog, QStringLiteral("Sam"), samPassword());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const PasswordKeychain::Answer stored = PasswordKeychain::readNow(key);
    QCOMPARE(int(stored.outcome), int(PasswordKeychain::Outcome::Done));
    QCOMPARE(stored.password, samPassword());
    // The keychain has it, the desktop's settings file does not.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("passphrase"));

    // The next start signs sam in without asking.
    QString shown;
    std::optional<Session> session = startWatchingForDialog([](SignInDialog&) {}, &shown);
    QVERIFY(session);
    QCOMPARE(shown, QString());
    QCOMPARE(session->actor.username, QStringLiteral("sam"));
    auto who = SqlRun::scalar(session->database->connection(), QStringLiteral("SELECT session_user"));
    QVERIFY(who);
    QCOMPARE(who->toString(), QStringLiteral("sam"));

    // Sign-out forgets the password (main() does this); the next start asks, name filled in.
    OfficeCredentials(officeUrl()).forgetPassword();
    QCOMPARE(int(PasswordKeychain::readNow(key).outcome), int(PasswordKeychain::Outcome::NotFound));
    QString filledName;
    bool offeredRemember = true;
    session = startWatchingForDialog(
        [&](SignInDialog& dialog) {
            filledName = dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->text();
            offeredRemember =
                dialog.findChild<QCheckBox*>(QStringLiteral("rememberPasswordCheck"))->isChecked();
            auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
            QTest::keyClicks(secret, samPassword());
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        },
        &shown);
    QCOMPARE(shown, QStringLiteral("SignInDialog"));
    QVERIFY(session);
    QCOMPARE(filledName, QStringLiteral("sam"));
    QVERIFY(!offeredRemember);
    // Not ticked this time: nothing was kept.
    QCOMPARE(int(PasswordKeychain::readNow(key).outcome), int(PasswordKeychain::Outcome::NotFound));
}

void TestOfficeSignInGui::rememberedPasswordThatNoLongerWorksAsksAgain()
{
    if (!qEnvironmentVariableIsSet("RAPPORT_TEST_KEYCHAIN"))
        QSKIP("needs a keychain: run through tests/support/with-keychain, as ctest does");
    // As if sam's password was changed on another desktop after this one remembered it.
    const OfficeCredentials credentials(officeUrl());
    QVERIFY(credentials.rememberSignIn(QStringLiteral("sam"), QStringLiteral("last year's password"), true));
    QVERIFY(credentials.remembersPassword());
    QString banner;
    QString shown;
    const std::optional<Session> session = startWatchingForDialog(
        [&](SignInDialog& dialog) {
            banner = dialog.bannerText();
            fillAndSignIn(dialog, QStringLiteral("sam"), samPassword());
        },
        &shown);
    QCOMPARE(shown, QStringLiteral("SignInDialog"));
    QVERIFY2(banner.contains(QLatin1String("remembered password did not work")), qPrintable(banner));
    QVERIFY(session);
    // Still ticked, so the password that worked replaced the old one.
    QCOMPARE(PasswordKeychain::readNow(OfficeCredentials::keychainKey(officeUrl(), QStringLiteral("sam")))
                 .password,
             samPassword());
    credentials.forgetPassword();
}

void TestOfficeSignInGui::unreachableServerIsNamedAtOnce()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    SignInDialog dialog(QStringLiteral("postgresql://127.0.0.1:%1/office").arg(port), m_clock);
    dialog.show();
    fillAndSignIn(dialog, QStringLiteral("sam"), samPassword());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.bannerText().contains(
                 QStringLiteral("Cannot reach the office database server 127.0.0.1:%1").arg(port)),
             qPrintable(dialog.bannerText()));
    QVERIFY(!dialog.bannerText().contains(QLatin1String("username and password")));
    const QString shot = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral("TestOfficeSignInGui-unreachable.png"));
    QVERIFY(dialog.grab().save(shot));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("signInButton"))->isEnabled());
}

void TestOfficeSignInGui::changeOnOneDesktopShowsOnTheOther()
{
    // Two desktops: each its own signed-in connection and window, as on two computers.
    auto first = OfficeSignIn::signIn(officeUrl(), QStringLiteral("sam"), samPassword(), m_clock);
    auto second = OfficeSignIn::signIn(officeUrl(), QStringLiteral("sam"), samPassword(), m_clock);
    QVERIFY(first && second);
    AppSession here(first->database, std::make_unique<FixedClock>(m_clock.nowUtc()));
    here.setActor(first->actor);
    AppSession there(second->database, std::make_unique<FixedClock>(m_clock.nowUtc()));
    there.setActor(second->actor);
    MainWindow hereWindow(here);
    addRecordPages(hereWindow, here);
    MainWindow thereWindow(there);
    auto* notifier = thereWindow.findChild<ChangeNotifier*>();
    QVERIFY(notifier && notifier->isEnabled());
    QSignalSpy listening(notifier, &ChangeNotifier::listening);
    addRecordPages(thereWindow, there);
    QVERIFY(hereWindow.showPage(QStringLiteral("companies")));
    QVERIFY(thereWindow.showPage(QStringLiteral("companies")));
    hereWindow.show();
    thereWindow.show();
    auto* table = thereWindow.page(QStringLiteral("companies"))
                      ->findChild<QTableView*>(QStringLiteral("companiesTable"));
    QVERIFY(table);
    const auto showsCompany = [table](const QString& name) {
        QAbstractItemModel* model = table->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->index(row, column).data().toString() == name)
                    return true;
            }
        }
        return false;
    };
    const QString name = QStringLiteral("Live Refresh Hotel %1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!showsCompany(name));
    // Only once the other desktop listens can the change reach it as a notification (a change
    // before that is covered by the re-read on listening, which this test is not about).
    QVERIFY(listening.count() > 0 || listening.wait(15000));
    Company company;
    company.name = name;
    auto created = CompanyService(here.context()).create(company);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    // No F5 on the other desktop: the server's notification makes it re-read.
    QTRY_VERIFY_WITH_TIMEOUT(showsCompany(name), 15000);
}

QTEST_MAIN(TestOfficeSignInGui)
#include "TestOfficeSignInGui.moc"
