#include "SequenceTestData.h"
#include "db/SqlRun.h"
#include "records/ContractService.h"
#include "reminders/ReminderJob.h"
#include "reminders/ReminderService.h"
#include "sequences/JobWarningLog.h"
#include "sequences/SequenceJob.h"
#include "sequences/SequenceService.h"

#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <atomic>

namespace {
QDateTime utc(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

// Bangkok is UTC+7 all year: local hour h on `day` is h-7 UTC.
QDateTime bangkok(const QDate& day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone("Asia/Bangkok")).toUTC();
}

const QStringList kRenewalTypes = {QStringLiteral("renewal_30_days"), QStringLiteral("renewal_14_days"),
                                   QStringLiteral("renewal_7_days"), QStringLiteral("renewal_urgent")};

void addRenewalTemplates(SequenceTestData& data)
{
    for (const QString& type : kRenewalTypes)
        data.addTemplate(
            type, QStringLiteral("en"), QStringLiteral("Renewal %1 {{contract_number}}").arg(type),
            QStringLiteral("<p>Dear {{contact_name}}, contract {{contract_number}} ends on {{end_date}} "
                           "({{days_until_expiry}} days).</p>"));
}

ReminderRunReport runIfDue(SequenceTestData& data)
{
    auto report = ReminderService(data.context()).runIfDue();
    if (!report) {
        qWarning() << report.error().message;
        return {};
    }
    return report.value();
}
} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private slots:
    void renewalWindow_data();
    void renewalWindow();
    void paymentWindow_data();
    void paymentWindow();
    void mustShowOneReminderForThreeRuns();
    void renewalsExactlyOnceOverFortyDays();
    void missedRunHappensAtNextStart();
    void missingTemplateWarnsThenSendsInWindow();
    void languageFallback();
    void paymentReminders();
    void triggeredSequencesEnrolOnce();
    void twoConnectionsRunAtOnce();
    void daylightSavingRunTime();
};

void TestReminders::renewalWindow_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("window");
    QTest::newRow("31") << 31 << "";
    QTest::newRow("30") << 30 << "renewal_30_days";
    QTest::newRow("29 (missed day)") << 29 << "renewal_30_days";
    QTest::newRow("15") << 15 << "renewal_30_days";
    QTest::newRow("14") << 14 << "renewal_14_days";
    QTest::newRow("8") << 8 << "renewal_14_days";
    QTest::newRow("7") << 7 << "renewal_7_days";
    QTest::newRow("4") << 4 << "renewal_7_days";
    QTest::newRow("3") << 3 << "renewal_urgent";
    QTest::newRow("0") << 0 << "renewal_urgent";
    QTest::newRow("-1") << -1 << "";
}

void TestReminders::renewalWindow()
{
    QFETCH(int, days);
    QFETCH(QString, window);
    QCOMPARE(ReminderService::renewalWindow(days), window);
}

void TestReminders::paymentWindow_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("window");
    QTest::newRow("4 before") << 4 << "";
    QTest::newRow("3 before") << 3 << "payment_reminder";
    QTest::newRow("due today") << 0 << "payment_reminder";
    QTest::newRow("1 late") << -1 << "payment_overdue";
    QTest::newRow("30 late") << -30 << "payment_overdue";
    QTest::newRow("31 late") << -31 << "";
}

void TestReminders::paymentWindow()
{
    QFETCH(int, days);
    QFETCH(QString, window);
    QCOMPARE(ReminderService::paymentWindow(days), window);
}

void TestReminders::mustShowOneReminderForThreeRuns()
{
    const QDate today(2026, 11, 24);
    SequenceTestData data(bangkok(today, 10));
    const qint64 company = data.addCompany(QStringLiteral("Siam Riverside Hotel"));
    const qint64 billing =
        data.addContact(company, QStringLiteral("Khun Malee"), QStringLiteral("malee@siam.example"), true);
    data.addContact(company, QStringLiteral("Khun Niran"), QStringLiteral("niran@siam.example"));
    data.addContract(company, QStringLiteral("C-2026-0042"), today.addDays(30));
    data.addTemplate(QStringLiteral("renewal_30_days"), QStringLiteral("en"), QStringLiteral("Your renewal"),
                     QStringLiteral("<p>Contract {{contract_number}} ends on {{end_date}}.</p>"));
    for (int run = 0; run < 3; ++run)
        QVERIFY(ReminderJob::run(data.context()).ok());
    data.clock().setNow(bangkok(today.addDays(1), 10));
    QVERIFY(ReminderJob::run(data.context()).ok());
    QCOMPARE(data.outboxCount(), 1);
    QCOMPARE(data.outboxCount(
                 QStringLiteral("to_address = 'malee@siam.example' AND html_body LIKE '%C-2026-0042%' "
                                "AND contact_id = %1")
                     .arg(billing)),
             1);
}

void TestReminders::renewalsExactlyOnceOverFortyDays()
{
    const QDate start(2026, 11, 1);
    SequenceTestData data(bangkok(start, 0));
    addRenewalTemplates(data);
    struct Case
    {
        int daysOut;
        qint64 contract;
        QString billingEmail;
    };
    QList<Case> cases;
    for (int daysOut : {30, 14, 7, 3}) {
        const qint64 company = data.addCompany(QStringLiteral("Company %1").arg(daysOut));
        const QString email = QStringLiteral("billing%1@example.com").arg(daysOut);
        data.addContact(company, QStringLiteral("Billing %1").arg(daysOut), email, true);
        data.addContact(company, QStringLiteral("Staff %1").arg(daysOut),
                        QStringLiteral("staff%1@example.com").arg(daysOut));
        cases << Case{daysOut,
                      data.addContract(company, QStringLiteral("C-%1").arg(daysOut), start.addDays(daysOut)),
                      email};
    }
    // Three runs a day (08:00, 12:00, 18:00 Bangkok) for 40 days, except every fifth day when
    // no desktop was open at all.
    int ran = 0;
    for (int day = 0; day < 40; ++day) {
        if (day % 5 == 2)
            continue;
        for (int hour : {8, 12, 18}) {
            data.clock().setNow(bangkok(start.addDays(day), hour));
            const auto report = runIfDue(data);
            ran += report.ran ? 1 : 0;
        }
    }
    // 32 days with runs, each running at 12:00; the 08:00 run also runs on the first day and on the
    // 8 days after a day without runs (the missed run), so 41, and never more than two a day.
    QCOMPARE(ran, 41);
    // Each contract gets each window it still had open exactly once, and only the billing contact.
    const QMap<int, QStringList> expected = {{30, kRenewalTypes},
                                             {14, kRenewalTypes.mid(1)},
                                             {7, kRenewalTypes.mid(2)},
                                             {3, kRenewalTypes.mid(3)}};
    for (const Case& c : cases) {
        for (const QString& type : kRenewalTypes) {
            const int count = data.outboxCount(
                QStringLiteral("dedupe_key LIKE 'reminder:%1:contract:%2:%'").arg(type).arg(c.contract));
            QCOMPARE(count, expected.value(c.daysOut).contains(type) ? 1 : 0);
        }
        QCOMPARE(
            data.outboxCount(
                QStringLiteral("source_id = %1 AND to_address <> '%2'").arg(c.contract).arg(c.billingEmail)),
            0);
    }
    QCOMPARE(data.outboxCount(), 4 + 3 + 2 + 1);
    // Every reminder went out inside its window (days left at the time it was queued).
    auto rows =
        SqlRun::exec(data.database()->connection(),
                     QStringLiteral("SELECT o.dedupe_key, o.created_at, c.end_date FROM outbox o JOIN "
                                    "contracts c ON c.id = o.source_id"));
    QVERIFY(rows.ok());
    while (rows->next()) {
        const QDate queued = QDateTime::fromString(rows->value(1).toString(), Qt::ISODate)
                                 .toTimeZone(QTimeZone("Asia/Bangkok"))
                                 .date();
        const qint64 left = queued.daysTo(QDate::fromString(rows->value(2).toString(), Qt::ISODate));
        QVERIFY2(rows->value(0).toString().contains(ReminderService::renewalWindow(left)),
                 qPrintable(rows->value(0).toString()));
    }
}

void TestReminders::missedRunHappensAtNextStart()
{
    const QDate day(2026, 11, 24);
    SequenceTestData data(bangkok(day, 8));
    ReminderService service(data.context());
    QCOMPARE(service.latestScheduledRun(), bangkok(day.addDays(-1), 9));
    QVERIFY(runIfDue(data).ran); // never ran: yesterday's run is missed, so it runs now
    QVERIFY(!runIfDue(data).ran);
    data.clock().setNow(bangkok(day, 8).addSecs(3599));
    QVERIFY(!runIfDue(data).ran);
    data.clock().setNow(bangkok(day, 9));
    QVERIFY(runIfDue(data).ran); // today's 09:00 run
    data.clock().setNow(bangkok(day, 23));
    QVERIFY(!runIfDue(data).ran);
    // Closed for two days; opened at 07:00 on the third: the missed run happens at once.
    data.clock().setNow(bangkok(day.addDays(3), 7));
    QVERIFY(runIfDue(data).ran);
    data.clock().setNow(bangkok(day.addDays(3), 8));
    QVERIFY(!runIfDue(data).ran);
    // The run time is a setting.
    data.setDailyRunTime(QStringLiteral("07:30"));
    data.clock().setNow(bangkok(day.addDays(4), 7).addSecs(1800));
    QVERIFY(runIfDue(data).ran);
}

void TestReminders::missingTemplateWarnsThenSendsInWindow()
{
    const QDate today(2026, 11, 24);
    SequenceTestData data(bangkok(today, 10));
    const qint64 company = data.addCompany(QStringLiteral("No Template Co"));
    data.addContact(company, QStringLiteral("Pim"), QStringLiteral("pim@example.com"), true);
    data.addContract(company, QStringLiteral("C-NT"), today.addDays(30));
    const qint64 inactive =
        data.addTemplate(QStringLiteral("renewal_30_days"), QStringLiteral("en"), QStringLiteral("Renewal"),
                         QStringLiteral("<p>{{contract_number}}</p>"), false);
    auto report = runIfDue(data);
    QVERIFY(report.ran);
    QCOMPARE(report.missingTemplates, 1);
    QCOMPARE(data.outboxCount(), 0);
    auto warnings = JobWarningLog(data.context()).recent();
    QVERIFY(warnings.ok());
    QCOMPARE(warnings->size(), 1);
    QVERIFY(warnings->first().message.contains(QStringLiteral("renewal_30_days")));
    QVERIFY(warnings->first().message.contains(QStringLiteral("C-NT")));
    // The same problem again the same day is one warning counted twice.
    QVERIFY(ReminderService(data.context()).runNow().ok());
    QCOMPARE(JobWarningLog(data.context()).recent()->size(), 1);
    QCOMPARE(JobWarningLog(data.context()).recent()->first().occurrences, 2);

    // Activated the next day: the reminder (29 days left) still goes out, once.
    QVERIFY(SqlRun::exec(data.database()->connection(),
                         QStringLiteral("UPDATE email_templates SET is_active = 1 WHERE id = ?"), {inactive})
                .ok());
    data.clock().setNow(bangkok(today.addDays(1), 10));
    QCOMPARE(runIfDue(data).queued, 1);
    data.clock().setNow(bangkok(today.addDays(2), 10));
    QCOMPARE(runIfDue(data).queued, 0);
    QCOMPARE(data.outboxCount(), 1);
}

void TestReminders::languageFallback()
{
    const QDate today(2026, 11, 24);
    SequenceTestData data(bangkok(today, 10));
    const qint64 thaiCompany = data.addCompany(QStringLiteral("Thai Co"));
    data.addContact(thaiCompany, QStringLiteral("Somsak"), QStringLiteral("somsak@example.com"), true,
                    QStringLiteral("th"));
    data.addContract(thaiCompany, QStringLiteral("C-TH"), today.addDays(14));
    data.addTemplate(QStringLiteral("renewal_14_days"), QStringLiteral("en"),
                     QStringLiteral("English renewal"), QStringLiteral("<p>{{contract_number}}</p>"));
    QCOMPARE(runIfDue(data).queued, 1);
    QCOMPARE(data.outboxCount(QStringLiteral("subject = 'English renewal'")), 1);

    data.addTemplate(QStringLiteral("renewal_7_days"), QStringLiteral("en"), QStringLiteral("English 7"),
                     QStringLiteral("<p>{{contract_number}}</p>"));
    data.addTemplate(QStringLiteral("renewal_7_days"), QStringLiteral("th"), QStringLiteral("ต่ออายุสัญญา"),
                     QStringLiteral("<p>สัญญา {{contract_number}}</p>"));
    data.clock().setNow(bangkok(today.addDays(7), 10));
    QCOMPARE(runIfDue(data).queued, 1);
    QCOMPARE(data.outboxCount(QStringLiteral("subject = 'ต่ออายุสัญญา'")), 1);
}

void TestReminders::paymentReminders()
{
    const QDate today(2026, 11, 24);
    SequenceTestData data(bangkok(today, 10));
    const qint64 company = data.addCompany(QStringLiteral("Pay Co"));
    data.addContact(company, QStringLiteral("Accounts"), QStringLiteral("accounts@pay.example"), true);
    const qint64 contract = data.addContract(company, QStringLiteral("C-PAY"), today.addDays(200));
    const qint64 soon = data.addInvoice(contract, QStringLiteral("INV-1"), today.addDays(3));
    const qint64 late = data.addInvoice(contract, QStringLiteral("INV-2"), today.addDays(-2));
    data.addInvoice(contract, QStringLiteral("INV-3"), today.addDays(-2), QStringLiteral("draft"));
    data.addInvoice(contract, QStringLiteral("INV-4"), today.addDays(-2), QStringLiteral("paid"));
    data.addInvoice(contract, QStringLiteral("INV-5"), today.addDays(10));
    data.addTemplate(QStringLiteral("payment_reminder"), QStringLiteral("en"), QStringLiteral("Due soon"),
                     QStringLiteral("<p>{{invoice_number}} {{amount}} due {{due_date}}</p>"));
    data.addTemplate(QStringLiteral("payment_overdue"), QStringLiteral("en"), QStringLiteral("Overdue"),
                     QStringLiteral("<p>{{invoice_number}} is {{days_overdue}} days overdue</p>"));
    for (int day = 0; day < 8; ++day) {
        data.clock().setNow(bangkok(today.addDays(day), 10));
        runIfDue(data);
    }
    QCOMPARE(data.outboxCount(
                 QStringLiteral("dedupe_key LIKE 'reminder:payment_reminder:invoice:%1:%'").arg(soon)),
             1);
    QCOMPARE(
        data.outboxCount(QStringLiteral("dedupe_key LIKE 'reminder:payment_overdue:invoice:%1:%'").arg(late)),
        1);
    QCOMPARE(data.outboxCount(QStringLiteral("html_body LIKE '%INV-2 is 2 days overdue%'")), 1);
    // INV-1 becomes overdue on day 4 and gets its overdue mail too; drafts, paid ones and INV-5
    // (its reminder window opens on day 7) …
    QCOMPARE(
        data.outboxCount(QStringLiteral("dedupe_key LIKE 'reminder:payment_overdue:invoice:%1:%'").arg(soon)),
        1);
    QCOMPARE(data.outboxCount(QStringLiteral("html_body LIKE '%INV-3%' OR html_body LIKE '%INV-4%'")), 0);
    QCOMPARE(data.outboxCount(QStringLiteral("html_body LIKE '%INV-5%'")), 1);
    QCOMPARE(data.outboxCount(), 4);
}

void TestReminders::triggeredSequencesEnrolOnce()
{
    const QDate today(2026, 11, 24);
    SequenceTestData data(bangkok(today, 10));
    const qint64 step = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                         QStringLiteral("Step"), QStringLiteral("<p>Step</p>"));
    SequenceService sequences(data.context());
    const auto makeSequence = [&](const QString& name, TriggerEvent event) {
        Sequence s;
        s.name = name;
        s.sequenceType = SequenceType::Triggered;
        s.triggerEvent = event;
        const qint64 id = sequences.create(s).value();
        SequenceStep first;
        first.sequenceId = id;
        first.templateId = step;
        first.daysDelay = 0;
        if (!sequences.addStep(first).ok())
            qWarning() << "step";
        return id;
    };
    const qint64 renewal30 = makeSequence(QStringLiteral("Renewal 30"), TriggerEvent::Renewal30Days);
    const qint64 renewal7 = makeSequence(QStringLiteral("Renewal 7"), TriggerEvent::Renewal7Days);
    const qint64 overdue = makeSequence(QStringLiteral("Overdue"), TriggerEvent::PaymentOverdue);
    const qint64 signedSeq = makeSequence(QStringLiteral("Welcome"), TriggerEvent::ContractSigned);

    const qint64 company = data.addCompany(QStringLiteral("Trigger Co"));
    data.addContact(company, QStringLiteral("T"), QStringLiteral("t@trigger.example"), true);
    data.clock().setNow(bangkok(today, 11));
    const qint64 contract = data.addContract(company, QStringLiteral("C-TR"), today.addDays(30));
    data.addInvoice(contract, QStringLiteral("INV-TR"), today.addDays(-1));
    const qint64 draft =
        data.addContract(company, QStringLiteral("C-DRAFT"), today.addDays(300), QStringLiteral("draft"));

    for (int day = 0; day < 30; ++day) {
        for (int hour : {10, 15}) {
            data.clock().setNow(bangkok(today.addDays(day), hour));
            QVERIFY(ReminderJob::run(data.context()).ok());
            QVERIFY(SequenceJob::run(data.context()).ok());
        }
        if (day == 3) {
            // The draft contract is signed on day 3.
            auto c = ContractService(data.context()).get(draft).value();
            c.status = QStringLiteral("active");
            QVERIFY(ContractService(data.context()).update(c).ok());
        }
    }
    const auto enrolled = [&](qint64 sequenceId) {
        return sequences.enrolments({sequenceId, 0, std::nullopt, -1})->size();
    };
    QCOMPARE(enrolled(renewal30), 1);
    QCOMPARE(enrolled(renewal7), 1);
    QCOMPARE(enrolled(overdue), 1);
    QCOMPARE(enrolled(signedSeq), 2); // C-TR (created active after the sequence) and C-DRAFT once signed
    QCOMPARE(sequences.enrolments({renewal30, 0, std::nullopt, -1})->first().source,
             EnrolmentSource::TriggerEvent);
    QCOMPARE(data.outboxCount(QStringLiteral("source_type = 'sequence_enrolment'")),
             5); // one mail per enrolment
}

void TestReminders::twoConnectionsRunAtOnce()
{
    const QDate today(2026, 11, 24);
    SequenceTestData data(bangkok(today, 10));
    addRenewalTemplates(data);
    for (int i = 0; i < 20; ++i) {
        const qint64 company = data.addCompany(QStringLiteral("Parallel %1").arg(i));
        data.addContact(company, QStringLiteral("P%1").arg(i), QStringLiteral("p%1@example.com").arg(i),
                        true);
        data.addContract(company, QStringLiteral("C-P%1").arg(i), today.addDays(3 + i));
    }
    // Two desktops: each its own Database object (own connection), running the job together.
    std::atomic<int> ran{0};
    std::atomic<int> failed{0};
    const auto desktop = [&] {
        auto db = Database::open(data.path());
        if (!db) {
            ++failed;
            return;
        }
        ServiceContext context{db.value(), &data.clock(), Actor::cli()};
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto report = ReminderService(context).runIfDue();
            if (!report)
                ++failed;
            else if (report->ran)
                ++ran;
        }
        db.value()->closeThreadConnection();
    };
    QThread* a = QThread::create(desktop);
    QThread* b = QThread::create(desktop);
    a->start();
    b->start();
    QVERIFY(a->wait(60000));
    QVERIFY(b->wait(60000));
    delete a;
    delete b;
    QCOMPARE(failed.load(), 0);
    QCOMPARE(ran.load(), 1);
    QCOMPARE(data.outboxCount(), 20);
}

void TestReminders::daylightSavingRunTime()
{
    // Berlin office, run time 09:00: on the Sunday clocks go forward the run happens at 07:00 UTC.
    SequenceTestData data(utc(QStringLiteral("2026-03-28T08:30:00Z"))); // 09:30 CET Saturday
    data.setOfficeTimeZone(QStringLiteral("Europe/Berlin"));
    QVERIFY(runIfDue(data).ran);
    data.clock().setNow(utc(QStringLiteral("2026-03-29T06:59:00Z"))); // 08:59 CEST Sunday
    QVERIFY(!runIfDue(data).ran);
    data.clock().setNow(utc(QStringLiteral("2026-03-29T07:00:00Z"))); // 09:00 CEST
    QVERIFY(runIfDue(data).ran);
    QCOMPARE(ReminderService(data.context()).latestScheduledRun(),
             utc(QStringLiteral("2026-03-29T07:00:00Z")));
}

QTEST_GUILESS_MAIN(TestReminders)
#include "TestReminders.moc"
