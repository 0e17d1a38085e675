#include "SequenceTestData.h"
#include "db/SqlRun.h"
#include "records/ContactService.h"
#include "segments/SegmentEnrolment.h"
#include "segments/SegmentService.h"
#include "sequences/SequenceService.h"

#include <QTest>

// QVERIFY for a function that returns a value: the failure is recorded, the caller sees zeros.
#define QVERIFY_RETURN(statement)                                                                            \
    do {                                                                                                     \
        if (!QTest::qVerify(static_cast<bool>(statement), #statement, "", __FILE__, __LINE__))               \
            return {};                                                                                       \
    } while (false)

// Bulk enrolment of a segment's members into a sequence (issue 7 on top of issue 6): one
// transaction, a report of enrolled and skipped members with the reason, and the segment counted
// as used.
class TestSegmentEnrolment : public QObject
{
    Q_OBJECT

    struct World
    {
        qint64 sequence = 0;
        qint64 segment = 0;
        qint64 a = 0, b = 0, gone = 0, inactive = 0, enrolled = 0, elsewhere = 0;
    };

    // Five Thai contacts (two fine, one unsubscribed, one inactive, one already in the sequence)
    // and one in Vietnam; a dynamic segment of the Thai ones.
    static World build(SequenceTestData& data)
    {
        World w;
        const qint64 thai = data.addCompany(QStringLiteral("Siam Riverside Hotel"));
        const qint64 vietnam = data.addCompany(QStringLiteral("Saigon Bistro"));
        QVERIFY_RETURN(SqlRun::exec(data.database()->connection(),
                                    QStringLiteral("UPDATE companies SET country = 'Vietnam' WHERE id = ?"),
                                    {vietnam})
                           .ok());
        w.a = data.addContact(thai, QStringLiteral("Malee"), QStringLiteral("malee@siam.example"));
        w.b = data.addContact(thai, QStringLiteral("Niran"), QStringLiteral("niran@siam.example"));
        w.gone = data.addContact(thai, QStringLiteral("Pim"), QStringLiteral("pim@siam.example"));
        w.inactive = data.addContact(thai, QStringLiteral("Arun"), QStringLiteral("arun@siam.example"));
        w.enrolled = data.addContact(thai, QStringLiteral("Chai"), QStringLiteral("chai@siam.example"));
        w.elsewhere = data.addContact(vietnam, QStringLiteral("Linh"), QStringLiteral("linh@saigon.example"));
        const ContactService contacts(data.context());
        QVERIFY_RETURN(contacts.setUnsubscribed(w.gone, true).ok());
        auto arun = contacts.get(w.inactive).value();
        arun.isActive = false;
        QVERIFY_RETURN(contacts.update(arun).ok());

        const qint64 t =
            data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"), QStringLiteral("Hello"),
                             QStringLiteral("<p>Hello {{contact_name}}</p>"));
        const SequenceService sequences(data.context());
        Sequence sequence;
        sequence.name = QStringLiteral("Onboarding");
        w.sequence = sequences.create(sequence).valueOr(0);
        SequenceStep step;
        step.sequenceId = w.sequence;
        step.templateId = t;
        step.daysDelay = 1;
        QVERIFY_RETURN(sequences.addStep(step).ok());
        QVERIFY_RETURN(sequences.enrol(w.sequence, thai, w.enrolled).ok());

        Segment segment;
        segment.name = QStringLiteral("Thai contacts");
        segment.filter.root.children << FilterNode::rule(
            QStringLiteral("company.country"), QStringLiteral("equals"), QStringLiteral("thailand"));
        auto id = SegmentService(data.context()).create(segment);
        QVERIFY_RETURN(id.ok());
        w.segment = id.value();
        return w;
    }

private slots:
    void enrolsMembersAndReportsSkipped();
    void refusesArchivedSegmentAndSwitchedOffSequence();
};

void TestSegmentEnrolment::enrolsMembersAndReportsSkipped()
{
    SequenceTestData data(QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
    QVERIFY(data.ok());
    const World w = build(data);
    QVERIFY(w.segment != 0);

    auto report = SegmentEnrolment(data.context()).enrol(w.segment, w.sequence);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->rows.size(), 5); // the Vietnamese contact is not a member
    QCOMPARE(report->enrolledCount(), 2);
    QCOMPARE(report->skippedCount(), 3);
    QCOMPARE(report->skippedFor(QStringLiteral("unsubscribed")), 1);
    QCOMPARE(report->skippedFor(QStringLiteral("inactive")), 1);
    QCOMPARE(report->skippedFor(QStringLiteral("already_enrolled")), 1);
    QHash<qint64, QString> outcome;
    for (const SegmentEnrolReport::Row& row : report->rows) {
        outcome.insert(row.contactId, row.skipCode);
        QVERIFY(!row.name.isEmpty());
        QCOMPARE(row.enrolmentId != 0, row.skipCode.isEmpty());
        QCOMPARE(row.reason.isEmpty(), row.skipCode.isEmpty());
    }
    QCOMPARE(outcome.value(w.a), QString());
    QCOMPARE(outcome.value(w.b), QString());
    QCOMPARE(outcome.value(w.gone), QStringLiteral("unsubscribed"));
    QCOMPARE(outcome.value(w.inactive), QStringLiteral("inactive"));
    QCOMPARE(outcome.value(w.enrolled), QStringLiteral("already_enrolled"));
    QVERIFY(report->summary().contains(QStringLiteral("Enrolled 2 of 5")));
    QVERIFY(report->summary().contains(QStringLiteral("1 already enrolled")));

    // The new enrolments say where they came from; the segment counts as used.
    auto fromSegment =
        SqlRun::scalar(data.database()->connection(),
                       QStringLiteral("SELECT count(*) FROM sequence_enrolments WHERE source = 'segment'"));
    QCOMPARE(fromSegment->toInt(), 2);
    auto segment = SegmentService(data.context()).get(w.segment);
    QCOMPARE(segment->timesUsed, qint64(1));
    QCOMPARE(segment->lastUsedAt, data.clock().nowUtc());

    // Again: everyone is in it (or cannot be); nothing new, and one more use.
    data.clock().advanceSeconds(3600);
    auto again = SegmentEnrolment(data.context()).enrol(w.segment, w.sequence);
    QVERIFY(again.ok());
    QCOMPARE(again->enrolledCount(), 0);
    QCOMPARE(again->skippedFor(QStringLiteral("already_enrolled")), 3);
    QCOMPARE(SegmentService(data.context()).get(w.segment)->timesUsed, qint64(2));
}

void TestSegmentEnrolment::refusesArchivedSegmentAndSwitchedOffSequence()
{
    SequenceTestData data(QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
    QVERIFY(data.ok());
    const World w = build(data);
    QVERIFY(w.segment != 0);

    QVERIFY(SequenceService(data.context()).setActive(w.sequence, false).ok());
    auto off = SegmentEnrolment(data.context()).enrol(w.segment, w.sequence);
    QVERIFY(!off.ok());
    QCOMPARE(off.error().field, QStringLiteral("sequence"));
    QVERIFY(SequenceService(data.context()).setActive(w.sequence, true).ok());

    auto missing = SegmentEnrolment(data.context()).enrol(w.segment, 9999);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().field, QStringLiteral("sequence"));

    QVERIFY(SegmentService(data.context()).archive(w.segment).ok());
    auto archived = SegmentEnrolment(data.context()).enrol(w.segment, w.sequence);
    QVERIFY(!archived.ok());
    QCOMPARE(archived.error().field, QStringLiteral("segment"));
    // Nothing was enrolled nor counted by the refused attempts.
    auto fromSegment =
        SqlRun::scalar(data.database()->connection(),
                       QStringLiteral("SELECT count(*) FROM sequence_enrolments WHERE source = 'segment'"));
    QCOMPARE(fromSegment->toInt(), 0);
    auto segment =
        SqlRun::scalar(data.database()->connection(),
                       QStringLiteral("SELECT times_used FROM segments WHERE id = ?"), {w.segment});
    QCOMPARE(segment->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSegmentEnrolment)
#include "TestSegmentEnrolment.moc"
