#include "TestDatabase.h"
#include "app/AppSession.h"
#include "app/AreaPages.h"
#include "app/MainWindow.h"
#include "auth/UserService.h"
#include "db/SqlRun.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "tickets/TicketColours.h"
#include "tickets/TicketFileDialogs.h"
#include "tickets/TicketFormDialog.h"
#include "tickets/TicketListModel.h"
#include "tickets/TicketListPage.h"
#include "tickets/TicketMessageBanner.h"
#include "tickets/TicketPage.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStatisticsView.h"
#include "tickets/TicketTimelineDelegate.h"
#include "tickets/TicketTimelineModel.h"
#include "tickets/TicketsPage.h"
#include "widgets/UserPrompt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDropEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

namespace {
// Scripted answers instead of native dialogs.
class ScriptedDialogs : public TicketFileDialogs
{
public:
    QStringList filesToAttach;
    QString saveLocation;
    QStringList opened;
    QStringList chooseFilesToAttach(QWidget*) override { return filesToAttach; }
    QString chooseSaveLocation(QWidget*, const QString&) override { return saveLocation; }
    bool openWithDesktop(const QString& path) override
    {
        opened << path;
        return true;
    }
};

QColor pixelAt(const QImage& image, const QPoint& point)
{
    return image.pixelColor(point);
}
} // namespace

// The ticket page as a user drives it: a public reply and an internal note end up in the timeline
// in order, painted differently (with a screenshot to look at); attachments by button, drag and
// drop, and save; the list's chips and badges; the form's validation beside the field.
class TestTicketPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void replyAndInternalNoteAppearInOrderWithDistinctStyling();
    void attachmentsByButtonDropAndSave();
    void listChipsAndBadges();
    void formShowsErrorBesideField();
    void statisticsViewShowsFigures();
    void deleteAsksAndRefreshesTheList();
    void deleteIsHiddenWithoutPermission();
    void emptyListOffersNextStep();
    void replyRowFitsAt1100Pixels();
    void assigneePickerListsEveryActiveUser();
    void editButtonChangesTheTicket();
    void newFormDoesNotGuessAmongSeveralContacts();

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_companyId = 0;
    Ticket m_ticket;
};

void TestTicketPage::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    Company company;
    company.name = QStringLiteral("Chiang Mai Garden Hotel");
    m_companyId = CompanyService(m_db->context()).create(company).value();
    Contact contact;
    contact.companyId = m_companyId;
    contact.name = QStringLiteral("Anong Kaewmanee");
    contact.email = QStringLiteral("anong@cmgarden.example");
    const qint64 contactId = ContactService(m_db->context()).create(contact).value();
    Ticket t;
    t.companyId = m_companyId;
    t.contactId = contactId;
    t.subject = QStringLiteral("Restaurant zone plays the wrong playlist");
    t.description = QStringLiteral("Since Monday the restaurant plays the lobby playlist at dinner.");
    t.category = QStringLiteral("zone_config");
    auto created = TicketService(m_db->context()).create(t);
    QVERIFY(created.ok());
    m_ticket = created.value();
}

void TestTicketPage::cleanup()
{
    m_db.reset();
}

void TestTicketPage::replyAndInternalNoteAppearInOrderWithDistinctStyling()
{
    const Actor agent{5, QStringLiteral("nok"), Role::TechSupport};
    TicketPage page(m_db->contextAs(agent), m_ticket.id);
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.timelineModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto* edit = page.findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"));
    auto* internal = page.findChild<QCheckBox*>(QStringLiteral("internalNoteSwitch"));
    auto* add = page.findChild<QPushButton*>(QStringLiteral("addCommentButton"));
    auto* box = page.findChild<QFrame*>(QStringLiteral("commentBox"));
    QVERIFY(edit && internal && add && box);

    // Reply mode first.
    QVERIFY(!internal->isChecked());
    const QString replyButtonText = add->text();
    const QColor replyBoxColour = box->grab().toImage().pixelColor(3, box->height() / 2);
    QTest::keyClicks(edit, QStringLiteral("We have switched the restaurant back to the dinner playlist."));
    m_db->clock().advanceSeconds(20 * 60);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(edit->toPlainText(), QString());

    // Internal-note mode looks different before anything is sent.
    QTest::mouseClick(internal, Qt::LeftButton, {}, QPoint(5, internal->height() / 2));
    QVERIFY(internal->isChecked());
    QVERIFY(page.internalMode());
    QVERIFY(add->text() != replyButtonText);
    QVERIFY(add->text().contains(QStringLiteral("internal"), Qt::CaseInsensitive));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("commentModeLabel"))
                ->text()
                .contains(QStringLiteral("only staff")));
    const QColor noteBoxColour = box->grab().toImage().pixelColor(3, box->height() / 2);
    QVERIFY2(noteBoxColour != replyBoxColour,
             qPrintable(noteBoxColour.name() + QLatin1Char(' ') + replyBoxColour.name()));
    QTest::keyClicks(
        edit,
        QStringLiteral("Scheduler rule was edited by the hotel's IT; check with them before changing."));
    m_db->clock().advanceSeconds(5 * 60);
    QTest::mouseClick(add, Qt::LeftButton);
    // The switch stays on a note after a note: a second note must not go to the customer.
    QVERIFY(internal->isChecked());
    QVERIFY(add->text().contains(QStringLiteral("internal"), Qt::CaseInsensitive));

    // Both in the timeline, in order, after the opening.
    TicketTimelineModel* model = page.timelineModel();
    QCOMPARE(model->rowCount(), 3);
    using Kind = TicketTimelineEntry::Kind;
    QCOMPARE(model->index(0).data(TicketTimelineModel::KindRole).toInt(), int(Kind::Created));
    QCOMPARE(model->index(1).data(TicketTimelineModel::KindRole).toInt(), int(Kind::Comment));
    QCOMPARE(model->index(2).data(TicketTimelineModel::KindRole).toInt(), int(Kind::InternalNote));
    QVERIFY(model->index(1)
                .data(TicketTimelineModel::BodyRole)
                .toString()
                .startsWith(QStringLiteral("We have switched")));
    QVERIFY(model->index(2)
                .data(TicketTimelineModel::BodyRole)
                .toString()
                .startsWith(QStringLiteral("Scheduler rule")));
    QVERIFY(model->index(2)
                .data(TicketTimelineModel::HeadlineRole)
                .toString()
                .contains(QStringLiteral("Internal note")));
    QVERIFY(!model->index(1).data(TicketTimelineModel::InternalRole).toBool());
    QVERIFY(model->index(2).data(TicketTimelineModel::InternalRole).toBool());

    // Distinct styling, read back from what the delegate painted: the card fill and the stripe.
    auto* timeline = page.findChild<QListView*>(QStringLiteral("ticketTimeline"));
    QVERIFY(timeline);
    timeline->clearSelection();
    timeline->setCurrentIndex({});
    const QImage painted = timeline->viewport()->grab().toImage();
    const QRect replyRect = timeline->visualRect(model->index(1));
    const QRect noteRect = timeline->visualRect(model->index(2));
    QVERIFY(replyRect.bottom() < noteRect.top());
    const auto fillOf = [&](const QRect& r) {
        return pixelAt(painted, QPoint(r.left() + 20, r.top() + 9));
    };
    const auto stripeOf = [&](const QRect& r) {
        return pixelAt(painted, QPoint(r.left() + 8, r.center().y()));
    };
    QCOMPARE(fillOf(replyRect), TicketColours::publicReplyBackground());
    QCOMPARE(fillOf(noteRect), TicketColours::internalNoteBackground());
    QCOMPARE(stripeOf(replyRect), TicketColours::publicReplyBorder());
    QCOMPARE(stripeOf(noteRect), TicketColours::internalNoteBorder());
    QVERIFY(fillOf(replyRect) != fillOf(noteRect));

    // The service saw the same: the reply was the first response and was mailed; the note was not.
    const Ticket stored = TicketService(m_db->context()).get(m_ticket.id).value();
    QCOMPARE(stored.firstResponseAt, m_ticket.createdAt.addSecs(20 * 60));
    QCOMPARE(SqlRun::scalar(m_db->database()->connection(), QStringLiteral("SELECT count(*) FROM outbox"))
                 ->toInt(),
             2);

    const QString shot =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("TestTicketPage-timeline.png"));
    QVERIFY(page.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
}

void TestTicketPage::attachmentsByButtonDropAndSave()
{
    auto dialogs = std::make_shared<ScriptedDialogs>();
    TicketPage page(m_db->context(), m_ticket.id, nullptr, dialogs);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QTemporaryDir files;
    const QString logPath = files.filePath(QStringLiteral("player.log"));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("08:00 zone restaurant: playlist lobby\n");
    log.close();
    dialogs->filesToAttach = {logPath};
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("attachButton")), Qt::LeftButton);

    const QString shotPath = files.filePath(QStringLiteral("screen.png"));
    QFile shot(shotPath);
    QVERIFY(shot.open(QIODevice::WriteOnly));
    shot.write(QByteArray::fromHex("89504e470d0a1a0a00000000"));
    shot.close();
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(shotPath)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&page, &drop);
    delete mime;

    TicketTimelineModel* model = page.timelineModel();
    QList<int> attachmentRows;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(TicketTimelineModel::AttachmentIdRole).isValid())
            attachmentRows << row;
    }
    QCOMPARE(attachmentRows.size(), 2);
    QCOMPARE(model->index(attachmentRows.at(0)).data(TicketTimelineModel::BodyRole).toString(),
             QStringLiteral("player.log"));
    QCOMPARE(model->index(attachmentRows.at(1)).data(TicketTimelineModel::BodyRole).toString(),
             QStringLiteral("screen.png"));

    dialogs->saveLocation = files.filePath(QStringLiteral("saved.log"));
    page.saveAttachment(attachmentRows.at(0));
    QFile saved(dialogs->saveLocation);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("08:00 zone restaurant: playlist lobby\n"));
    page.openAttachment(attachmentRows.at(1));
    QCOMPARE(dialogs->opened.size(), 1);
    QVERIFY(dialogs->opened.first().endsWith(QStringLiteral("screen.png")));
}

void TestTicketPage::listChipsAndBadges()
{
    const Actor agent{5, QStringLiteral("nok"), Role::TechSupport};
    TicketService service(m_db->context());
    Ticket urgent = m_ticket;
    urgent.id = 0;
    urgent.priority = QStringLiteral("urgent");
    urgent.subject = QStringLiteral("All zones silent");
    QVERIFY(service.create(urgent).ok());
    Ticket mine = m_ticket;
    mine.id = 0;
    mine.assignedTo = 5;
    mine.assignedToName = QStringLiteral("nok");
    mine.dueAt = m_db->clock().nowUtc().addSecs(3600);
    QVERIFY(service.create(mine).ok());
    m_db->clock().advanceSeconds(2 * 3600); // `mine` is overdue now

    TicketListPage page(m_db->contextAs(agent));
    page.resize(1100, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TicketListModel* model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    const auto clickChip = [&](const char* name) {
        QTest::mouseClick(page.findChild<QToolButton*>(QLatin1String(name)), Qt::LeftButton);
        return model->rowCount();
    };
    QCOMPARE(clickChip("chipMine"), 1);
    QVERIFY(model->index(0, 0).data(TicketListModel::OverdueRole).toBool());
    QVERIFY(
        model->index(0, TicketListModel::DueColumn).data().toString().startsWith(QStringLiteral("Overdue")));
    QCOMPARE(clickChip("chipUnassigned"), 2);
    QCOMPARE(clickChip("chipUrgent"), 1);
    QCOMPARE(model->index(0, TicketListModel::PriorityColumn)
                 .data(TicketListModel::BadgeColourRole)
                 .value<QColor>(),
             TicketColours::priority(QStringLiteral("urgent")));
    QCOMPARE(clickChip("chipOverdue"), 1);
    QCOMPARE(clickChip("chipOpen"), 3);
    QCOMPARE(clickChip("chipAll"), 3);

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("ticketSearch"));
    QTest::keyClicks(search, QStringLiteral("silent"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TicketListModel::SubjectColumn).data().toString(),
             QStringLiteral("All zones silent"));
    QCOMPARE(
        model->index(0, TicketListModel::StatusColumn).data(TicketListModel::BadgeColourRole).value<QColor>(),
        TicketColours::status(QStringLiteral("new")));
    QVERIFY(page.grab().save(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("TestTicketPage-list.png"))));
}

void TestTicketPage::formShowsErrorBesideField()
{
    TicketFormDialog dialog(m_db->context());
    dialog.setCompany(m_companyId);
    auto* contact = dialog.findChild<QComboBox*>(QStringLiteral("contactCombo"));
    QVERIFY(contact);
    QCOMPARE(contact->count(), 2); // "No contact" and the company's one contact
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))
        ->setPlainText(QStringLiteral("No sound"));
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.fieldError(QStringLiteral("subject")).isEmpty());
    auto* subjectError = dialog.findChild<QLabel*>(QStringLiteral("subjectError"));
    QVERIFY(subjectError && !subjectError->isHidden());
    dialog.findChild<QLineEdit*>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("Bar zone silent"));
    QVERIFY(dialog.save());
    QVERIFY(dialog.fieldError(QStringLiteral("subject")).isEmpty());
    QVERIFY(dialog.ticket().ticketNumber.startsWith(QStringLiteral("T-2026030")));
    QCOMPARE(dialog.ticket().contactId, contact->itemData(1).toLongLong());
}

void TestTicketPage::statisticsViewShowsFigures()
{
    TicketService service(m_db->context());
    m_db->clock().advanceSeconds(2 * 3600);
    QVERIFY(service.addComment(m_ticket.id, QStringLiteral("Looking into it."), false).ok());
    Ticket urgent = m_ticket;
    urgent.id = 0;
    urgent.priority = QStringLiteral("urgent");
    QVERIFY(service.create(urgent).ok());

    TicketStatisticsView view(m_db->context());
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("statTotal"))->text(), QStringLiteral("2"));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("statUnassigned"))->text(), QStringLiteral("2"));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("statAverageFirstResponse"))->text(),
             QStringLiteral("2.0 h"));
    QCOMPARE(view.findChild<QProgressBar*>(QStringLiteral("statStatus_new"))->value(), 2);
    QCOMPARE(view.findChild<QProgressBar*>(QStringLiteral("statPriority_urgent"))->value(), 1);
    QCOMPARE(view.findChild<QProgressBar*>(QStringLiteral("statPriority_medium"))->value(), 1);
}

void TestTicketPage::deleteAsksAndRefreshesTheList()
{
    Ticket second = TicketService(m_db->context()).get(m_ticket.id).value();
    second.id = 0;
    second.subject = QStringLiteral("Bar zone too loud");
    QVERIFY(TicketService(m_db->context()).create(second).ok());
    const Actor agent{5, QStringLiteral("nok"), Role::TechSupport};
    TicketListPage list(m_db->contextAs(agent));
    list.resize(1000, 600);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    auto* remove = list.findChild<QPushButton*>(QStringLiteral("deleteTicketButton"));
    QVERIFY(remove && remove->isVisible());
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    QCOMPARE(list.model()->rowCount(), 2);
    int row = list.model()->ticketId(0) == m_ticket.id ? 0 : 1;
    list.view()->selectRow(row);
    QVERIFY(remove->isEnabled());

    // "No" keeps it; the question names the ticket.
    UserPrompt::setScriptedAnswer(false);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(UserPrompt::lastQuestion().contains(m_ticket.ticketNumber));
    QCOMPARE(list.model()->rowCount(), 2);
    // The Delete key on the table asks the same.
    UserPrompt::setScriptedAnswer(true);
    list.view()->setFocus();
    QTest::keyClick(list.view(), Qt::Key_Delete);
    UserPrompt::setScriptedAnswer(std::nullopt);
    QCOMPARE(list.model()->rowCount(), 1);
    QVERIFY(list.model()->ticketId(0) != m_ticket.id);
    QVERIFY(!TicketService(m_db->context()).get(m_ticket.id).ok());
    QVERIFY(list.findChild<TicketMessageBanner*>(QStringLiteral("ticketListBanner"))
                ->text()
                .contains(m_ticket.ticketNumber));

    // From the ticket page: back to a refreshed list.
    TicketsPage tickets(m_db->contextAs(agent));
    tickets.show();
    const qint64 remaining = tickets.listPage()->model()->ticketId(0);
    tickets.openTicket(remaining);
    auto* pageDelete =
        tickets.currentTicketPage()->findChild<QPushButton*>(QStringLiteral("deleteTicketButton"));
    QVERIFY(pageDelete && pageDelete->isVisible());
    UserPrompt::setScriptedAnswer(true);
    QTest::mouseClick(pageDelete, Qt::LeftButton);
    UserPrompt::setScriptedAnswer(std::nullopt);
    QCOMPARE(tickets.listPage()->model()->rowCount(), 0);
    QVERIFY(tickets.listPage()->isVisible());
    QVERIFY(tickets.listPage()->showsEmptyState());
}

void TestTicketPage::deleteIsHiddenWithoutPermission()
{
    const Actor sales{7, QStringLiteral("ploy"), Role::Sales};
    TicketListPage list(m_db->contextAs(sales));
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QVERIFY(!list.findChild<QPushButton*>(QStringLiteral("deleteTicketButton"))->isVisible());
    list.view()->selectRow(0);
    UserPrompt::setScriptedAnswer(true);
    QTest::keyClick(list.view(), Qt::Key_Delete);
    UserPrompt::setScriptedAnswer(std::nullopt);
    QCOMPARE(list.model()->rowCount(), 1);
    TicketPage page(m_db->contextAs(sales), m_ticket.id);
    page.show();
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("deleteTicketButton"))->isVisible());
}

void TestTicketPage::emptyListOffersNextStep()
{
    TicketListPage list(m_db->context());
    list.resize(1000, 600);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QVERIFY(!list.showsEmptyState());
    // A filter that matches nothing says so and offers the way back.
    list.setFilter(TicketFilter::Urgent);
    QVERIFY(list.showsEmptyState());
    auto* message = list.findChild<QLabel*>(QStringLiteral("ticketEmptyMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("match")));
    auto* showAll = list.findChild<QPushButton*>(QStringLiteral("emptyShowAllButton"));
    QVERIFY(showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QVERIFY(!list.showsEmptyState());
    QCOMPARE(list.model()->rowCount(), 1);

    // No tickets at all: a message and a New ticket button instead of "0 tickets".
    QVERIFY(TicketService(m_db->context()).remove(m_ticket.id).ok());
    list.reload();
    QVERIFY(list.showsEmptyState());
    QVERIFY(message->text().startsWith(QStringLiteral("No tickets yet")));
    QVERIFY(!showAll->isVisible());
    QVERIFY(!list.findChild<QLabel*>(QStringLiteral("ticketCount"))->isVisible());
    QSignalSpy asked(&list, &TicketListPage::newTicketRequested);
    auto* create = list.findChild<QPushButton*>(QStringLiteral("emptyNewTicketButton"));
    QVERIFY(create->isVisible());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
    const QString shot =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("TestTicketPage-empty.png"));
    QVERIFY(list.grab().save(shot));
}

void TestTicketPage::replyRowFitsAt1100Pixels()
{
    AppSession session(m_db->database(), std::make_unique<FixedClock>(m_db->clock().nowUtc()));
    MainWindow window(session);
    addAreaPages(window, session);
    window.resize(1100, 720);
    QVERIFY(window.showPage(QStringLiteral("tickets")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.width(), 1100);
    auto* tickets = qobject_cast<TicketsPage*>(window.page(QStringLiteral("tickets")));
    QVERIFY(tickets);
    tickets->openTicket(m_ticket.id);
    TicketPage* page = tickets->currentTicketPage();
    QVERIFY(QTest::qWaitFor([&] { return page->isVisible() && page->width() > 0; }));
    QCoreApplication::processEvents();
    auto* box = page->findChild<QFrame*>(QStringLiteral("commentBox"));
    for (const bool note : {false, true}) {
        page->findChild<QCheckBox*>(QStringLiteral("internalNoteSwitch"))->setChecked(note);
        QCoreApplication::processEvents();
        for (const char* name :
             {"internalNoteSwitch", "attachButton", "saveAttachmentButton", "addCommentButton"}) {
            auto* w = page->findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(w && w->isVisible(), name);
            // Not squeezed below what its label needs, and wholly inside the comment box.
            QVERIFY2(w->width() >= w->minimumSizeHint().width(), name);
            const QRect inBox(w->mapTo(box, QPoint(0, 0)), w->size());
            QVERIFY2(box->rect().contains(inBox),
                     qPrintable(QString::fromLatin1(name) + QLatin1Char(' ') +
                                QString::number(inBox.right()) + QLatin1Char('/') +
                                QString::number(box->width())));
        }
        auto* add = page->findChild<QPushButton*>(QStringLiteral("addCommentButton"));
        QVERIFY(add->width() >= add->fontMetrics().horizontalAdvance(add->text()));
    }
    const QString shot =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("TestTicketPage-1100.png"));
    QVERIFY(window.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
}

void TestTicketPage::assigneePickerListsEveryActiveUser()
{
    // Somchai has never had a ticket: the picker still offers him, because he has an account.
    User somchai;
    somchai.username = QStringLiteral("somchai");
    somchai.fullName = QStringLiteral("Somchai Jaidee");
    somchai.role = Role::TechSupport;
    const qint64 somchaiId =
        UserService(m_db->context()).create(somchai, QStringLiteral("a long enough passphrase 42")).value();
    User gone = somchai;
    gone.username = QStringLiteral("former");
    gone.fullName = QStringLiteral("Former Colleague");
    const qint64 goneId =
        UserService(m_db->context()).create(gone, QStringLiteral("a long enough passphrase 42")).value();
    QVERIFY(UserService(m_db->context()).deactivate(goneId).ok());

    const Actor agent{5, QStringLiteral("nok"), Role::TechSupport};
    TicketPage page(m_db->contextAs(agent), m_ticket.id);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* assignee = page.findChild<QComboBox*>(QStringLiteral("assigneeCombo"));
    QVERIFY(assignee && assignee->isEnabled());
    const int index = assignee->findText(QStringLiteral("Somchai Jaidee"));
    QVERIFY(index > 0);
    QCOMPARE(assignee->findText(QStringLiteral("Former Colleague")), -1);
    assignee->setCurrentIndex(index);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveDetailsButton")), Qt::LeftButton);
    const Ticket stored = TicketService(m_db->context()).get(m_ticket.id).value();
    QCOMPARE(stored.assignedTo, somchaiId);
    QCOMPARE(stored.assignedToName, QStringLiteral("Somchai Jaidee"));
    QCOMPARE(stored.status, QStringLiteral("assigned"));
}

void TestTicketPage::editButtonChangesTheTicket()
{
    const Actor agent{5, QStringLiteral("nok"), Role::TechSupport};
    TicketPage page(m_db->contextAs(agent), m_ticket.id);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* editButton = page.findChild<QPushButton*>(QStringLiteral("editTicketButton"));
    QVERIFY(editButton && editButton->isVisible() && editButton->isEnabled());

    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<TicketFormDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        auto* subject = dialog->findChild<QLineEdit*>(QStringLiteral("subjectEdit"));
        QCOMPARE(subject->text(), m_ticket.subject);
        auto* contact = dialog->findChild<QComboBox*>(QStringLiteral("contactCombo"));
        QCOMPARE(contact->currentData().toLongLong(), m_ticket.contactId);
        subject->setText(QStringLiteral("Restaurant plays the lobby playlist at dinner"));
        auto* category = dialog->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findData(QStringLiteral("technical")));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveTicketButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(editButton, Qt::LeftButton);
    QVERIFY(seen);

    const Ticket stored = TicketService(m_db->context()).get(m_ticket.id).value();
    QCOMPARE(stored.subject, QStringLiteral("Restaurant plays the lobby playlist at dinner"));
    QCOMPARE(stored.category, QStringLiteral("technical"));
    QCOMPARE(stored.contactId, m_ticket.contactId); // not changed unasked
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("ticketTitle"))
                ->text()
                .contains(QStringLiteral("lobby playlist at dinner")));
}

void TestTicketPage::newFormDoesNotGuessAmongSeveralContacts()
{
    Contact second;
    second.companyId = m_companyId;
    second.name = QStringLiteral("Preecha Boonmee");
    second.email = QStringLiteral("preecha@cmgarden.example");
    QVERIFY(ContactService(m_db->context()).create(second).ok());
    TicketFormDialog dialog(m_db->context());
    dialog.setCompany(m_companyId);
    auto* contact = dialog.findChild<QComboBox*>(QStringLiteral("contactCombo"));
    QCOMPARE(contact->count(), 3);
    // With two people at the company, nobody is mailed until the user says who reported it.
    QCOMPARE(contact->currentData().toLongLong(), qint64(0));
}

QTEST_MAIN(TestTicketPage)
#include "TestTicketPage.moc"
