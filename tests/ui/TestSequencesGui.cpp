#include "SequenceTestData.h"
#include "app/AppSession.h"
#include "db/SqlRun.h"
#include "mail/OutboxPage.h"
#include "records/CompaniesPage.h"
#include "records/CompanyDetailView.h"
#include "records/RecordListPage.h"
#include "records/RecordTableModel.h"
#include "reminders/ReminderService.h"
#include "scheduler/Scheduler.h"
#include "scheduler/SchedulerJobRegistry.h"
#include "segments/SegmentService.h"
#include "segments/SegmentsPage.h"
#include "sequences/ConditionRow.h"
#include "sequences/EnrolDialog.h"
#include "sequences/EnrolmentsView.h"
#include "sequences/JobWarningLog.h"
#include "sequences/SequenceEditor.h"
#include "sequences/SequenceListModel.h"
#include "sequences/SequenceProcessor.h"
#include "sequences/SequenceService.h"
#include "sequences/SequencesPage.h"
#include "sequences/StepTable.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <memory>

namespace {
QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

void choose(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

// Saves a screenshot next to the test binary, for a person to look at.
void screenshot(QWidget* widget, const QString& name)
{
    widget->grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/%1.png").arg(name));
}
} // namespace

class TestSequencesGui : public QObject
{
    Q_OBJECT

private slots:
    void listModel();
    void editorBuildsSequenceWithCondition();
    void conditionEditorFitsFieldType();
    void enrolmentsPauseResumeCancel();
    void enrolDialogShowsRefusal();
    void enrolFromCompanyAndContactPages();
    void segmentsPageBulkEnrols();
    void outboxShowsJobWarnings();
};

void TestSequencesGui::listModel()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T03:00:00Z")));
    Sequence s;
    s.name = QStringLiteral("Onboarding");
    const qint64 id = SequenceService(data.context()).create(s).value();
    SequenceListModel model(data.context());
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.reload().isEmpty());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex active = model.index(0, SequenceListModel::Active);
    QCOMPARE(model.data(active, Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.setData(active, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!SequenceService(data.context()).get(id)->isActive);

    // Sales may look but not switch.
    ServiceContext sales = data.context();
    sales.actor = Actor{3, QStringLiteral("sally"), Role::Sales};
    SequenceListModel salesModel(sales);
    QVERIFY(salesModel.reload().isEmpty());
    QVERIFY(!(salesModel.flags(salesModel.index(0, SequenceListModel::Active)) & Qt::ItemIsUserCheckable));
}

void TestSequencesGui::editorBuildsSequenceWithCondition()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T03:00:00Z")));
    const qint64 welcome = data.addTemplate(QStringLiteral("welcome"), QStringLiteral("en"),
                                            QStringLiteral("Welcome"), QStringLiteral("<p>Hi</p>"));
    const qint64 tips = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                         QStringLiteral("Tips"), QStringLiteral("<p>Tips</p>"));
    SequencesPage page(data.context());
    page.resize(1200, 700);
    page.newSequence();
    SequenceEditor* editor = page.editor();
    editor->findChild<QLineEdit*>(QStringLiteral("sequenceName"))
        ->setText(QStringLiteral("Hotel onboarding"));
    choose(editor->findChild<QComboBox*>(QStringLiteral("sequenceType")), QStringLiteral("triggered"));
    choose(editor->findChild<QComboBox*>(QStringLiteral("sequenceTrigger")),
           QStringLiteral("contract_signed"));
    QVERIFY(editor->saveSequence());
    const qint64 id = editor->sequenceId();
    QVERIFY(id != 0);

    choose(editor->findChild<QComboBox*>(QStringLiteral("stepTemplate")), welcome);
    editor->findChild<QSpinBox*>(QStringLiteral("stepDelay"))->setValue(0);
    editor->findChild<QCheckBox*>(QStringLiteral("stepHasSendTime"))->setChecked(true);
    QVERIFY(editor->addStep());
    choose(editor->findChild<QComboBox*>(QStringLiteral("stepTemplate")), tips);
    editor->findChild<QSpinBox*>(QStringLiteral("stepDelay"))->setValue(3);
    choose(editor->findChild<QComboBox*>(QStringLiteral("conditionField")),
           QStringLiteral("company.country"));
    choose(editor->findChild<QComboBox*>(QStringLiteral("conditionOperator")), QStringLiteral("equals"));
    editor->findChild<QLineEdit*>(QStringLiteral("conditionText"))->setText(QStringLiteral("Thailand"));
    QVERIFY(editor->addStep());

    auto steps = SequenceService(data.context()).steps(id).value();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).sendTime, std::optional<QTime>(QTime(9, 0)));
    QVERIFY(steps.at(0).isActive);
    QVERIFY(steps.at(1).isActive);
    QCOMPARE(steps.at(1).daysDelay, 3);
    QCOMPARE(steps.at(1).conditionField, QStringLiteral("company.country"));
    QCOMPARE(steps.at(1).conditionValue, QStringLiteral("Thailand"));
    auto* table = editor->findChild<QTableWidget*>(QStringLiteral("stepTable"));
    QCOMPARE(table->rowCount(), 2);

    // Reorder with the buttons: the second step moves up.
    editor->selectStep(1);
    QVERIFY(editor->moveStep(-1));
    QCOMPARE(SequenceService(data.context()).steps(id)->first().templateId, tips);
    // And by drag: the first row dropped onto the lower half of the second goes below it.
    QTableWidget* stepTable = table;
    QMimeData* dragged = stepTable->model()->mimeData({stepTable->model()->index(0, 1)});
    const QRect second = stepTable->visualRect(stepTable->model()->index(1, 1));
    // (A synthetic QDropEvent is not delivered without a platform drag, so the drop itself is
    // handed to the table as its dropEvent hands it on.)
    QVERIFY(stepTable->dragEnabled());
    auto* dragTable = qobject_cast<StepTable*>(stepTable);
    QVERIFY(dragTable);
    QVERIFY(dragTable->dropRow(dragged, QPoint(second.center().x(), second.bottom() - 2)));
    delete dragged;
    QCOMPARE(SequenceService(data.context()).steps(id)->first().templateId, welcome);
    QCOMPARE(SequenceService(data.context()).steps(id)->last().templateId, tips);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->item(1, 1)->text().contains(QLatin1String("Tips")));
    // Something dropped from elsewhere moves nothing.
    auto foreign = std::make_unique<QMimeData>();
    foreign->setText(QStringLiteral("1"));
    QVERIFY(!dragTable->dropRow(foreign.get(), QPoint(second.center().x(), 2)));
    QCOMPARE(SequenceService(data.context()).steps(id)->first().templateId, welcome);
    editor->selectStep(1);
    QVERIFY(editor->moveStep(-1)); // back to tips first, as the rest of the test expects
    // The list shows the sequence with its trigger and step count.
    auto* list = page.findChild<QTableView*>(QStringLiteral("sequenceList"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, SequenceListModel::Steps).data().toInt(), 2);
    screenshot(&page, QStringLiteral("sequence-editor"));

    // A refused save shows in the banner.
    editor->selectStep(0);
    editor->findChild<QSpinBox*>(QStringLiteral("stepDelay"))->setValue(1);
    choose(editor->findChild<QComboBox*>(QStringLiteral("conditionField")), QStringLiteral("language"));
    choose(editor->findChild<QComboBox*>(QStringLiteral("conditionOperator")), QStringLiteral("equals"));
    QVERIFY(editor->saveStep());
    QCOMPARE(SequenceService(data.context()).steps(id)->first().conditionValue, QStringLiteral("en"));
    editor->findChild<QLineEdit*>(QStringLiteral("sequenceName"))->clear();
    QVERIFY(!editor->saveSequence());
    auto* banner = editor->findChild<MessageBanner*>(QStringLiteral("sequenceEditorBanner"));
    QVERIFY(banner->isVisibleTo(editor));
    QVERIFY(banner->text().contains(QStringLiteral("name")));
}

void TestSequencesGui::conditionEditorFitsFieldType()
{
    ConditionRow row;
    auto* field = row.findChild<QComboBox*>(QStringLiteral("conditionField"));
    auto* op = row.findChild<QComboBox*>(QStringLiteral("conditionOperator"));
    auto* stack = row.findChild<QStackedWidget*>();
    choose(field, QStringLiteral("is_billing_contact"));
    QCOMPARE(op->count(), 2); // booleans: equals, not_equals only
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("conditionChoice"));
    choose(field, QStringLiteral("unsubscribed_at"));
    choose(op, QStringLiteral("greater_than"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("conditionDate"));
    choose(op, QStringLiteral("is_empty"));
    QVERIFY(stack->currentWidget()->objectName().isEmpty()); // no value for is_empty
    choose(field, QStringLiteral("name"));
    QVERIFY(op->findData(QStringLiteral("greater_than")) < 0);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("conditionText"));
    SequenceStep step;
    choose(field, QString());
    row.applyTo(step);
    QVERIFY(!step.hasCondition());
}

void TestSequencesGui::enrolmentsPauseResumeCancel()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Siam Riverside Hotel"));
    const qint64 contact =
        data.addContact(company, QStringLiteral("Malee"), QStringLiteral("malee@siam.example"));
    const qint64 other =
        data.addContact(company, QStringLiteral("Niran"), QStringLiteral("niran@siam.example"));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence s;
    s.name = QStringLiteral("Drip");
    const qint64 id = service.create(s).value();
    for (int delay : {0, 2, 5}) {
        SequenceStep step;
        step.sequenceId = id;
        step.templateId = t;
        step.daysDelay = delay;
        step.sendTime = QTime(9, 0);
        QVERIFY(service.addStep(step).ok());
    }
    QVERIFY(service.enrol(id, company, contact).ok());
    QVERIFY(service.enrol(id, company, other).ok());
    data.clock().setNow(utc(QStringLiteral("2026-11-24T02:30:00Z")));
    QVERIFY(SequenceProcessor(data.context()).run().ok());

    SequencesPage page(data.context());
    page.resize(1200, 700);
    page.selectSequence(id);
    page.tabs()->setCurrentWidget(page.enrolments());
    EnrolmentsView* view = page.enrolments();
    auto* table = view->findChild<QTableWidget*>(QStringLiteral("enrolmentTable"));
    QCOMPARE(table->rowCount(), 2);
    view->selectEnrolment(0);
    auto* plan = view->findChild<QTableWidget*>(QStringLiteral("plannedSchedule"));
    auto* history = view->findChild<QTableWidget*>(QStringLiteral("sentHistory"));
    QCOMPARE(plan->rowCount(), 2);
    QCOMPARE(plan->item(0, 1)->text(), QStringLiteral("2026-11-26 09:00"));
    QCOMPARE(history->rowCount(), 1);
    screenshot(&page, QStringLiteral("sequence-enrolments"));

    QVERIFY(view->pauseSelected());
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Paused"));
    QVERIFY(view->resumeSelected());
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Active"));
    QVERIFY(view->cancelSelected());
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Cancelled"));
    QCOMPARE(plan->rowCount(), 0);
    auto* filter = view->findChild<QComboBox*>(QStringLiteral("enrolmentStatusFilter"));
    choose(filter, QStringLiteral("active"));
    QCOMPARE(table->rowCount(), 1);
}

void TestSequencesGui::enrolDialogShowsRefusal()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Beach Bar"));
    const qint64 contact =
        data.addContact(company, QStringLiteral("Lek"), QStringLiteral("lek@beach.example"));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence s;
    s.name = QStringLiteral("Welcome drip");
    const qint64 id = service.create(s).value();
    SequenceStep step;
    step.sequenceId = id;
    step.templateId = t;
    QVERIFY(service.addStep(step).ok());

    EnrolDialog dialog(data.context(), company, contact);
    QCOMPARE(dialog.sequenceBox()->count(), 1);
    QCOMPARE(dialog.contactBox()->currentData().toLongLong(), contact);
    QVERIFY(dialog.enrol());
    QVERIFY(dialog.enrolmentId() != 0);

    EnrolDialog again(data.context(), company, contact);
    again.show();
    QVERIFY(!again.enrol());
    auto* banner = again.findChild<MessageBanner*>(QStringLiteral("enrolBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("already")));
    screenshot(&again, QStringLiteral("enrol-dialog"));
}

namespace {
// A sequence with one step, ready to enrol in.
qint64 addSequence(SequenceTestData& data, const QString& name)
{
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"), name,
                                      QStringLiteral("<p>Hi {{contact_name}}</p>"));
    SequenceService service(data.context());
    Sequence s;
    s.name = name;
    const qint64 id = service.create(s).valueOr(0);
    SequenceStep step;
    step.sequenceId = id;
    step.templateId = t;
    step.daysDelay = 1;
    return service.addStep(step) ? id : 0;
}

QList<Enrolment> enrolmentsOf(const SequenceTestData& data, qint64 sequenceId)
{
    EnrolmentQuery query;
    query.sequenceId = sequenceId;
    return SequenceService(data.context()).enrolments(query).valueOr({});
}

template <typename Dialog> Dialog* waitForDialog(QWidget* parent)
{
    Dialog* dialog = nullptr;
    for (int i = 0; i < 50 && !(dialog = parent->findChild<Dialog*>()); ++i)
        QTest::qWait(20);
    return dialog;
}
} // namespace

void TestSequencesGui::enrolFromCompanyAndContactPages()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T03:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Siam Riverside Hotel"));
    const qint64 malee =
        data.addContact(company, QStringLiteral("Malee"), QStringLiteral("malee@siam.example"), true);
    const qint64 niran =
        data.addContact(company, QStringLiteral("Niran"), QStringLiteral("niran@siam.example"));
    const qint64 sequence = addSequence(data, QStringLiteral("Onboarding"));
    AppSession session(data.database(), std::make_unique<FixedClock>(data.clock().nowUtc()));

    // From the company's page: pick the sequence, then one of its contacts.
    CompaniesPage companies(session);
    companies.resize(1100, 700);
    companies.show();
    companies.openCompany(company);
    auto* enrolButton = companies.detail()->findChild<QPushButton*>(QStringLiteral("enrolCompanyButton"));
    QVERIFY(enrolButton && enrolButton->isEnabled());
    enrolButton->click();
    auto* dialog = waitForDialog<EnrolDialog>(companies.detail());
    QVERIFY(dialog);
    choose(dialog->sequenceBox(), sequence);
    choose(dialog->contactBox(), niran);
    QCOMPARE(dialog->contactBox()->count(), 3); // billing contacts, Malee, Niran
    dialog->findChild<QPushButton*>(QStringLiteral("enrolButton"))->click();
    QTRY_VERIFY(!companies.detail()->findChild<EnrolDialog*>()); // accepted and closed
    const QList<Enrolment> enrolments = enrolmentsOf(data, sequence);
    QCOMPARE(enrolments.size(), 1);
    QCOMPARE(enrolments.first().contactId, niran);

    // Again for Niran: refused, and the reason shows in the dialog, which stays open.
    enrolButton->click();
    dialog = waitForDialog<EnrolDialog>(companies.detail());
    QVERIFY(dialog);
    choose(dialog->contactBox(), niran);
    dialog->findChild<QPushButton*>(QStringLiteral("enrolButton"))->click();
    auto* banner = dialog->findChild<MessageBanner*>(QStringLiteral("enrolBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("already")), qPrintable(banner->text()));
    QVERIFY(dialog->isVisible());
    dialog->reject();

    // From the contacts list: the selected contact is preselected.
    RecordListPage contacts(session, RecordListPage::Kind::Contacts);
    contacts.resize(1100, 600);
    contacts.show();
    QTRY_VERIFY(contacts.model()->rowOfId(malee) >= 0);
    QVERIFY(!contacts.enrolButton()->isEnabled());
    contacts.view()->selectRow(contacts.model()->rowOfId(malee));
    QVERIFY(contacts.enrolButton()->isEnabled());
    contacts.enrolButton()->click();
    dialog = waitForDialog<EnrolDialog>(&contacts);
    QVERIFY(dialog);
    QCOMPARE(dialog->contactBox()->currentData().toLongLong(), malee);
    dialog->findChild<QPushButton*>(QStringLiteral("enrolButton"))->click();
    QTRY_VERIFY(!contacts.findChild<EnrolDialog*>());
    QCOMPARE(enrolmentsOf(data, sequence).size(), 2);
    QVERIFY(contacts.banner()->isVisible());
}

void TestSequencesGui::segmentsPageBulkEnrols()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T03:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Siam Riverside Hotel"));
    data.addContact(company, QStringLiteral("Malee"), QStringLiteral("malee@siam.example"));
    const qint64 pim = data.addContact(company, QStringLiteral("Pim"), QStringLiteral("pim@siam.example"));
    QVERIFY(SqlRun::exec(data.database()->connection(),
                         QStringLiteral("UPDATE contacts SET unsubscribed = 1 WHERE id = ?"), {pim})
                .ok());
    const qint64 sequence = addSequence(data, QStringLiteral("Onboarding"));
    Segment segment;
    segment.name = QStringLiteral("Everyone");
    const qint64 segmentId = SegmentService(data.context()).create(segment).valueOr(0);
    QVERIFY(segmentId != 0);

    SegmentsPage page(data.context());
    page.resize(1200, 800);
    page.show();
    QStringList offered;
    page.chooseSequence = [&](QWidget*, const QString&, const QList<std::pair<qint64, QString>>& sequences) {
        for (const auto& s : sequences)
            offered << s.second;
        return sequence;
    };
    auto* enrol = page.findChild<QPushButton*>(QStringLiteral("enrolSegment"));
    QVERIFY(!enrol->isEnabled());
    page.selectSegment(segmentId);
    QVERIFY(enrol->isEnabled());
    QSignalSpy finished(&page, &SegmentsPage::actionFinished);
    enrol->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(offered, QStringList{QStringLiteral("Onboarding")});
    QVERIFY(page.banner()->isVisible());
    QVERIFY2(page.banner()->text().contains(QStringLiteral("Enrolled 1 of 2")),
             qPrintable(page.banner()->text()));
    QVERIFY(page.banner()->text().contains(QStringLiteral("Pim")));
    QVERIFY(page.banner()->text().contains(QStringLiteral("unsubscribed")));
    QCOMPARE(enrolmentsOf(data, sequence).size(), 1);
    QCOMPARE(SegmentService(data.context()).get(segmentId)->timesUsed, qint64(1));
    screenshot(&page, QStringLiteral("segment-enrol"));
}

void TestSequencesGui::outboxShowsJobWarnings()
{
    // A renewal is due but no renewal_30_days template is active: the reminder job queues nothing
    // and leaves a warning, which the Outbox page shows until dismissed.
    SequenceTestData data(utc(QStringLiteral("2026-11-24T03:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("No Template Co"));
    data.addContact(company, QStringLiteral("Pim"), QStringLiteral("pim@example.com"), true);
    data.addContract(company, QStringLiteral("C-NT-1"), QDate(2026, 12, 24));
    Scheduler scheduler(data.database(), &data.clock(), SchedulerJobRegistry());
    OutboxPage page(data.context(), scheduler);
    page.resize(1100, 600);
    page.show();
    QVERIFY(!page.jobWarnings()->isVisible());

    auto report = ReminderService(data.context()).runNow();
    QVERIFY(report.ok());
    QCOMPARE(report->queued, 0);
    QCOMPARE(report->missingTemplates, 1);
    page.refresh();
    QVERIFY(page.jobWarnings()->isVisible());
    QVERIFY2(page.jobWarnings()->text().contains(QStringLiteral("renewal_30_days")),
             qPrintable(page.jobWarnings()->text()));
    QVERIFY(page.jobWarnings()->text().contains(QStringLiteral("C-NT-1")));
    screenshot(&page, QStringLiteral("outbox-job-warnings"));

    page.jobWarnings()->findChild<QToolButton*>(QStringLiteral("messageBannerClose"))->click();
    QVERIFY(!page.jobWarnings()->isVisible());
    QVERIFY(JobWarningLog(data.context()).recent()->isEmpty());
    page.refresh();
    QVERIFY(!page.jobWarnings()->isVisible());
}

QTEST_MAIN(TestSequencesGui)
#include "TestSequencesGui.moc"
