#include "SequenceTestData.h"
#include "db/SqlRun.h"
#include "records/ContactService.h"
#include "sequences/JobWarningLog.h"
#include "sequences/SequenceJob.h"
#include "sequences/SequenceProcessor.h"
#include "sequences/SequenceSchedule.h"
#include "sequences/SequenceService.h"
#include "sequences/StepCondition.h"
#include "templates/TemplateService.h"

#include <QTest>
#include <QTimeZone>
#include <algorithm>

namespace {
QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

SequenceStep step(qint64 sequenceId, qint64 templateId, int delay, const QString& sendTime = {})
{
    SequenceStep s;
    s.sequenceId = sequenceId;
    s.templateId = templateId;
    s.daysDelay = delay;
    if (!sendTime.isEmpty())
        s.sendTime = QTime::fromString(sendTime, QStringLiteral("HH:mm"));
    return s;
}

// Runs the sequence job every `stepSeconds` from the clock's time until `end`.
void tickUntil(SequenceTestData& data, const QDateTime& end, int stepSeconds)
{
    while (data.clock().nowUtc() < end) {
        data.clock().advanceSeconds(stepSeconds);
        auto report = SequenceProcessor(data.context()).run();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    }
}

// created_at of the outbox mail for an enrolment's step and contact; invalid when none.
QDateTime queuedAt(const SequenceTestData& data, qint64 enrolmentId, int stepIndex, qint64 contactId)
{
    auto at = SqlRun::scalar(data.database()->connection(),
                             QStringLiteral("SELECT created_at FROM outbox WHERE dedupe_key = ?"),
                             {QStringLiteral("sequence:enrolment:%1:step:%2:contact:%3")
                                  .arg(enrolmentId)
                                  .arg(stepIndex)
                                  .arg(contactId)});
    if (!at || at->isNull())
        return {};
    return QDateTime::fromString(at->toString(), Qt::ISODate).toUTC();
}
} // namespace

class TestSequences : public QObject
{
    Q_OBJECT

private slots:
    void dueAfter_data();
    void dueAfter();
    void condition_data();
    void condition();
    void operatorsPerType_data();
    void operatorsPerType();
    void conditionValidation_data();
    void conditionValidation();
    void threeStepSequenceEndToEnd();
    void falseConditionSkipsStep();
    void unsubscribeMidSequenceCancels();
    void switchedOffTemplateHoldsTheStep();
    void daylightSavingInBerlin();
    void enrolmentRules();
    void companyEnrolmentTargetsBillingContacts();
    void bulkEnrolReportsSkipped();
    void permissions();
    void stepOrdering();
    void plannedScheduleAndPause();
};

void TestSequences::dueAfter_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("from");
    QTest::addColumn<int>("delay");
    QTest::addColumn<QString>("sendTime");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bangkok, 2 days at 09:00") << "Asia/Bangkok"
                                              << "2026-11-24T03:00:00Z" << 2 << "09:00"
                                              << "2026-11-26T02:00:00Z";
    QTest::newRow("bangkok, same day before send time") << "Asia/Bangkok"
                                                        << "2026-11-24T01:00:00Z" << 0 << "09:00"
                                                        << "2026-11-24T02:00:00Z";
    QTest::newRow("bangkok, same day after send time: next day") << "Asia/Bangkok"
                                                                 << "2026-11-24T08:00:00Z" << 0 << "09:00"
                                                                 << "2026-11-25T02:00:00Z";
    QTest::newRow("bangkok, no send time keeps the clock time") << "Asia/Bangkok"
                                                                << "2026-11-24T08:15:00Z" << 3 << ""
                                                                << "2026-11-27T08:15:00Z";
    QTest::newRow("berlin, across spring forward at 09:00") << "Europe/Berlin"
                                                            << "2026-03-27T10:00:00Z" << 2 << "09:00"
                                                            << "2026-03-29T07:00:00Z";
    QTest::newRow("berlin, spring forward keeps wall clock") << "Europe/Berlin"
                                                             << "2026-03-28T08:00:00Z" << 1 << ""
                                                             << "2026-03-29T07:00:00Z";
    QTest::newRow("berlin, across fall back at 09:00") << "Europe/Berlin"
                                                       << "2026-10-24T07:00:00Z" << 1 << "09:00"
                                                       << "2026-10-25T08:00:00Z";
    QTest::newRow("berlin, time in the gap moves forward") << "Europe/Berlin"
                                                           << "2026-03-28T01:30:00Z" << 1 << ""
                                                           << "2026-03-29T01:30:00Z";
    QTest::newRow("berlin, send time in the gap") << "Europe/Berlin"
                                                  << "2026-03-28T12:00:00Z" << 1 << "02:30"
                                                  << "2026-03-29T01:30:00Z";
}

void TestSequences::dueAfter()
{
    QFETCH(QString, zone);
    QFETCH(QString, from);
    QFETCH(int, delay);
    QFETCH(QString, sendTime);
    QFETCH(QString, expected);
    std::optional<QTime> time;
    if (!sendTime.isEmpty())
        time = QTime::fromString(sendTime, QStringLiteral("HH:mm"));
    const QDateTime due = SequenceSchedule::dueAfter(utc(from), delay, time, QTimeZone(zone.toUtf8()));
    QCOMPARE(due, utc(expected));
}

void TestSequences::condition_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    // The subject (see condition()): contact "สมชาย ใจดี", email somchai@siam.example, title Owner, no
    // phone, language th, billing, subscribed, created 2026-01-15T20:00Z (16 January in Bangkok);
    // company Siam Riverside in Thailand, no city, active, 3 contacts, 2 active contracts.

    // Text: ignoring case, Thai as written.
    QTest::newRow("text equals ignores case") << "company.country"
                                              << "equals"
                                              << "THAILAND" << true;
    QTest::newRow("text equals other") << "company.country"
                                       << "equals"
                                       << "Vietnam" << false;
    QTest::newRow("text not_equals other") << "company.country"
                                           << "not_equals"
                                           << "Vietnam" << true;
    QTest::newRow("text not_equals same, other case") << "company.country"
                                                      << "not_equals"
                                                      << "thailand" << false;
    QTest::newRow("text contains ignores case") << "email"
                                                << "contains"
                                                << "SIAM" << true;
    QTest::newRow("text contains not") << "email"
                                       << "contains"
                                       << "hotel" << false;
    QTest::newRow("text contains thai") << "name"
                                        << "contains"
                                        << "ใจดี" << true;
    QTest::newRow("text is_empty") << "phone"
                                   << "is_empty"
                                   << "" << true;
    QTest::newRow("text is_empty filled") << "title"
                                          << "is_empty"
                                          << "" << false;
    QTest::newRow("text is_not_empty") << "title"
                                       << "is_not_empty"
                                       << "" << true;
    QTest::newRow("company text is_not_empty, empty") << "company.city"
                                                      << "is_not_empty"
                                                      << "" << false;

    // Numbers as numbers: as text "3" > "10" and "03" != "3".
    QTest::newRow("number equals") << "company.contact_count"
                                   << "equals"
                                   << "3" << true;
    QTest::newRow("number equals, other spelling") << "company.contact_count"
                                                   << "equals"
                                                   << "03" << true;
    QTest::newRow("number equals other") << "company.contact_count"
                                         << "equals"
                                         << "4" << false;
    QTest::newRow("number not_equals") << "company.contact_count"
                                       << "not_equals"
                                       << "4" << true;
    QTest::newRow("number not_equals same") << "company.contact_count"
                                            << "not_equals"
                                            << "3.0" << false;
    QTest::newRow("number greater_than smaller") << "company.contact_count"
                                                 << "greater_than"
                                                 << "2" << true;
    QTest::newRow("number greater_than, not as text") << "company.contact_count"
                                                      << "greater_than"
                                                      << "10" << false;
    QTest::newRow("number less_than, not as text") << "company.contact_count"
                                                   << "less_than"
                                                   << "10" << true;
    QTest::newRow("number less_than equal") << "company.active_contract_count"
                                            << "less_than"
                                            << "2" << false;

    // Dates as dates; a timestamp's date is its date in the office zone.
    QTest::newRow("date equals office date") << "created_at"
                                             << "equals"
                                             << "2026-01-16" << true;
    QTest::newRow("date equals utc date") << "created_at"
                                          << "equals"
                                          << "2026-01-15" << false;
    QTest::newRow("date not_equals") << "created_at"
                                     << "not_equals"
                                     << "2026-01-15" << true;
    QTest::newRow("date greater_than") << "created_at"
                                       << "greater_than"
                                       << "2026-01-15" << true;
    QTest::newRow("date greater_than same day") << "created_at"
                                                << "greater_than"
                                                << "2026-01-16" << false;
    QTest::newRow("date less_than") << "created_at"
                                    << "less_than"
                                    << "2026-02-01" << true;
    QTest::newRow("date less_than same day") << "created_at"
                                             << "less_than"
                                             << "2026-01-16" << false;
    QTest::newRow("date is_empty") << "unsubscribed_at"
                                   << "is_empty"
                                   << "" << true;
    QTest::newRow("date is_empty set") << "created_at"
                                       << "is_empty"
                                       << "" << false;
    QTest::newRow("date is_not_empty") << "created_at"
                                       << "is_not_empty"
                                       << "" << true;
    QTest::newRow("date is_not_empty unset") << "unsubscribed_at"
                                             << "is_not_empty"
                                             << "" << false;
    QTest::newRow("date greater_than unset") << "unsubscribed_at"
                                             << "greater_than"
                                             << "2020-01-01" << false;

    // Booleans as booleans.
    QTest::newRow("boolean equals true") << "is_billing_contact"
                                         << "equals"
                                         << "true" << true;
    QTest::newRow("boolean equals false") << "is_billing_contact"
                                          << "equals"
                                          << "false" << false;
    QTest::newRow("boolean equals, any case") << "company.is_active"
                                              << "equals"
                                              << "TRUE" << true;
    QTest::newRow("boolean not_equals") << "unsubscribed"
                                        << "not_equals"
                                        << "true" << true;
    QTest::newRow("boolean not_equals same") << "is_billing_contact"
                                             << "not_equals"
                                             << "true" << false;

    // Enumerations by code.
    QTest::newRow("enum equals") << "language"
                                 << "equals"
                                 << "th" << true;
    QTest::newRow("enum equals, any case") << "language"
                                           << "equals"
                                           << "TH" << true;
    QTest::newRow("enum equals other") << "language"
                                       << "equals"
                                       << "en" << false;
    QTest::newRow("enum not_equals") << "language"
                                     << "not_equals"
                                     << "en" << true;
    QTest::newRow("enum not_equals same") << "language"
                                          << "not_equals"
                                          << "th" << false;
}

void TestSequences::condition()
{
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(bool, expected);
    FilterSubject subject;
    subject.company.name = QStringLiteral("Siam Riverside");
    subject.company.country = QStringLiteral("Thailand");
    subject.company.isActive = true;
    subject.contactCount = 3;
    for (const char* status : {"active", "active", "expired"}) {
        Contract contract;
        contract.status = QString::fromLatin1(status);
        contract.endDate = QDate(2027, 3, 1);
        subject.contracts << contract;
    }
    subject.contact.name = QStringLiteral("สมชาย ใจดี");
    subject.contact.language = QStringLiteral("th");
    subject.contact.isBillingContact = true;
    subject.contact.isActive = true;
    subject.contact.email = QStringLiteral("somchai@siam.example");
    subject.contact.title = QStringLiteral("Owner");
    subject.contact.createdAt = utc(QStringLiteral("2026-01-15T20:00:00Z"));
    FilterContext context;
    context.today = QDate(2026, 11, 24);
    context.zone = QTimeZone("Asia/Bangkok");
    const auto parsed = ConditionOperatorCodes::fromCode(op);
    QVERIFY(parsed);
    const auto valid = StepCondition::validate(field, parsed, value);
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
    const auto holds = StepCondition::evaluate(field, *parsed, value, subject, context);
    QVERIFY(holds.ok());
    QCOMPARE(holds.value(), expected);
}

void TestSequences::operatorsPerType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << "title"
                          << "equals not_equals contains is_empty is_not_empty";
    QTest::newRow("number") << "company.contact_count"
                            << "equals not_equals greater_than less_than";
    QTest::newRow("date") << "created_at"
                          << "equals not_equals greater_than less_than is_empty is_not_empty";
    QTest::newRow("boolean") << "unsubscribed"
                             << "equals not_equals";
    QTest::newRow("enum") << "language"
                          << "equals not_equals";
}

void TestSequences::operatorsPerType()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const QStringList operators = expected.split(QLatin1Char(' '));
    const FilterField* found = StepCondition::find(field);
    QVERIFY(found);
    QStringList offered;
    for (ConditionOperator op : StepCondition::operatorsFor(found->type))
        offered << ConditionOperatorCodes::toCode(op);
    QCOMPARE(offered, operators);
    // Every other of the seven is refused for the type.
    for (ConditionOperator op : ConditionOperatorCodes::all()) {
        if (operators.contains(ConditionOperatorCodes::toCode(op)))
            continue;
        const auto status = StepCondition::validate(field, op, QStringLiteral("1"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().field, QStringLiteral("condition_operator"));
    }
}

void TestSequences::conditionValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("faultField"); // empty: valid
    QTest::newRow("no condition") << ""
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("unknown field") << "shoe_size"
                                   << "equals"
                                   << "4"
                                   << "condition_field";
    QTest::newRow("missing operator") << "language"
                                      << ""
                                      << "th"
                                      << "condition_operator";
    QTest::newRow("contains on boolean") << "is_active"
                                         << "contains"
                                         << "true"
                                         << "condition_operator";
    QTest::newRow("greater_than on text") << "name"
                                          << "greater_than"
                                          << "a"
                                          << "condition_operator";
    QTest::newRow("is_empty on number") << "company.contact_count"
                                        << "is_empty"
                                        << ""
                                        << "condition_operator";
    QTest::newRow("boolean value") << "is_active"
                                   << "equals"
                                   << "maybe"
                                   << "condition_value";
    QTest::newRow("number value") << "company.contact_count"
                                  << "greater_than"
                                  << "many"
                                  << "condition_value";
    QTest::newRow("enum value") << "language"
                                << "equals"
                                << "fr"
                                << "condition_value";
    QTest::newRow("date value") << "unsubscribed_at"
                                << "less_than"
                                << "yesterday"
                                << "condition_value";
    QTest::newRow("empty text value") << "name"
                                      << "equals"
                                      << ""
                                      << "condition_value";
    QTest::newRow("is_empty without value") << "phone"
                                            << "is_empty"
                                            << ""
                                            << "";
    QTest::newRow("company field") << "company.industry"
                                   << "contains"
                                   << "hotel"
                                   << "";
}

void TestSequences::conditionValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(QString, faultField);
    const auto status = StepCondition::validate(field, ConditionOperatorCodes::fromCode(op), value);
    QCOMPARE(status.ok(), faultField.isEmpty());
    if (!status.ok())
        QCOMPARE(status.error().field, faultField);
}

void TestSequences::threeStepSequenceEndToEnd()
{
    // Tuesday 24 Nov 2026, 10:00 in Bangkok.
    SequenceTestData data(utc(QStringLiteral("2026-11-24T03:00:00Z")));
    QVERIFY(data.ok());
    const qint64 company = data.addCompany(QStringLiteral("Siam Riverside Hotel"));
    const qint64 contact =
        data.addContact(company, QStringLiteral("Somchai"), QStringLiteral("somchai@siam.example"));
    const qint64 t1 = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                       QStringLiteral("Welcome {{contact_name}}"),
                                       QStringLiteral("<p>Hello {{contact_name}} of {{company_name}}</p>"));
    const qint64 t2 = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                       QStringLiteral("Tips"), QStringLiteral("<p>Tips</p>"));
    const qint64 t3 = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                       QStringLiteral("Check-in"), QStringLiteral("<p>How is it going?</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Onboarding");
    auto sequenceId = service.create(sequence);
    QVERIFY2(sequenceId.ok(), qPrintable(sequenceId.ok() ? QString() : sequenceId.error().describe()));
    QVERIFY(service.addStep(step(*sequenceId, t1, 0, QStringLiteral("09:00"))).ok());
    QVERIFY(service.addStep(step(*sequenceId, t2, 2, QStringLiteral("14:00"))).ok());
    SequenceStep third = step(*sequenceId, t3, 3);
    third.conditionField = QStringLiteral("company.country");
    third.conditionOperator = ConditionOperator::Equals;
    third.conditionValue = QStringLiteral("thailand");
    QVERIFY(service.addStep(third).ok());

    auto enrolmentId = service.enrol(*sequenceId, company, contact);
    QVERIFY2(enrolmentId.ok(), qPrintable(enrolmentId.ok() ? QString() : enrolmentId.error().message));
    // 09:00 has passed today, so the first step waits for tomorrow 09:00 Bangkok time.
    QCOMPARE(service.enrolment(*enrolmentId)->nextSendAt, utc(QStringLiteral("2026-11-25T02:00:00Z")));
    auto plan = service.plannedSchedule(*enrolmentId);
    QVERIFY(plan.ok());
    QCOMPARE(plan->size(), 3);
    QCOMPARE(plan->at(1).at, utc(QStringLiteral("2026-11-27T07:00:00Z")));
    QCOMPARE(plan->at(2).at, utc(QStringLiteral("2026-11-30T07:00:00Z")));

    tickUntil(data, utc(QStringLiteral("2026-12-05T00:00:00Z")), 3600);

    QCOMPARE(queuedAt(data, *enrolmentId, 0, contact), utc(QStringLiteral("2026-11-25T02:00:00Z")));
    QCOMPARE(queuedAt(data, *enrolmentId, 1, contact), utc(QStringLiteral("2026-11-27T07:00:00Z")));
    QCOMPARE(queuedAt(data, *enrolmentId, 2, contact), utc(QStringLiteral("2026-11-30T07:00:00Z")));
    QCOMPARE(data.outboxCount(), 3);
    QCOMPARE(data.outboxCount(
                 QStringLiteral("subject = 'Welcome Somchai' AND kind = 'marketing' AND html_body LIKE "
                                "'%Siam Riverside Hotel%'")),
             1);
    auto done = service.enrolment(*enrolmentId);
    QCOMPARE(done->status, EnrolmentStatus::Completed);
    QCOMPARE(done->completedAt, utc(QStringLiteral("2026-11-30T07:00:00Z")));
    auto history = service.history(*enrolmentId);
    QCOMPARE(history->size(), 3);
    for (const SequenceEmail& mail : history.value())
        QCOMPARE(mail.status, SequenceEmailStatus::Pending);

    // Delivery outcomes flow back from the outbox.
    QVERIFY(
        SqlRun::exec(data.database()->connection(),
                     QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = '2026-11-25T02:01:00Z'"))
            .ok());
    QVERIFY(SequenceProcessor(data.context()).syncDeliveryStatus().ok());
    QCOMPARE(service.history(*enrolmentId)->first().status, SequenceEmailStatus::Sent);
    QCOMPARE(service.history(*enrolmentId)->first().sentAt, utc(QStringLiteral("2026-11-25T02:01:00Z")));

    // Nothing more is queued however often the job runs.
    tickUntil(data, utc(QStringLiteral("2026-12-06T00:00:00Z")), 7200);
    QCOMPARE(data.outboxCount(), 3);
    // Re-enrolling after completion is allowed.
    QVERIFY(service.enrol(*sequenceId, company, contact).ok());
}

void TestSequences::falseConditionSkipsStep()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Noodle House"));
    const qint64 contact =
        data.addContact(company, QStringLiteral("Anna"), QStringLiteral("anna@noodle.example"));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Conditional");
    const qint64 id = service.create(sequence).value();
    QVERIFY(service.addStep(step(id, t, 0)).ok());
    SequenceStep thai = step(id, t, 1);
    thai.conditionField = QStringLiteral("language");
    thai.conditionOperator = ConditionOperator::Equals;
    thai.conditionValue = QStringLiteral("th");
    QVERIFY(service.addStep(thai).ok());
    QVERIFY(service.addStep(step(id, t, 1)).ok());
    const qint64 enrolment = service.enrol(id, company, contact).value();
    tickUntil(data, utc(QStringLiteral("2026-11-28T00:00:00Z")), 1800);

    QCOMPARE(data.outboxCount(), 2);
    QVERIFY(queuedAt(data, enrolment, 0, contact).isValid());
    QVERIFY(!queuedAt(data, enrolment, 1, contact).isValid());
    QVERIFY(queuedAt(data, enrolment, 2, contact).isValid());
    auto history = service.history(enrolment).value();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(1).status, SequenceEmailStatus::Skipped);
    QVERIFY(history.at(1).error.contains(QStringLiteral("language")));
    QCOMPARE(service.enrolment(enrolment)->status, EnrolmentStatus::Completed);
}

void TestSequences::unsubscribeMidSequenceCancels()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Beach Bar"));
    const qint64 contact =
        data.addContact(company, QStringLiteral("Lek"), QStringLiteral("lek@beach.example"));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Three mails");
    const qint64 id = service.create(sequence).value();
    for (int delay : {0, 2, 2})
        QVERIFY(service.addStep(step(id, t, delay)).ok());
    const qint64 enrolment = service.enrol(id, company, contact).value();
    tickUntil(data, utc(QStringLiteral("2026-11-25T00:00:00Z")), 3600);
    QCOMPARE(data.outboxCount(), 1);
    QVERIFY(ContactService(data.context()).setUnsubscribed(contact, true).ok());
    tickUntil(data, utc(QStringLiteral("2026-12-05T00:00:00Z")), 3600);
    QCOMPARE(data.outboxCount(), 1);
    auto cancelled = service.enrolment(enrolment);
    QCOMPARE(cancelled->status, EnrolmentStatus::Cancelled);
    QVERIFY2(cancelled->cancelReason.contains(QStringLiteral("unsubscribed")),
             qPrintable(cancelled->cancelReason));
    // The contact cannot be enrolled again while unsubscribed.
    auto again = service.enrol(id, company, contact);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().field, QStringLiteral("contact"));
}

void TestSequences::switchedOffTemplateHoldsTheStep()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Tea Room"));
    const qint64 contact =
        data.addContact(company, QStringLiteral("Ploy"), QStringLiteral("ploy@tea.example"));
    const qint64 first = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                          QStringLiteral("Welcome"), QStringLiteral("<p>Welcome</p>"));
    const qint64 second = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                           QStringLiteral("Follow-up"), QStringLiteral("<p>Again</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Onboarding");
    const qint64 id = service.create(sequence).value();
    QVERIFY(service.addStep(step(id, first, 0)).ok());
    QVERIFY(service.addStep(step(id, second, 1)).ok());
    const qint64 enrolment = service.enrol(id, company, contact).value();
    tickUntil(data, utc(QStringLiteral("2026-11-24T03:00:00Z")), 3600);
    QCOMPARE(data.outboxCount(), 1);

    // Switched off before step 2 is due: nothing goes out, the enrolment waits on step 2 and the
    // outbox page's warnings say why.
    QVERIFY(TemplateService(data.context()).setActive(second, false).ok());
    tickUntil(data, utc(QStringLiteral("2026-11-30T00:00:00Z")), 3600);
    QCOMPARE(data.outboxCount(), 1);
    auto waiting = service.enrolment(enrolment);
    QCOMPARE(waiting->status, EnrolmentStatus::Active);
    QCOMPARE(waiting->currentStepIndex, 1);
    QCOMPARE(service.history(enrolment)->size(), 1);
    auto warnings = JobWarningLog(data.context()).recent();
    QVERIFY(warnings);
    QVERIFY(std::any_of(warnings->cbegin(), warnings->cend(), [](const JobWarning& w) {
        return w.message.contains(QLatin1String("switched off")) &&
               w.message.contains(QLatin1String("Onboarding"));
    }));
    auto summary = SequenceJob::run(data.context());
    QVERIFY(summary);
    QVERIFY2(summary->contains(QLatin1String("wait for a switched-off template")),
             qPrintable(summary.value()));

    // Switched on again: the held step goes out on the next run and the sequence completes.
    QVERIFY(TemplateService(data.context()).setActive(second, true).ok());
    tickUntil(data, utc(QStringLiteral("2026-11-30T01:00:00Z")), 3600);
    QCOMPARE(data.outboxCount(), 2);
    QVERIFY(queuedAt(data, enrolment, 1, contact).isValid());
    QCOMPARE(service.enrolment(enrolment)->status, EnrolmentStatus::Completed);
}

void TestSequences::daylightSavingInBerlin()
{
    // Friday 27 March 2026, 13:00 in Berlin (CET, UTC+1); clocks go forward on Sunday 29 March.
    SequenceTestData data(utc(QStringLiteral("2026-03-27T12:00:00Z")));
    data.setOfficeTimeZone(QStringLiteral("Europe/Berlin"));
    const qint64 company = data.addCompany(QStringLiteral("Berliner Cafe"));
    const qint64 contact =
        data.addContact(company, QStringLiteral("Jonas"), QStringLiteral("jonas@cafe.example"));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Berlin");
    const qint64 id = service.create(sequence).value();
    QVERIFY(service.addStep(step(id, t, 1, QStringLiteral("09:00"))).ok());
    QVERIFY(service.addStep(step(id, t, 1, QStringLiteral("09:00"))).ok());
    QVERIFY(service.addStep(step(id, t, 1)).ok());
    const qint64 enrolment = service.enrol(id, company, contact).value();
    tickUntil(data, utc(QStringLiteral("2026-04-01T00:00:00Z")), 900);
    // 09:00 CET on Saturday, 09:00 CEST on Sunday and Monday: the wall clock stays at 09:00.
    QCOMPARE(queuedAt(data, enrolment, 0, contact), utc(QStringLiteral("2026-03-28T08:00:00Z")));
    QCOMPARE(queuedAt(data, enrolment, 1, contact), utc(QStringLiteral("2026-03-29T07:00:00Z")));
    QCOMPARE(queuedAt(data, enrolment, 2, contact), utc(QStringLiteral("2026-03-30T07:00:00Z")));
}

void TestSequences::enrolmentRules()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Spa One"));
    const qint64 other = data.addCompany(QStringLiteral("Spa Two"));
    const qint64 contact = data.addContact(company, QStringLiteral("May"), QStringLiteral("may@spa.example"));
    const qint64 noMail = data.addContact(company, QStringLiteral("Nok"), QString());
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Rules");
    const qint64 id = service.create(sequence).value();

    auto noSteps = service.enrol(id, company, contact);
    QVERIFY(!noSteps.ok());
    QCOMPARE(noSteps.error().field, QStringLiteral("sequence"));
    QVERIFY(service.addStep(step(id, t, 1)).ok());

    auto first = service.enrol(id, company, contact);
    QVERIFY(first.ok());
    auto twice = service.enrol(id, company, contact);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QVERIFY(service.pause(*first).ok());
    QCOMPARE(service.enrol(id, company, contact).error().code,
             ErrorCode::Conflict); // paused still holds the place
    QVERIFY(service.cancel(*first, QStringLiteral("Asked by phone")).ok());
    QCOMPARE(service.enrolment(*first)->cancelReason, QStringLiteral("Asked by phone"));
    QVERIFY(!service.resume(*first).ok()); // cancelled is final
    QVERIFY(service.enrol(id, company, contact).ok());

    QCOMPARE(service.enrol(id, other, contact).error().field, QStringLiteral("contact")); // wrong company
    QCOMPARE(service.enrol(id, company, noMail).error().field, QStringLiteral("contact"));
    QCOMPARE(service.enrol(id + 100, company, contact).error().field, QStringLiteral("sequence"));
    QVERIFY(service.setActive(id, false).ok());
    QCOMPARE(service.enrol(id, company, 0).error().field, QStringLiteral("sequence"));
    QCOMPARE(service.list()->first().openEnrolments, 1);
}

void TestSequences::companyEnrolmentTargetsBillingContacts()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 billingCompany = data.addCompany(QStringLiteral("With billing"));
    const qint64 billing =
        data.addContact(billingCompany, QStringLiteral("Bill"), QStringLiteral("bill@a.example"), true);
    data.addContact(billingCompany, QStringLiteral("Other"), QStringLiteral("other@a.example"));
    const qint64 plainCompany = data.addCompany(QStringLiteral("Without billing"));
    const qint64 c1 = data.addContact(plainCompany, QStringLiteral("One"), QStringLiteral("one@b.example"));
    const qint64 c2 = data.addContact(plainCompany, QStringLiteral("Two"), QStringLiteral("two@b.example"));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Company wide");
    const qint64 id = service.create(sequence).value();
    QVERIFY(service.addStep(step(id, t, 0)).ok());
    const qint64 e1 = service.enrol(id, billingCompany, 0).value();
    const qint64 e2 = service.enrol(id, plainCompany, 0).value();
    tickUntil(data, utc(QStringLiteral("2026-11-24T02:00:00Z")), 600);
    QCOMPARE(data.outboxCount(), 3);
    QVERIFY(queuedAt(data, e1, 0, billing).isValid());
    QVERIFY(queuedAt(data, e2, 0, c1).isValid());
    QVERIFY(queuedAt(data, e2, 0, c2).isValid());
}

void TestSequences::bulkEnrolReportsSkipped()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Bulk Co"));
    const qint64 ok1 = data.addContact(company, QStringLiteral("A"), QStringLiteral("a@bulk.example"));
    const qint64 ok2 = data.addContact(company, QStringLiteral("B"), QStringLiteral("b@bulk.example"));
    const qint64 gone = data.addContact(company, QStringLiteral("C"), QStringLiteral("c@bulk.example"));
    const qint64 inactive = data.addContact(company, QStringLiteral("D"), QStringLiteral("d@bulk.example"));
    QVERIFY(ContactService(data.context()).setUnsubscribed(gone, true).ok());
    auto d = ContactService(data.context()).get(inactive).value();
    d.isActive = false;
    QVERIFY(ContactService(data.context()).update(d).ok());
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Bulk");
    const qint64 id = service.create(sequence).value();
    QVERIFY(service.addStep(step(id, t, 0)).ok());
    QVERIFY(service.enrol(id, company, ok2).ok());
    auto report =
        service.enrolMany(id, {{company, ok1}, {company, ok2}, {company, gone}, {company, inactive}});
    QVERIFY(report.ok());
    QCOMPARE(report->enrolled.size(), 1);
    QCOMPARE(report->skipped.size(), 3);
    QCOMPARE(report->skipped.at(0).reasonCode, QStringLiteral("already_enrolled"));
    QCOMPARE(report->skipped.at(1).reasonCode, QStringLiteral("unsubscribed"));
    QCOMPARE(report->skipped.at(2).reasonCode, QStringLiteral("inactive"));
    QCOMPARE(service.enrolments({id, 0, std::nullopt, -1})->size(), 2);
}

void TestSequences::permissions()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Perm Co"));
    const qint64 contact = data.addContact(company, QStringLiteral("P"), QStringLiteral("p@perm.example"));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService admin(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Perms");
    const qint64 id = admin.create(sequence).value();
    QVERIFY(admin.addStep(step(id, t, 0)).ok());

    ServiceContext salesContext = data.context();
    salesContext.actor = Actor{7, QStringLiteral("sally"), Role::Sales};
    SequenceService sales(salesContext);
    Sequence mine;
    mine.name = QStringLiteral("Sales try");
    QCOMPARE(sales.create(mine).error().code, ErrorCode::Forbidden);
    QVERIFY(sales.list().ok());
    auto enrolled = sales.enrol(id, company, contact);
    QVERIFY(enrolled.ok());
    QCOMPARE(sales.enrolment(*enrolled)->enrolledBy, QStringLiteral("sally"));

    ServiceContext supportContext = data.context();
    supportContext.actor = Actor{8, QStringLiteral("tom"), Role::TechSupport};
    SequenceService support(supportContext);
    QCOMPARE(support.cancel(*enrolled).error().code, ErrorCode::Forbidden);
    QCOMPARE(support.enrol(id, company, 0).error().code, ErrorCode::Forbidden);
}

void TestSequences::stepOrdering()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Order");
    const qint64 id = service.create(sequence).value();
    const qint64 a = service.addStep(step(id, t, 1)).value();
    const qint64 b = service.addStep(step(id, t, 2)).value();
    SequenceStep first = step(id, t, 3);
    first.stepOrder = 1;
    const qint64 c = service.addStep(first).value();
    const auto ids = [&] {
        QList<qint64> result;
        const QList<SequenceStep> steps = service.steps(id).value(); // keep the list alive while iterating
        for (const SequenceStep& s : steps)
            result << s.id;
        return result;
    };
    QCOMPARE(ids(), (QList<qint64>{c, a, b}));
    QVERIFY(service.moveStep(c, 3).ok());
    QCOMPARE(ids(), (QList<qint64>{a, b, c}));
    QVERIFY(service.removeStep(b).ok());
    QCOMPARE(ids(), (QList<qint64>{a, c}));
    QCOMPARE(service.steps(id)->at(1).stepOrder, 2);
    SequenceStep bad = step(id, t + 50, 1);
    QCOMPARE(service.addStep(bad).error().field, QStringLiteral("template"));
    SequenceStep negative = step(id, t, -1);
    QCOMPARE(service.addStep(negative).error().field, QStringLiteral("days_delay"));
}

void TestSequences::plannedScheduleAndPause()
{
    SequenceTestData data(utc(QStringLiteral("2026-11-24T01:00:00Z")));
    const qint64 company = data.addCompany(QStringLiteral("Plan Co"));
    const qint64 contact = data.addContact(company, QStringLiteral("Q"), QStringLiteral("q@plan.example"));
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi</p>"));
    SequenceService service(data.context());
    Sequence sequence;
    sequence.name = QStringLiteral("Plan");
    const qint64 id = service.create(sequence).value();
    QVERIFY(service.addStep(step(id, t, 1, QStringLiteral("10:00"))).ok());
    QVERIFY(service.addStep(step(id, t, 7, QStringLiteral("10:00"))).ok());
    const qint64 enrolment = service.enrol(id, company, contact).value();
    QVERIFY(service.pause(enrolment).ok());
    tickUntil(data, utc(QStringLiteral("2026-11-27T00:00:00Z")), 3600);
    QCOMPARE(data.outboxCount(), 0); // paused: nothing goes out
    auto plan = service.plannedSchedule(enrolment).value();
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).at, utc(QStringLiteral("2026-11-27T00:00:00Z"))); // overdue: as soon as resumed
    QVERIFY(service.resume(enrolment).ok());
    QCOMPARE(service.enrolment(enrolment)->status, EnrolmentStatus::Pending);
    tickUntil(data, utc(QStringLiteral("2026-11-27T01:00:00Z")), 3600);
    QCOMPARE(data.outboxCount(), 1);
    plan = service.plannedSchedule(enrolment).value();
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.at(0).at, utc(QStringLiteral("2026-12-04T03:00:00Z")));
}

QTEST_GUILESS_MAIN(TestSequences)
#include "TestSequences.moc"
