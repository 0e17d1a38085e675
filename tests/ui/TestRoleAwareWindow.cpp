#include "app/AppSession.h"
#include "app/AreaPages.h"
#include "app/MainWindow.h"
#include "audit/HistoryView.h"
#include "auth/SessionMenus.h"
#include "auth/UserService.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "records/CompaniesPage.h"
#include "records/CompanyService.h"
#include "records/RecordForm.h"
#include "records/RecordListPage.h"
#include "records/RecordPages.h"
#include "records/RecordTableModel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// The real main window, assembled as main() does, for a signed-in Sales user and for an Admin:
// what a role may not do is absent (user management, deleting records), a read-only role opens
// records read-only, the status bar says who is signed in, Sign out is in the File menu, and an
// existing record's form has a History tab listing its changes.
class TestRoleAwareWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void salesSeesNoUserManagementAndCannotDelete();
    void adminHasUsersDeleteAndSignOut();
    void marketingOpensRecordsReadOnly();
    void editFormHasHistoryTab();

private:
    void openWindowAs(const QString& username, Role role);
    RecordListPage* companiesList() const;
    // Opens the selected company's form (a modal dialog), hands it to `inspect`, then closes it.
    void inspectCompanyForm(const std::function<void(RecordForm*)>& inspect);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    std::shared_ptr<Database> m_database;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    bool m_signOutRequested = false;
    qint64 m_companyId = 0;
};

void TestRoleAwareWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestRoleAwareWindow"));
    QVERIFY(m_dir.isValid());
    auto database = Database::open(m_dir.filePath(QStringLiteral("roles.db")));
    QVERIFY(database.ok());
    m_database = database.value();
    const ServiceContext cli{m_database, &m_clock, Actor::cli()};
    UserService users(cli);
    for (const auto& [name, role] :
         {std::pair{QStringLiteral("ada"), Role::Admin}, std::pair{QStringLiteral("sam"), Role::Sales},
          std::pair{QStringLiteral("mia"), Role::Marketing}}) {
        User user;
        user.username = name;
        user.role = role;
        QVERIFY(users.create(user, QStringLiteral("a long password")).ok());
    }
    Company company;
    company.name = QStringLiteral("Siam Harbour Hotel");
    auto created = CompanyService(cli).create(company);
    QVERIFY(created.ok());
    m_companyId = created.value();
    // A change, so that the history has more than the creation.
    auto stored = CompanyService(cli).get(m_companyId);
    QVERIFY(stored.ok());
    Company renamed = stored.value();
    renamed.city = QStringLiteral("Phuket");
    QVERIFY(CompanyService(cli).update(renamed).ok());
}

void TestRoleAwareWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_signOutRequested = false;
}

void TestRoleAwareWindow::openWindowAs(const QString& username, Role role)
{
    auto users = UserService(ServiceContext{m_database, &m_clock, Actor::cli()}).list();
    qint64 userId = 0;
    if (users.ok()) {
        for (const User& user : users.value()) {
            if (user.username == username)
                userId = user.id;
        }
    }
    QVERIFY(userId != 0);
    m_session = std::make_unique<AppSession>(
        m_database, std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)));
    m_session->setActor(Actor{userId, username, role});
    m_window = std::make_unique<MainWindow>(*m_session);
    addRecordPages(*m_window, *m_session);
    addAreaPages(*m_window, *m_session);
    addSessionMenus(*m_window, *m_session, [this] { m_signOutRequested = true; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showPage(QStringLiteral("companies")));
}

RecordListPage* TestRoleAwareWindow::companiesList() const
{
    auto* page = qobject_cast<CompaniesPage*>(m_window->page(QStringLiteral("companies")));
    return page ? page->list() : nullptr;
}

void TestRoleAwareWindow::inspectCompanyForm(const std::function<void(RecordForm*)>& inspect)
{
    RecordListPage* list = companiesList();
    QVERIFY(list);
    QTRY_VERIFY(list->model()->rowCount() > 0);
    list->view()->selectRow(0);
    bool inspected = false;
    QTimer::singleShot(0, this, [&] {
        auto* form = qobject_cast<RecordForm*>(QApplication::activeModalWidget());
        if (form) {
            inspect(form);
            inspected = true;
            form->reject();
        }
    });
    list->editSelected();
    QVERIFY(inspected);
}

void TestRoleAwareWindow::salesSeesNoUserManagementAndCannotDelete()
{
    openWindowAs(QStringLiteral("sam"), Role::Sales);
    QVERIFY(!m_window->page(QStringLiteral("users")));
    auto* manageUsers = m_window->findChild<QAction*>(QStringLiteral("actionManageUsers"));
    QVERIFY(!manageUsers || !manageUsers->isVisible());
    RecordListPage* list = companiesList();
    QVERIFY(list);
    QVERIFY(list->canCreate()); // Sales creates and edits records
    auto* deleteButton = list->findChild<QPushButton*>(QStringLiteral("deleteButton"));
    QVERIFY(deleteButton);
    QVERIFY(deleteButton->isHidden());
    QTRY_VERIFY(list->model()->rowCount() > 0);
    list->view()->selectRow(0);
    QVERIFY(!list->canDelete());
    auto* deleteAction = m_window->findChild<QAction*>(QStringLiteral("deleteAction"));
    QVERIFY(deleteAction);
    QVERIFY(!deleteAction->isEnabled());
    auto* signedIn = m_window->findChild<QLabel*>(QStringLiteral("signedInLabel"));
    QVERIFY(signedIn);
    QVERIFY2(signedIn->text().contains(QLatin1String("sam")), qPrintable(signedIn->text()));
}

void TestRoleAwareWindow::adminHasUsersDeleteAndSignOut()
{
    openWindowAs(QStringLiteral("ada"), Role::Admin);
    QVERIFY(m_window->page(QStringLiteral("users")));
    RecordListPage* list = companiesList();
    QVERIFY(list);
    QVERIFY(!list->findChild<QPushButton*>(QStringLiteral("deleteButton"))->isHidden());
    QTRY_VERIFY(list->model()->rowCount() > 0);
    list->view()->selectRow(0);
    QVERIFY(list->canDelete());
    auto* signOut = m_window->findChild<QAction*>(QStringLiteral("actionSignOut"));
    QVERIFY(signOut);
    QVERIFY(signOut->isEnabled());
    signOut->trigger();
    QVERIFY(m_signOutRequested);
}

void TestRoleAwareWindow::marketingOpensRecordsReadOnly()
{
    openWindowAs(QStringLiteral("mia"), Role::Marketing);
    RecordListPage* list = companiesList();
    QVERIFY(list);
    QVERIFY(!list->canCreate());
    QVERIFY(list->findChild<QPushButton*>(QStringLiteral("newButton"))->isHidden());
    inspectCompanyForm([](RecordForm* form) {
        auto* name = form->findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(name);
        QVERIFY(!name->isEnabled());
        QVERIFY(form->findChild<QPushButton*>(QStringLiteral("saveButton"))->isHidden());
    });
}

void TestRoleAwareWindow::editFormHasHistoryTab()
{
    openWindowAs(QStringLiteral("ada"), Role::Admin);
    inspectCompanyForm([](RecordForm* form) {
        auto* tabs = form->findChild<QTabWidget*>(QStringLiteral("formTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        auto* history = form->findChild<HistoryView*>(QStringLiteral("historyView"));
        QVERIFY(history);
        QCOMPARE(tabs->indexOf(history), 1);
        // The creation and the city change.
        QCOMPARE(history->entryCount(), 2);
    });
}

QTEST_MAIN(TestRoleAwareWindow)
#include "TestRoleAwareWindow.moc"
