#include "MailTestEnvironment.h"
#include "SmtpTestServer.h"
#include "mail/Outbox.h"
#include "scheduler/Scheduler.h"
#include "scheduler/SchedulerJob.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {
// A job that notes where it ran and queues one mail per tick (idempotently, by its dedupe key).
class RecordingJob final : public SchedulerJob
{
public:
    explicit RecordingJob(std::shared_ptr<QStringList> threads) : m_threads(std::move(threads)) {}
    QString name() const override { return QStringLiteral("recording job"); }
    Status run(const ServiceContext& context, const std::atomic_bool&) override
    {
        m_threads->append(QThread::currentThread()->objectName());
        OutgoingMail mail;
        mail.dedupeKey = QStringLiteral("job-mail-%1").arg(m_threads->size());
        mail.to = {QStringLiteral("ann@example.com"), {}};
        mail.subject = QStringLiteral("From a job");
        mail.textBody = QStringLiteral("Queued by a scheduler job.");
        auto queued = Outbox(context).enqueue(mail);
        return queued ? Status::success() : Status(queued.error());
    }

private:
    std::shared_ptr<QStringList> m_threads;
};

OutgoingMail mailTo(const QString& key)
{
    OutgoingMail mail;
    mail.dedupeKey = key;
    mail.to = {QStringLiteral("bob@example.com"), QStringLiteral("Bob")};
    mail.subject = QStringLiteral("Mail ") + key;
    mail.htmlBody = QStringLiteral("<p>Hi</p>");
    return mail;
}

bool waitForTicks(QSignalSpy& spy, int count)
{
    for (int i = 0; i < 600 && spy.count() < count; ++i)
        spy.wait(100);
    return spy.count() >= count;
}
} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpTestServer> server;
    std::unique_ptr<MailTestEnvironment> env;

    qint64 countWithStatus(MailStatus status)
    {
        return Outbox(env->context()).countByStatus().value().value(status);
    }

private slots:
    void initTestCase()
    {
        server = std::make_unique<SmtpTestServer>();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
    }
    void init()
    {
        server->reset();
        env = std::make_unique<MailTestEnvironment>();
        QVERIFY2(env->isValid(), qPrintable(env->errorString()));
        QVERIFY(env->configure(MailTestEnvironment::settingsFor(*server)));
    }
    void cleanup() { env.reset(); }

    void runsJobsThenDeliversOnItsOwnThread();
    void runNowTicksAgain();
    void stopFinishesTheMailInHand();
    void waitsForThePassword();
    void refusedLoginPausesDelivery();
    void testMailReportsTheCertificate();
};

void TestScheduler::runsJobsThenDeliversOnItsOwnThread()
{
    auto threads = std::make_shared<QStringList>();
    SchedulerJobRegistry jobs;
    jobs.add([threads] { return std::make_unique<RecordingJob>(threads); });
    Scheduler scheduler(env->database(), &env->clock(), jobs);
    scheduler.setSmtpPassword(server->options().password);
    QSignalSpy ticks(&scheduler, &Scheduler::tickFinished);
    QList<SchedulerStatus> statuses;
    connect(&scheduler, &Scheduler::statusChanged, this,
            [&](const SchedulerStatus& status) { statuses << status; });
    scheduler.start();
    QVERIFY(waitForTicks(ticks, 1));
    const SchedulerTick tick = ticks.first().first().value<SchedulerTick>();
    QCOMPARE(*threads, QStringList{QStringLiteral("rapport-scheduler")});
    QVERIFY(tick.jobErrors.isEmpty());
    // The mail the job queued went out in the same tick.
    QCOMPARE(tick.delivery.sent, 1);
    QCOMPARE(server->messageCount(), 1);
    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
    QCOMPARE(scheduler.status().state, SchedulerStatus::State::Stopped);

    bool sawJob = false, sawSending = false;
    for (const SchedulerStatus& status : statuses) {
        sawJob = sawJob || (status.state == SchedulerStatus::State::RunningJobs &&
                            status.currentJob == QLatin1String("recording job"));
        sawSending = sawSending || (status.state == SchedulerStatus::State::Sending && status.total == 1);
    }
    QVERIFY(sawJob);
    QVERIFY(sawSending);
    QVERIFY(statuses.last().state == SchedulerStatus::State::Stopped);
}

void TestScheduler::runNowTicksAgain()
{
    Scheduler scheduler(env->database(), &env->clock(), SchedulerJobRegistry());
    scheduler.setSmtpPassword(server->options().password);
    QSignalSpy ticks(&scheduler, &Scheduler::tickFinished);
    scheduler.start();
    QVERIFY(waitForTicks(ticks, 1));
    QCOMPARE(ticks.first().first().value<SchedulerTick>().delivery.attempted, 0);
    QVERIFY(Outbox(env->context()).enqueue(mailTo(QStringLiteral("later"))));
    scheduler.runNow();
    QVERIFY(waitForTicks(ticks, 2));
    QCOMPARE(ticks.at(1).first().value<SchedulerTick>().delivery.sent, 1);
    QCOMPARE(countWithStatus(MailStatus::Sent), 1);
    scheduler.stop();
}

void TestScheduler::stopFinishesTheMailInHand()
{
    // Each mail takes half a second at the server, so the stop arrives while one is in hand.
    server->setFault(QStringLiteral("slow_dot"), -1);
    for (int i = 0; i < 8; ++i)
        QVERIFY(Outbox(env->context()).enqueue(mailTo(QStringLiteral("slow-%1").arg(i))));
    Scheduler scheduler(env->database(), &env->clock(), SchedulerJobRegistry());
    scheduler.setSmtpPassword(server->options().password);
    bool sending = false;
    connect(&scheduler, &Scheduler::statusChanged, this, [&](const SchedulerStatus& status) {
        sending = sending || (status.state == SchedulerStatus::State::Sending && status.done >= 1);
    });
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(sending, 60000);
    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
    const qint64 sent = countWithStatus(MailStatus::Sent);
    QVERIFY(sent >= 1);
    QVERIFY(sent < 8);
    QCOMPARE(countWithStatus(MailStatus::Sending), 0);
    QCOMPARE(countWithStatus(MailStatus::Unconfirmed), 0);
    QCOMPARE(countWithStatus(MailStatus::Queued), 8 - sent);
    QCOMPARE(server->messageCount(), int(sent));
    QCOMPARE(server->countEvents(QStringLiteral("QUIT")), 1);
}

void TestScheduler::waitsForThePassword()
{
    QVERIFY(Outbox(env->context()).enqueue(mailTo(QStringLiteral("needs-password"))));
    Scheduler scheduler(env->database(), &env->clock(), SchedulerJobRegistry());
    QSignalSpy ticks(&scheduler, &Scheduler::tickFinished);
    scheduler.start();
    QVERIFY(waitForTicks(ticks, 1));
    QVERIFY(
        ticks.first().first().value<SchedulerTick>().delivery.lastError.contains(QLatin1String("password")));
    QVERIFY(scheduler.status().lastError.contains(QLatin1String("password")));
    QCOMPARE(countWithStatus(MailStatus::Queued), 1);
    QCOMPARE(server->countEvents(QStringLiteral("CONNECT")), 0);
    scheduler.setSmtpPassword(server->options().password);
    scheduler.runNow();
    QVERIFY(waitForTicks(ticks, 2));
    QCOMPARE(countWithStatus(MailStatus::Sent), 1);
    QVERIFY(scheduler.status().lastError.isEmpty());
    scheduler.stop();
}

void TestScheduler::refusedLoginPausesDelivery()
{
    QVERIFY(Outbox(env->context()).enqueue(mailTo(QStringLiteral("one"))));
    QVERIFY(Outbox(env->context()).enqueue(mailTo(QStringLiteral("two"))));
    Scheduler scheduler(env->database(), &env->clock(), SchedulerJobRegistry());
    scheduler.setSmtpPassword(QStringLiteral("typo"));
    QSignalSpy ticks(&scheduler, &Scheduler::tickFinished);
    scheduler.start();
    QVERIFY(waitForTicks(ticks, 1));
    QCOMPARE(countWithStatus(MailStatus::Failed), 1);
    // The next tick does not burn through the queue with the same wrong password.
    scheduler.runNow();
    QVERIFY(waitForTicks(ticks, 2));
    QVERIFY(ticks.at(1).first().value<SchedulerTick>().delivery.lastError.contains(QLatin1String("paused")));
    QCOMPARE(server->countEvents(QStringLiteral("AUTH")), 1);
    QCOMPARE(countWithStatus(MailStatus::Queued), 1);
    // A corrected password lifts the pause.
    scheduler.setSmtpPassword(server->options().password);
    scheduler.runNow();
    QVERIFY(waitForTicks(ticks, 3));
    QCOMPARE(countWithStatus(MailStatus::Sent), 1);
    scheduler.stop();
}

void TestScheduler::testMailReportsTheCertificate()
{
    Scheduler scheduler(env->database(), &env->clock(), SchedulerJobRegistry());
    scheduler.setSmtpPassword(server->options().password);
    QSignalSpy results(&scheduler, &Scheduler::testMailFinished);
    scheduler.start();
    scheduler.sendTestMail(QStringLiteral("admin@rapport.example"));
    QVERIFY(results.wait(30000));
    SmtpTestResult result = results.first().first().value<SmtpTestResult>();
    QVERIFY2(result.outcome.ok(), qPrintable(result.outcome.message));
    QCOMPARE(server->messageCount(), 1);
    QVERIFY(server->messages().first().contains("Subject: Rapport test message"));

    SmtpSettings untrusted = MailTestEnvironment::settingsFor(*server);
    untrusted.caFile.clear();
    QVERIFY(env->configure(untrusted));
    scheduler.sendTestMail(QStringLiteral("admin@rapport.example"));
    QVERIFY(results.wait(30000));
    result = results.at(1).first().value<SmtpTestResult>();
    QCOMPARE(result.outcome.kind, SmtpOutcome::Kind::Temporary);
    QCOMPARE(result.outcome.untrustedFingerprint, server->certificateSha256());
    QCOMPARE(result.host, server->host());
    QCOMPARE(result.port, int(server->port()));
    scheduler.stop();
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "TestScheduler.moc"
