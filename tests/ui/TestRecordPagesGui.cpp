#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "records/CompaniesPage.h"
#include "records/CompanyDetailView.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/RecordForm.h"
#include "records/RecordListPage.h"
#include "records/RecordPages.h"
#include "records/RecordTableModel.h"
#include "widgets/MessageBanner.h"
#include "widgets/RecordPicker.h"
#include "widgets/UserPrompt.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>

// Drives the real main window offscreen: creates a company and a contact through the forms and
// finds them in the tables; a failed save keeps the typed text and names the field; delete asks.
class TestRecordPagesGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsCompanyAndContactThroughForms();
    void failedSaveKeepsTypedTextAndNamesTheField();
    void deleteAsksFirstAndSaysWhatGoes();
    void opensTheCompanyPage();

private:
    // Runs `fill` on the modal form once it is open, then lets `trigger` open it.
    void withForm(const QString& formName, const std::function<void(RecordForm*)>& fill,
                  const std::function<void()>& trigger);
    RecordListPage* listPage(const QString& id) const;
    // Types text as an input method commits it (QTest::keyClicks only knows ASCII; Thai comes this way).
    static void typeText(QWidget* widget, const QString& text);
    static bool tableShows(QTableView* view, int column, const QString& text);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestRecordPagesGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QVERIFY(m_dir.isValid());
}

void TestRecordPagesGui::init()
{
    static int n = 0;
    auto database = Database::open(m_dir.filePath(QStringLiteral("gui%1.db").arg(++n)));
    QVERIFY(database.ok());
    m_session = std::make_unique<AppSession>(
        database.value(), std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)));
    m_window = std::make_unique<MainWindow>(*m_session);
    addRecordPages(*m_window, *m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRecordPagesGui::cleanup()
{
    UserPrompt::setScriptedAnswer(std::nullopt);
    m_window.reset();
    m_session.reset();
}

RecordListPage* TestRecordPagesGui::listPage(const QString& id) const
{
    QWidget* page = m_window->page(id);
    if (auto* companies = qobject_cast<CompaniesPage*>(page))
        return companies->list();
    return qobject_cast<RecordListPage*>(page);
}

void TestRecordPagesGui::typeText(QWidget* widget, const QString& text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}

bool TestRecordPagesGui::tableShows(QTableView* view, int column, const QString& text)
{
    QAbstractItemModel* model = view->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return true;
    }
    return false;
}

void TestRecordPagesGui::withForm(const QString& formName, const std::function<void(RecordForm*)>& fill,
                                  const std::function<void()>& trigger)
{
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        auto* form = qobject_cast<RecordForm*>(QApplication::activeModalWidget());
        QVERIFY(form);
        QCOMPARE(form->objectName(), formName);
        ran = true;
        fill(form);
        if (form->isVisible())
            form->reject(); // a fill that failed its checks must not leave the dialog open
    });
    trigger();
    QVERIFY(ran);
}

void TestRecordPagesGui::createsCompanyAndContactThroughForms()
{
    QVERIFY(m_window->showPage(QStringLiteral("companies")));
    RecordListPage* companies = listPage(QStringLiteral("companies"));
    QVERIFY(companies);
    const QString companyName = QStringLiteral("โรงแรมสยาม Riverside");

    withForm(
        QStringLiteral("companyForm"),
        [&](RecordForm* form) {
            auto* name = form->findChild<QLineEdit*>(QStringLiteral("name"));
            QVERIFY(name);
            typeText(name, companyName);
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("city")), QStringLiteral("Bangkok"));
            QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
            QVERIFY(!form->isVisible());
        },
        [&] { m_window->findChild<QAction*>(QStringLiteral("newAction"))->trigger(); });

    auto* companyTable = companies->findChild<QTableView*>(QStringLiteral("companiesTable"));
    QVERIFY(tableShows(companyTable, 0, companyName));
    QVERIFY(companies->statusText().contains(QLatin1String("1")));

    QVERIFY(m_window->showPage(QStringLiteral("contacts")));
    RecordListPage* contacts = listPage(QStringLiteral("contacts"));
    withForm(
        QStringLiteral("contactForm"),
        [&](RecordForm* form) {
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("name")),
                             QStringLiteral("Somchai Jaidee"));
            QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("email")),
                             QStringLiteral("somchai@example.com"));
            auto* company = form->findChild<RecordPicker*>(QStringLiteral("company_id"));
            QVERIFY(company);
            typeText(company->lineEdit(), QStringLiteral("สยาม"));
            // Return ends the typing (choosing the one match) and presses the default Save button.
            QTest::keyClick(company->lineEdit(), Qt::Key_Return);
            QVERIFY2(!form->isVisible(), qPrintable(form->fieldError(QStringLiteral("company_id"))));
        },
        [&] {
            QTest::mouseClick(contacts->findChild<QPushButton*>(QStringLiteral("newButton")), Qt::LeftButton);
        });

    auto* contactTable = contacts->findChild<QTableView*>(QStringLiteral("contactsTable"));
    QVERIFY(tableShows(contactTable, 0, QStringLiteral("Somchai Jaidee")));
    QVERIFY(tableShows(contactTable, 1, companyName));

    // Search as you type narrows the table.
    QTest::keyClicks(contacts->searchField(), QStringLiteral("zzz-nobody"));
    QTRY_COMPARE(contactTable->model()->rowCount(), 0);
    contacts->searchField()->clear();
    QTRY_COMPARE(contactTable->model()->rowCount(), 1);
}

void TestRecordPagesGui::failedSaveKeepsTypedTextAndNamesTheField()
{
    Company existing;
    existing.name = QStringLiteral("Acme Music");
    QVERIFY(CompanyService(m_session->context()).create(existing).ok());
    RecordListPage* companies = listPage(QStringLiteral("companies"));
    companies->refresh();

    withForm(
        QStringLiteral("companyForm"),
        [&](RecordForm* form) {
            auto* save = form->findChild<QPushButton*>(QStringLiteral("saveButton"));
            // Nothing typed: the name is required.
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(form->isVisible());
            QVERIFY(!form->fieldError(QStringLiteral("name")).isEmpty());
            QVERIFY(form->findChild<QLabel*>(QStringLiteral("name_error"))->isVisible());
            // A duplicate (case-insensitively) is refused beside the name, keeping what was typed.
            auto* name = form->findChild<QLineEdit*>(QStringLiteral("name"));
            auto* website = form->findChild<QLineEdit*>(QStringLiteral("website"));
            QTest::keyClicks(name, QStringLiteral("ACME music"));
            QTest::keyClicks(website, QStringLiteral("acme.example"));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(form->isVisible());
            QVERIFY(!form->fieldError(QStringLiteral("name")).isEmpty());
            QCOMPARE(name->text(), QStringLiteral("ACME music"));
            QCOMPARE(website->text(), QStringLiteral("acme.example"));
            // Fixing the field saves.
            name->setText(QStringLiteral("Acme Music Asia"));
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(!form->isVisible());
        },
        [&] { companies->createNew(); });
    QCOMPARE(CompanyService(m_session->context()).count().value(), qint64(2));
}

void TestRecordPagesGui::deleteAsksFirstAndSaysWhatGoes()
{
    const ServiceContext context = m_session->context();
    Company company;
    company.name = QStringLiteral("Doomed Café");
    const qint64 companyId = CompanyService(context).create(company).value();
    for (const QString& name : {QStringLiteral("A One"), QStringLiteral("B Two")}) {
        Contact contact;
        contact.companyId = companyId;
        contact.name = name;
        QVERIFY(ContactService(context).create(contact).ok());
    }
    RecordListPage* companies = listPage(QStringLiteral("companies"));
    companies->refresh();
    companies->view()->selectRow(0);
    QVERIFY(companies->canDelete());

    UserPrompt::setScriptedAnswer(false);
    companies->deleteSelected();
    QVERIFY(UserPrompt::lastQuestion().contains(QStringLiteral("Doomed Café")));
    QVERIFY(UserPrompt::lastQuestion().contains(QStringLiteral("2")));
    QCOMPARE(CompanyService(context).count().value(), qint64(1));

    UserPrompt::setScriptedAnswer(true);
    m_window->findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    QCOMPARE(CompanyService(context).count().value(), qint64(0));
    QCOMPARE(ContactService(context).count().value(), qint64(0));
    QCOMPARE(companies->model()->rowCount(), 0);
    QVERIFY(companies->banner()->isVisible());
}

void TestRecordPagesGui::opensTheCompanyPage()
{
    const ServiceContext context = m_session->context();
    Company company;
    company.name = QStringLiteral("Blue Lagoon Spa");
    const qint64 companyId = CompanyService(context).create(company).value();
    Contact contact;
    contact.companyId = companyId;
    contact.name = QStringLiteral("Nok Wong");
    QVERIFY(ContactService(context).create(contact).ok());

    auto* area = qobject_cast<CompaniesPage*>(m_window->page(QStringLiteral("companies")));
    area->list()->refresh();
    QTableView* table = area->list()->view();
    const QModelIndex first = table->model()->index(0, 0);
    table->setCurrentIndex(first);
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(area->detail());
    QCOMPARE(area->detail()->findChild<QLabel*>(QStringLiteral("companyTitle"))->text(), company.name);
    auto* contactsTable = area->detail()->findChild<QTableView*>(QStringLiteral("contactsTable"));
    QVERIFY(tableShows(contactsTable, 0, QStringLiteral("Nok Wong")));
}

QTEST_MAIN(TestRecordPagesGui)
#include "TestRecordPagesGui.moc"
