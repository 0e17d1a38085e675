#include "SequenceTestData.h"
#include "sequences/ConditionRow.h"
#include "sequences/EnrolDialog.h"
#include "sequences/EnrolmentsView.h"
#include "sequences/SequenceEditor.h"
#include "sequences/SequenceListModel.h"
#include "sequences/SequenceProcessor.h"
#include "sequences/SequenceService.h"
#include "sequences/SequencesPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

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
    auto* banner = editor->findChild<QLabel*>(QStringLiteral("sequenceEditorBanner"));
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
    auto* banner = again.findChild<QLabel*>(QStringLiteral("enrolBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("already")));
    screenshot(&again, QStringLiteral("enrol-dialog"));
}

QTEST_MAIN(TestSequencesGui)
#include "TestSequencesGui.moc"
