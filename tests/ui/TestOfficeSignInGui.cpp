// The desktop's sign-in to an office (PostgreSQL) database: a real server from the test harness,
// an office set up with `admin create-office-db` and `user add`, then the GUI's own dialog.
#include "CliRunner.h"
#include "PostgresServer.h"
#include "auth/FirstRunWizard.h"
#include "auth/SignInDialog.h"
#include "auth/StartupFlow.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "office/OfficeSignIn.h"
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

private:
    QString officeUrl() const
    {
        return QStringLiteral("postgresql://127.0.0.1:%1/office").arg(m_server->port());
    }
    static void fillAndSignIn(SignInDialog& dialog, const QString& user, const QString& password);

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

QTEST_MAIN(TestOfficeSignInGui)
#include "TestOfficeSignInGui.moc"
