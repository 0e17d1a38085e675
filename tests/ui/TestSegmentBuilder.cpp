#include "FilterFixture.h"
#include "TestDatabase.h"
#include "filters/FilterJson.h"
#include "segments/FilterBuilder.h"
#include "segments/FilterGroupWidget.h"
#include "segments/FilterRuleRow.h"
#include "segments/SegmentEditor.h"
#include "segments/SegmentJobRunner.h"
#include "segments/SegmentListModel.h"
#include "segments/SegmentMemberModel.h"
#include "segments/SegmentService.h"
#include "segments/SegmentsPage.h"
#include "segments/StaticMembersView.h"
#include "widgets/MessageBanner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {
void choose(QComboBox* box, const QString& data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

void screenshot(QWidget* widget, const QString& name)
{
    widget->grab().save(QStringLiteral("/tmp/%1.png").arg(name));
}

QPoint topLeftIn(QWidget* widget, QWidget* ancestor)
{
    return widget->mapTo(ancestor, QPoint(0, 0));
}
} // namespace

// The visual filter builder and the Segments page, driven by clicks and typing.
class TestSegmentBuilder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    // Contacts: 3 in Thailand (2 Thai speakers, 1 of them unsubscribed), 2 in Vietnam (1 Thai
    // speaker), 1 in Malaysia.
    void fill()
    {
        FilterFixture fixture(*m_db->database());
        const qint64 siam =
            fixture.company(FilterFixture::companyRow(QStringLiteral("Siam Hotel"), QStringLiteral("hotel"),
                                                      QStringLiteral("Thailand"), QStringLiteral("Bangkok")));
        const qint64 hanoi =
            fixture.company(FilterFixture::companyRow(QStringLiteral("Hanoi Spa"), QStringLiteral("spa"),
                                                      QStringLiteral("Vietnam"), QStringLiteral("Hanoi")));
        const qint64 penang =
            fixture.company(FilterFixture::companyRow(QStringLiteral("Penang Cafe"), QStringLiteral("cafe"),
                                                      QStringLiteral("Malaysia"), QStringLiteral("Penang")));
        const auto contact = [&](qint64 company, const char* name, const char* language, bool unsubscribed) {
            FilterFixture::ContactRow row = FilterFixture::contactRow(
                company, QString::fromUtf8(name),
                QString::fromUtf8(name).toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com"));
            row.language = QLatin1String(language);
            row.unsubscribed = unsubscribed;
            return fixture.contact(row);
        };
        contact(siam, "Somchai Jaidee", "th", false);
        contact(siam, "Malee Srisuk", "th", true);
        contact(siam, "Ann Smith", "en", false);
        contact(hanoi, "Nguyen An", "th", false);
        contact(hanoi, "Tran Binh", "en", false);
        contact(penang, "Lim Wei", "en", false);
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        fill();
    }

    void buildsANestedFilterByClickingAndThePreviewFollows()
    {
        SegmentJobRunner runner(m_db->context());
        SegmentEditor editor(m_db->context(), &runner);
        editor.resize(1400, 760);
        editor.show();
        QTRY_COMPARE(editor.shownCount(), 6); // no rules yet: everyone
        QCOMPARE(editor.previewTable()->model()->rowCount(), 6);

        FilterGroupWidget* root = editor.builder()->root();
        QTest::mouseClick(root->addRuleButton(), Qt::LeftButton);
        QCOMPARE(root->items().size(), 1);
        auto* country = qobject_cast<FilterRuleRow*>(root->items().at(0));
        QVERIFY(country);
        choose(country->fieldBox(), QStringLiteral("company.country"));
        QCOMPARE(country->operatorBox()->currentData().toString(), QStringLiteral("equals"));
        auto* countryText = child<QLineEdit>(country, "ruleText");
        QVERIFY(countryText->isVisible());
        QTest::keyClicks(countryText, QStringLiteral("THAILAND"));
        QTRY_COMPARE(editor.shownCount(), 3);
        QVERIFY(editor.previewCount()->text().startsWith(QStringLiteral("3 contact")));
        QCOMPARE(editor.previewTable()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Ann Smith")); // by name

        // A nested group: (language is Thai OR unsubscribed).
        QTest::mouseClick(root->addGroupButton(), Qt::LeftButton);
        QCOMPARE(root->items().size(), 2);
        auto* group = qobject_cast<FilterGroupWidget*>(root->items().at(1));
        QVERIFY(group);
        QCOMPARE(group->items().size(), 1); // a new group comes with a rule to fill in
        choose(group->matchBox(), QStringLiteral("any"));
        auto* language = qobject_cast<FilterRuleRow*>(group->items().at(0));
        choose(language->fieldBox(), QStringLiteral("language"));
        auto* languageChoice = child<QComboBox>(language, "ruleChoice");
        QVERIFY(languageChoice->isVisible());
        choose(languageChoice, QStringLiteral("th"));
        QTest::mouseClick(group->addRuleButton(), Qt::LeftButton);
        auto* unsubscribed = qobject_cast<FilterRuleRow*>(group->items().at(1));
        choose(unsubscribed->fieldBox(), QStringLiteral("unsubscribed"));
        auto* check = child<QCheckBox>(unsubscribed, "ruleCheck");
        QVERIFY(check->isVisible());
        QVERIFY(check->isChecked());
        QTRY_COMPARE(editor.shownCount(), 2); // Somchai and Malee

        // The nested group is drawn indented: its rules start right of the top-level rules (once
        // the layout has run); the group's frame itself lines up with its sibling rules.
        QTRY_VERIFY(topLeftIn(language, &editor).x() > topLeftIn(country, &editor).x() + 10);
        // Each rule and the group show what they alone select.
        QTRY_COMPARE(child<QLabel>(country, "ruleCount")->text(), QStringLiteral("3"));
        QTRY_COMPARE(child<QLabel>(language, "ruleCount")->text(), QStringLiteral("3"));
        QTRY_COMPARE(child<QLabel>(unsubscribed, "ruleCount")->text(), QStringLiteral("1"));
        QTRY_COMPARE(child<QLabel>(group, "groupCount")->text(),
                     QStringLiteral("3")); // Somchai, Malee, Nguyen

        QTest::mouseClick(check, Qt::LeftButton); // "unsubscribed is false": everyone but Malee
        QTRY_COMPARE(child<QLabel>(unsubscribed, "ruleCount")->text(), QStringLiteral("5"));
        QTRY_COMPARE(editor.shownCount(), 3); // Thai speakers or subscribed, in Thailand

        // An invalid rule is marked with its message and the preview waits for it.
        QTest::mouseClick(root->addRuleButton(), Qt::LeftButton);
        auto* broken = qobject_cast<FilterRuleRow*>(root->items().at(2));
        choose(broken->fieldBox(), QStringLiteral("name"));
        choose(broken->operatorBox(), QStringLiteral("contains"));
        QCOMPARE(broken->property("invalid").toBool(), true);
        auto* issue = child<QLabel>(broken, "ruleIssue");
        QVERIFY(issue->isVisible());
        QCOMPARE(issue->text(), QStringLiteral("Give the text to look for."));
        QCOMPARE(editor.previewCount()->text(), QStringLiteral("—"));
        QCOMPARE(country->property("invalid").toBool(), false);
        screenshot(&editor, QStringLiteral("segment-builder-invalid"));
        QTest::keyClicks(child<QLineEdit>(broken, "ruleText"), QStringLiteral("som"));
        QCOMPARE(broken->property("invalid").toBool(), false);
        QVERIFY(!issue->isVisible());
        QTRY_COMPARE(editor.shownCount(), 1);
        QTRY_COMPARE(child<QLabel>(broken, "ruleCount")->text(), QStringLiteral("1"));
        screenshot(&editor, QStringLiteral("segment-builder"));

        QTest::mouseClick(child<QToolButton>(broken, "removeRule"), Qt::LeftButton);
        QTRY_COMPARE(root->items().size(), 2);
        QTRY_COMPARE(editor.shownCount(), 3);

        // Saved as built.
        QTest::keyClicks(child<QLineEdit>(&editor, "segmentName"),
                         QStringLiteral("Thai or subscribed, in Thailand"));
        QSignalSpy saved(&editor, &SegmentEditor::saved);
        QTest::mouseClick(child<QPushButton>(&editor, "saveSegment"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        auto stored = SegmentService(m_db->context()).get(saved.first().first().toLongLong());
        QVERIFY(stored);
        QCOMPARE(stored->filter, editor.builder()->filter());
        QCOMPARE(stored->memberCount, std::optional<qint64>(3));
        QCOMPARE(
            FilterJson::serialise(stored->filter),
            QByteArray(
                R"({"entity":"contact","match":"all","rules":[{"field":"company.country","operator":"equals",)"
                R"("value":"THAILAND"},{"match":"any","rules":[{"field":"language","operator":"equals","value":"th"},)"
                R"({"field":"unsubscribed","operator":"equals","value":false}]}],"version":1})"));
    }

    // On a big table the first members come with an estimate at once, and the exact count after.
    void bigTableShowsMembersWithAnEstimateThenTheExactCount()
    {
        FilterFixture fixture(*m_db->database());
        const qint64 resort =
            fixture.company(FilterFixture::companyRow(QStringLiteral("Krabi Resort"), QStringLiteral("hotel"),
                                                      QStringLiteral("Thailand"), QStringLiteral("Krabi")));
        for (int i = 0; i < 400; ++i) {
            FilterFixture::ContactRow row =
                FilterFixture::contactRow(resort, QStringLiteral("Guest %1").arg(i, 3, 10, QLatin1Char('0')),
                                          QStringLiteral("guest%1@krabi.example").arg(i));
            row.id = 1000 + qint64(i) * 700; // ids spread over 280,000
            QVERIFY(fixture.contact(row) > 0);
        }
        SegmentJobRunner runner(m_db->context());
        SegmentEditor editor(m_db->context(), &runner);
        editor.resize(1400, 760);
        QString firstLookText;
        int firstLooks = 0;
        connect(&editor, &SegmentEditor::firstLookShown, this, [&] {
            ++firstLooks;
            firstLookText = editor.previewCount()->text();
            QCOMPARE(editor.previewTable()->model()->rowCount(), SegmentEditor::kPreviewRows);
        });
        editor.show();
        QTRY_COMPARE(editor.shownCount(), 406); // no rules: everyone
        QCOMPARE(firstLooks, 1);
        QVERIFY2(firstLookText.startsWith(QStringLiteral("about ")), qPrintable(firstLookText));
        QVERIFY(editor.previewCount()->text().startsWith(QStringLiteral("406 contact")));
        QVERIFY(editor.lastFirstLookMilliseconds() <= editor.lastPreviewMilliseconds());
    }

    void valueEditorsFitTheTypeAndOperator()
    {
        FilterRuleRow row(FilterEntity::Contact);
        row.resize(1000, 80);
        row.show();
        choose(row.fieldBox(), QStringLiteral("created_at"));
        QVERIFY(child<QDateEdit>(&row, "ruleDate")->isVisible());
        QVERIFY(child<QDateEdit>(&row, "ruleDate")->calendarPopup());
        choose(row.operatorBox(), QStringLiteral("between"));
        QVERIFY(child<QDateEdit>(&row, "ruleDate2")->isVisible());
        child<QDateEdit>(&row, "ruleDate")->setDate(QDate(2026, 1, 1));
        child<QDateEdit>(&row, "ruleDate2")->setDate(QDate(2026, 1, 31));
        QCOMPARE(row.rule().value,
                 QJsonValue(QJsonArray{QStringLiteral("2026-01-01"), QStringLiteral("2026-01-31")}));
        QCOMPARE(row.operatorBox()->currentText(), QStringLiteral("is between"));
        choose(row.operatorBox(), QStringLiteral("in_next_days"));
        QVERIFY(child<QSpinBox>(&row, "ruleDays")->isVisible());
        QVERIFY(!child<QDateEdit>(&row, "ruleDate")->isVisible());
        QCOMPARE(row.rule().value, QJsonValue(30));
        choose(row.operatorBox(), QStringLiteral("is_empty"));
        QCOMPARE(row.rule().value, QJsonValue(QJsonValue::Undefined));

        choose(row.fieldBox(), QStringLiteral("company.active_contract_count"));
        QVERIFY(row.operatorBox()->findData(QStringLiteral("contains")) < 0); // only operators that fit
        choose(row.operatorBox(), QStringLiteral("between"));
        QVERIFY(child<QDoubleSpinBox>(&row, "ruleNumber")->isVisible());
        QVERIFY(child<QDoubleSpinBox>(&row, "ruleNumber2")->isVisible());
        child<QDoubleSpinBox>(&row, "ruleNumber2")->setValue(4);
        QCOMPARE(row.rule().value, QJsonValue(QJsonArray{0.0, 4.0}));

        choose(row.fieldBox(), QStringLiteral("contact_type"));
        choose(row.operatorBox(), QStringLiteral("in_list"));
        auto* choices = child<QListWidget>(&row, "ruleChoices");
        QVERIFY(choices->isVisible());
        QCOMPARE(choices->count(), 5);
        choices->item(0)->setCheckState(Qt::Checked);
        choices->item(1)->setCheckState(Qt::Checked);
        QCOMPARE(row.rule().value,
                 QJsonValue(QJsonArray{QStringLiteral("primary"), QStringLiteral("billing")}));

        choose(row.fieldBox(), QStringLiteral("company.industry"));
        choose(row.operatorBox(), QStringLiteral("in_list"));
        QTest::keyClicks(child<QLineEdit>(&row, "ruleText"), QStringLiteral("hotel, restaurant ,"));
        QCOMPARE(row.rule().value,
                 QJsonValue(QJsonArray{QStringLiteral("hotel"), QStringLiteral("restaurant")}));

        // A rule read back shows in the editors it was written from.
        FilterRuleRow loaded(FilterEntity::Contact);
        loaded.setRule(FilterNode::rule(QStringLiteral("language"), QStringLiteral("in_list"),
                                        QJsonArray{QStringLiteral("th")}));
        QCOMPARE(loaded.rule(), FilterNode::rule(QStringLiteral("language"), QStringLiteral("in_list"),
                                                 QJsonArray{QStringLiteral("th")}));
        screenshot(&row, QStringLiteral("segment-rule-row"));
    }

    void groupsNestAtMostFiveDeepAndChangingEntityKeepsCompanyRules()
    {
        FilterBuilder builder;
        FilterGroupWidget* group = builder.root();
        for (int level = 2; level <= Filter::kMaxDepth; ++level) {
            QVERIFY(group->addGroupButton()->isEnabled());
            QTest::mouseClick(group->addGroupButton(), Qt::LeftButton);
            group = qobject_cast<FilterGroupWidget*>(group->items().constLast());
            QVERIFY(group);
            QCOMPARE(group->level(), level);
        }
        QVERIFY(!group->addGroupButton()->isEnabled());

        Filter filter;
        filter.root.children << FilterNode::rule(QStringLiteral("company.country"), QStringLiteral("equals"),
                                                 QStringLiteral("Vietnam"))
                             << FilterNode::rule(QStringLiteral("language"), QStringLiteral("equals"),
                                                 QStringLiteral("th"));
        builder.setFilter(filter);
        QSignalSpy changed(&builder, &FilterBuilder::changed);
        choose(builder.entityBox(), QStringLiteral("company"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(builder.filter().entity, FilterEntity::Company);
        QCOMPARE(builder.filter().root.children,
                 QList<FilterNode>{FilterNode::rule(QStringLiteral("country"), QStringLiteral("equals"),
                                                    QStringLiteral("Vietnam"))});
    }

    void pageListsActsAndExports()
    {
        SegmentService service(m_db->context());
        Filter thai;
        thai.root.children << FilterNode::rule(QStringLiteral("company.country"), QStringLiteral("equals"),
                                               QStringLiteral("thailand"));
        Segment dynamic;
        dynamic.name = QStringLiteral("Thailand");
        dynamic.filter = thai;
        const qint64 dynamicId = service.create(dynamic).value();
        Segment list;
        list.name = QStringLiteral("Trade fair");
        list.type = SegmentType::Static;
        const qint64 staticId = service.create(list).value();

        SegmentsPage page(m_db->context());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1400, 900);
        page.show();
        QCOMPARE(page.model()->rowCount(), 2);
        page.selectSegment(dynamicId);
        QCOMPARE(page.editor()->segmentId(), dynamicId);
        QTRY_COMPARE(page.editor()->shownCount(), 3);
        screenshot(&page, QStringLiteral("segments-page"));

        QSignalSpy finished(&page, &SegmentsPage::actionFinished);
        FilterFixture(*m_db->database())
            .contact(FilterFixture::contactRow(1, QStringLiteral("New Person"), QString()));
        QTest::mouseClick(child<QPushButton>(&page, "recalculateSegment"), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(page.banner()->text().startsWith(QStringLiteral("\"Thailand\" has 4 member")),
                 qPrintable(page.banner()->text()));
        QCOMPARE(page.model()->segmentAt(page.model()->rowOf(dynamicId))->memberCount,
                 std::optional<qint64>(4));

        const QString path = QDir(m_db->dirPath()).filePath(QStringLiteral("thai.csv"));
        page.chooseExportFile = [&path](QWidget*, const QString& suggested) {
            return suggested.endsWith(QStringLiteral("Thailand.csv")) ? path : QString();
        };
        QTest::mouseClick(child<QPushButton>(&page, "exportSegment"), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 5);
        QCOMPARE(page.model()->segmentAt(page.model()->rowOf(dynamicId))->timesUsed, 1);

        QTest::mouseClick(child<QPushButton>(&page, "duplicateSegment"), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.editor()->segment().name, QStringLiteral("Thailand (copy)"));

        page.selectSegment(dynamicId);
        QTest::mouseClick(child<QPushButton>(&page, "archiveSegment"), Qt::LeftButton);
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(page.banner()->text().startsWith(QStringLiteral("Archived \"Thailand\"")));
        child<QCheckBox>(&page, "showArchived")->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 3);
        page.selectSegment(dynamicId);
        QCOMPARE(child<QPushButton>(&page, "archiveSegment")->text(), QStringLiteral("Restore"));
        QVERIFY(!page.editor()->isEditable());

        // A static segment: find contacts, add them, search the members, remove one.
        page.selectSegment(staticId);
        StaticMembersView* members = page.editor()->membersView();
        QVERIFY(members->isVisible());
        QTest::keyClicks(members->contactSearch(), QStringLiteral("example.com"));
        QTRY_COMPARE(members->contactTable()->model()->rowCount(), 6);
        members->contactTable()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(members, "addMembers"), Qt::LeftButton);
        QTRY_COMPARE(members->memberTable()->model()->rowCount(), 1);
        members->contactTable()->selectAll();
        QTest::mouseClick(child<QPushButton>(members, "addMembers"), Qt::LeftButton);
        QTRY_COMPARE(members->memberTable()->model()->rowCount(), 6);
        QTRY_VERIFY(members->totalLabel()->text().startsWith(QStringLiteral("6 member")));
        QTest::keyClicks(members->memberSearch(), QStringLiteral("hanoi"));
        QTRY_COMPARE(members->memberTable()->model()->rowCount(), 2);
        members->memberTable()->selectRow(0);
        QTest::mouseClick(child<QPushButton>(members, "removeMembers"), Qt::LeftButton);
        QTRY_COMPARE(members->memberTable()->model()->rowCount(), 1);
        QCOMPARE(service.get(staticId)->memberCount, std::optional<qint64>(5));
        screenshot(&page, QStringLiteral("segments-static"));
    }

    void someoneElsesPublicSegmentOpensReadOnly()
    {
        const Actor owner{21, QStringLiteral("sally"), Role::Sales};
        const Actor other{22, QStringLiteral("sam"), Role::Sales};
        Segment shared;
        shared.name = QStringLiteral("Shared");
        shared.visibility = SegmentVisibility::Public;
        const qint64 id = SegmentService(m_db->contextAs(owner)).create(shared).value();
        SegmentsPage page(m_db->contextAs(other));
        page.selectSegment(id);
        QVERIFY(!page.editor()->isEditable());
        QVERIFY(!child<QPushButton>(&page, "saveSegment")->isEnabled());
        QVERIFY(!page.editor()->builder()->root()->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "archiveSegment")->isEnabled());
        QVERIFY(child<QPushButton>(&page, "duplicateSegment")->isEnabled());
    }

    void techSupportSeesWhyNotDeadButtons()
    {
        SegmentsPage page(m_db->contextAs(Actor{31, QStringLiteral("tom"), Role::TechSupport}));
        QVERIFY(!page.banner()->isHidden());
        QVERIFY(page.banner()->text().contains(QStringLiteral("manage segments")));
        QVERIFY(!child<QPushButton>(&page, "newSegment")->isEnabled());
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void memberModel()
    {
        SegmentMemberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SegmentMember member;
        member.id = 7;
        member.name = QStringLiteral("Somchai");
        model.setMembers(FilterEntity::Contact, {member});
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.idAt(0), 7);
        model.setMembers(FilterEntity::Company, {member, member});
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestSegmentBuilder)
#include "TestSegmentBuilder.moc"
