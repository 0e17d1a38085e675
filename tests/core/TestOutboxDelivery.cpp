#include "MailTestEnvironment.h"
#include "PythonEmail.h"
#include "SmtpTestServer.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "mail/MailDelivery.h"
#include "mail/Outbox.h"
#include "mail/OutboxQueue.h"
#include "mail/RetrySchedule.h"
#include "mail/SmtpSettingsStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

namespace {
QString thaiSubject200()
{
    const QString sentence = QStringLiteral("แจ้งเตือนการต่ออายุสัญญาบริการเพลงประกอบสำหรับโรงแรมของท่าน ");
    QString subject;
    while (subject.size() < 200)
        subject += sentence;
    subject.truncate(200);
    return subject;
}

OutgoingMail mailTo(const QString& key, const QString& address = QStringLiteral("somchai@hotel.example"))
{
    OutgoingMail mail;
    mail.dedupeKey = key;
    mail.to = {address, QStringLiteral("สมชาย ใจดี")};
    mail.subject = QStringLiteral("Subject of ") + key;
    mail.htmlBody = QStringLiteral("<p>Hello <b>Somchai</b></p>");
    mail.sourceType = QStringLiteral("test");
    return mail;
}

int headerCount(const QByteArray& message, const QByteArray& header)
{
    const QByteArray line = header + ": ";
    return int(message.count(QByteArray("\r\n" + line)) + (message.startsWith(line) ? 1 : 0));
}
} // namespace

class TestOutboxDelivery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MailTestEnvironment> env;
    std::unique_ptr<SmtpTestServer> server;

    MailDelivery::Report deliver(const SmtpSettings& settings, const QString& password)
    {
        MailDelivery delivery(env->context(), settings, password, QStringLiteral("test-sender"));
        return delivery.run();
    }
    MailDelivery::Report deliver()
    {
        auto settings = SmtpSettingsStore(env->context()).load();
        return deliver(settings.value(), server->options().password);
    }
    OutboxMail mail(qint64 id) { return Outbox(env->context()).get(id).value(); }
    qint64 enqueue(const OutgoingMail& outgoing)
    {
        auto queued = Outbox(env->context()).enqueue(outgoing);
        if (!queued)
            qWarning("%s", qPrintable(queued.error().describe()));
        return queued ? queued->id : 0;
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enqueueIsIdempotentAndTransactional();
    void enqueueValidates();
    void deliversEndToEnd();
    void marketingMailCarriesListUnsubscribe();
    void reusesOneConnection();
    void temporaryFailuresFollowTheBackOff();
    void givesUpAfterFiveDays();
    void permanentFailureIsTriedOnce();
    void wrongPasswordFailsWithTheServersText();
    void untrustedCertificateSendsNothingUntilTrusted();
    void droppedMidDataIsRetried();
    void droppedAfterTheDotIsUnconfirmedAndNeverResent();
    void expiredLeasesAreSettled();
    void lostLeaseMeansNoFinalDot();
    void finalDotRenewsTheLeaseOnlyWhenItRunsShort();
    void personActions();
    void rateLimitSpacesMails();
    void stoppingHandsBackThePreparedMail();
    void listAndSearch();
    void testMessageReportsTheCertificate();
};

void TestOutboxDelivery::initTestCase()
{
    // One server for the whole class, reset before each test.
    server = std::make_unique<SmtpTestServer>();
    QVERIFY2(server->start(), qPrintable(server->errorString()));
}

void TestOutboxDelivery::init()
{
    server->reset();
    env = std::make_unique<MailTestEnvironment>();
    QVERIFY2(env->isValid(), qPrintable(env->errorString()));
    QVERIFY(env->configure(MailTestEnvironment::settingsFor(*server)));
}

void TestOutboxDelivery::cleanup()
{
    env.reset();
}

void TestOutboxDelivery::enqueueIsIdempotentAndTransactional()
{
    Outbox outbox(env->context());
    auto first = outbox.enqueue(mailTo(QStringLiteral("renewal:42")));
    QVERIFY(first);
    QVERIFY(first->created);
    QVERIFY(first->messageId.endsWith(QLatin1String("@rapport.example>")));
    auto second = outbox.enqueue(mailTo(QStringLiteral("renewal:42")));
    QVERIFY(second);
    QVERIFY(!second->created);
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->messageId, first->messageId);
    QCOMPARE(outbox.count().value(), 1);

    // Inside a caller's transaction that rolls back, the mail never existed.
    {
        Transaction transaction(*env->database());
        QVERIFY(transaction.started());
        QVERIFY(outbox.enqueue(mailTo(QStringLiteral("rolled-back"))));
        QCOMPARE(outbox.count().value(), 2);
        transaction.rollback();
    }
    QCOMPARE(outbox.count().value(), 1);
    {
        Transaction transaction(*env->database());
        QVERIFY(outbox.enqueue(mailTo(QStringLiteral("committed"))));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(outbox.count().value(), 2);
    const OutboxMail stored = mail(first->id);
    QCOMPARE(stored.status, MailStatus::Queued);
    QCOMPARE(stored.attempts, 0);
    QCOMPARE(stored.nextAttemptAt, env->clock().nowUtc());
    QCOMPARE(stored.toName, QStringLiteral("สมชาย ใจดี"));
}

void TestOutboxDelivery::enqueueValidates()
{
    Outbox outbox(env->context());
    OutgoingMail bad = mailTo(QStringLiteral("x"), QStringLiteral("not-an-address"));
    QCOMPARE(outbox.enqueue(bad).error().field, QStringLiteral("to"));
    bad = mailTo(QString());
    QCOMPARE(outbox.enqueue(bad).error().field, QStringLiteral("dedupe_key"));
    bad = mailTo(QStringLiteral("y"));
    bad.htmlBody.clear();
    QCOMPARE(outbox.enqueue(bad).error().field, QStringLiteral("body"));
    QCOMPARE(outbox.count().value(), 0);
}

void TestOutboxDelivery::deliversEndToEnd()
{
    OutgoingMail outgoing = mailTo(QStringLiteral("thai"));
    outgoing.subject = thaiSubject200();
    outgoing.htmlBody = QStringLiteral("<p>เรียน คุณสมชาย</p><p>สัญญาของท่านจะหมดอายุใน <b>30</b> วัน</p>");
    outgoing.textBody = QStringLiteral("เรียน คุณสมชาย\n\nสัญญาของท่านจะหมดอายุใน 30 วัน");
    outgoing.replyTo = QStringLiteral("sales@rapport.example");
    const qint64 id = enqueue(outgoing);
    QVERIFY(id);
    const MailDelivery::Report report = deliver();
    QCOMPARE(report.sent, 1);
    QVERIFY2(report.lastError.isEmpty(), qPrintable(report.lastError));

    const OutboxMail sent = mail(id);
    QCOMPARE(sent.status, MailStatus::Sent);
    QCOMPARE(sent.attempts, 1);
    QCOMPARE(sent.sentAt, env->clock().nowUtc());
    QVERIFY(sent.dotSentAt.isValid());
    QVERIFY(sent.leaseOwner.isEmpty());

    QCOMPARE(server->messageCount(), 1);
    QString error;
    const QJsonArray parsed = PythonEmail::parseFiles(server->messageFiles(), &error);
    QVERIFY2(parsed.size() == 1, qPrintable(error));
    const QJsonObject message = parsed.first().toObject();
    QCOMPARE(message.value(QLatin1String("defects")).toArray().size(), 0);
    const QJsonObject headers = message.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("Subject")).toString(), thaiSubject200());
    QCOMPARE(headers.value(QLatin1String("Message-ID")).toString(), sent.messageId);
    // The date is the office's local time (Asia/Bangkok) at sending.
    QCOMPARE(headers.value(QLatin1String("Date")).toString(),
             QStringLiteral("Mon, 24 Nov 2025 09:00:00 +0700"));
    QVERIFY(!headers.contains(QLatin1String("List-Unsubscribe")));
    const QJsonObject addresses = message.value(QLatin1String("addresses")).toObject();
    QCOMPARE(addresses.value(QLatin1String("From"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("Rapport Music"));
    QCOMPARE(addresses.value(QLatin1String("From"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("address"))
                 .toString(),
             QStringLiteral("office@rapport.example"));
    QCOMPARE(addresses.value(QLatin1String("To"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("สมชาย ใจดี"));
    QCOMPARE(addresses.value(QLatin1String("Reply-To"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("address"))
                 .toString(),
             QStringLiteral("sales@rapport.example"));
    const QJsonArray parts = message.value(QLatin1String("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value(QLatin1String("content_type")).toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(parts.at(0).toObject().value(QLatin1String("text")).toString().trimmed(), outgoing.textBody);
    QCOMPARE(parts.at(1).toObject().value(QLatin1String("content_type")).toString(),
             QStringLiteral("text/html"));
    QCOMPARE(parts.at(1).toObject().value(QLatin1String("text")).toString().trimmed(), outgoing.htmlBody);

    // Nothing more is due: a second run sends nothing.
    QCOMPARE(deliver().attempted, 0);
    QCOMPARE(server->messageCount(), 1);
}

void TestOutboxDelivery::marketingMailCarriesListUnsubscribe()
{
    SmtpSettings settings = MailTestEnvironment::settingsFor(*server);
    settings.unsubscribeUrl = QStringLiteral("https://rapport.example/unsubscribe?email={email}");
    QVERIFY(env->configure(settings));
    OutgoingMail marketing = mailTo(QStringLiteral("promo"), QStringLiteral("ann+promo@example.com"));
    marketing.kind = MailKind::Marketing;
    enqueue(marketing);
    OutgoingMail own = mailTo(QStringLiteral("promo-own"));
    own.kind = MailKind::Marketing;
    own.unsubscribeUrl = QStringLiteral("https://rapport.example/u/token-7");
    enqueue(own);
    QCOMPARE(deliver().sent, 2);
    const QJsonArray parsed = PythonEmail::parseFiles(server->messageFiles());
    QCOMPARE(parsed.size(), 2);
    QStringList values;
    for (const QJsonValue& message : parsed) {
        const QJsonObject headers = message.toObject().value(QLatin1String("headers")).toObject();
        values << headers.value(QLatin1String("List-Unsubscribe")).toString();
        QCOMPARE(headers.value(QLatin1String("List-Unsubscribe-Post")).toString(),
                 QStringLiteral("List-Unsubscribe=One-Click"));
    }
    values.sort();
    QCOMPARE(values.at(0), QStringLiteral("<mailto:office@rapport.example?subject=unsubscribe>, "
                                          "<https://rapport.example/u/token-7>"));
    QCOMPARE(values.at(1),
             QStringLiteral("<mailto:office@rapport.example?subject=unsubscribe>, "
                            "<https://rapport.example/unsubscribe?email=ann%2Bpromo%40example.com>"));
}

void TestOutboxDelivery::reusesOneConnection()
{
    for (int i = 0; i < 5; ++i)
        enqueue(mailTo(QStringLiteral("batch-%1").arg(i)));
    const MailDelivery::Report report = deliver();
    QCOMPARE(report.sent, 5);
    QCOMPARE(server->messageCount(), 5);
    QCOMPARE(server->countEvents(QStringLiteral("CONNECT")), 1);
    QCOMPARE(server->countEvents(QStringLiteral("AUTH PLAIN ok")), 1);
    QCOMPARE(server->countEvents(QStringLiteral("QUIT")), 1);
    QCOMPARE(Outbox(env->context()).countByStatus().value().value(MailStatus::Sent), 5);
}

void TestOutboxDelivery::temporaryFailuresFollowTheBackOff()
{
    const qint64 id = enqueue(mailTo(QStringLiteral("flaky")));
    const QDateTime start = env->clock().nowUtc();
    // 421 at MAIL FROM once, then 451 after the dot twice, then success.
    server->setFault(QStringLiteral("mail_421"), 1);
    MailDelivery::Report report = deliver();
    QCOMPARE(report.retrying, 1);
    OutboxMail state = mail(id);
    QCOMPARE(state.status, MailStatus::Queued);
    QCOMPARE(state.attempts, 1);
    QCOMPARE(state.firstAttemptAt, start);
    QCOMPARE(state.nextAttemptAt, start.addSecs(60));
    QVERIFY2(state.lastError.contains(QLatin1String("421")), qPrintable(state.lastError));

    // Not yet due: nothing happens.
    env->clock().advanceSeconds(59);
    QCOMPARE(deliver().attempted, 0);

    server->setFault(QStringLiteral("data_451"), 2);
    env->clock().advanceSeconds(1);
    QCOMPARE(deliver().retrying, 1);
    state = mail(id);
    QCOMPARE(state.attempts, 2);
    QCOMPARE(state.nextAttemptAt, start.addSecs(60 + 300));
    QVERIFY(state.lastError.contains(QLatin1String("451 4.3.0")));
    QVERIFY(!state.dotSentAt.isValid());

    env->clock().setNow(state.nextAttemptAt);
    QCOMPARE(deliver().retrying, 1);
    state = mail(id);
    QCOMPARE(state.attempts, 3);
    QCOMPARE(state.nextAttemptAt, start.addSecs(60 + 300 + 900));

    env->clock().setNow(state.nextAttemptAt);
    QCOMPARE(deliver().sent, 1);
    state = mail(id);
    QCOMPARE(state.status, MailStatus::Sent);
    QCOMPARE(state.attempts, 4);
    QVERIFY(state.lastError.isEmpty());
    QCOMPARE(server->messageCount(), 1);
}

void TestOutboxDelivery::givesUpAfterFiveDays()
{
    const qint64 id = enqueue(mailTo(QStringLiteral("never")));
    const QDateTime start = env->clock().nowUtc();
    server->setFault(QStringLiteral("data_451"), -1);
    // Expected waits, in minutes, written out independently of RetrySchedule.
    const QList<int> waits = {1, 5, 15, 60, 120, 240, 480, 960, 1440, 1440, 1440, 1440};
    QDateTime expected = start;
    for (int wait : waits) {
        QCOMPARE(deliver().attempted, 1);
        const OutboxMail state = mail(id);
        QCOMPARE(state.status, MailStatus::Queued);
        expected = expected.addSecs(wait * 60);
        // The last wait is cut short by the 5-day deadline.
        const QDateTime deadline = start.addDays(5);
        QCOMPARE(state.nextAttemptAt, std::min(expected, deadline));
        env->clock().setNow(state.nextAttemptAt);
    }
    QCOMPARE(env->clock().nowUtc(), start.addDays(5));
    QCOMPARE(deliver().failed, 0); // counted as a give-up below
    const OutboxMail failed = mail(id);
    QCOMPARE(failed.status, MailStatus::Failed);
    QCOMPARE(failed.attempts, waits.size() + 1);
    QVERIFY(failed.lastError.contains(QLatin1String("451")));
    QCOMPARE(server->countEvents(QStringLiteral("DOT")), waits.size() + 1);
    QCOMPARE(server->messageCount(), 0);
}

void TestOutboxDelivery::permanentFailureIsTriedOnce()
{
    const qint64 id = enqueue(mailTo(QStringLiteral("rejected")));
    enqueue(mailTo(QStringLiteral("fine")));
    server->setFault(QStringLiteral("data_550"), 1);
    const MailDelivery::Report report = deliver();
    QCOMPARE(report.failed, 1);
    QCOMPARE(report.sent, 1); // the next mail goes out on the same connection
    const OutboxMail state = mail(id);
    QCOMPARE(state.status, MailStatus::Failed);
    QCOMPARE(state.attempts, 1);
    QVERIFY2(state.lastError.contains(QLatin1String("550 5.7.1 Message rejected by policy")),
             qPrintable(state.lastError));
    env->clock().advanceSeconds(3 * 24 * 3600);
    QCOMPARE(deliver().attempted, 0);
    QCOMPARE(server->countEvents(QStringLiteral("DOT")), 2);
    QCOMPARE(mail(id).attempts, 1);
}

void TestOutboxDelivery::wrongPasswordFailsWithTheServersText()
{
    const qint64 first = enqueue(mailTo(QStringLiteral("a")));
    const qint64 second = enqueue(mailTo(QStringLiteral("b")));
    auto settings = SmtpSettingsStore(env->context()).load();
    const MailDelivery::Report report = deliver(settings.value(), QStringLiteral("wrong password"));
    QVERIFY(report.loginRefused);
    const OutboxMail state = mail(first);
    QCOMPARE(state.status, MailStatus::Failed);
    QVERIFY2(state.lastError.contains(QLatin1String("535 5.7.8 Authentication credentials invalid")),
             qPrintable(state.lastError));
    // The run stopped there: the other mail was not touched.
    QCOMPARE(mail(second).status, MailStatus::Queued);
    QCOMPARE(mail(second).attempts, 0);
    QCOMPARE(server->countEvents(QStringLiteral("MAIL")), 0);
}

void TestOutboxDelivery::untrustedCertificateSendsNothingUntilTrusted()
{
    SmtpSettings settings = MailTestEnvironment::settingsFor(*server);
    settings.caFile.clear();
    QVERIFY(env->configure(settings));
    const qint64 id = enqueue(mailTo(QStringLiteral("pinned")));
    MailDelivery::Report report = deliver();
    QCOMPARE(report.retrying, 1);
    OutboxMail state = mail(id);
    QCOMPARE(state.status, MailStatus::Queued);
    QVERIFY2(state.lastError.contains(server->certificateSha256()), qPrintable(state.lastError));
    QCOMPARE(server->countEvents(QStringLiteral("AUTH")), 0);
    QCOMPARE(server->countEvents(QStringLiteral("MAIL")), 0);
    QCOMPARE(server->messageCount(), 0);

    // "Trust this certificate" pins exactly that fingerprint for this server.
    QVERIFY(SmtpSettingsStore(env->context())
                .trustCertificate(server->host(), server->port(), server->certificateSha256()));
    env->clock().advanceSeconds(60);
    report = deliver();
    QCOMPARE(report.sent, 1);
    QCOMPARE(server->messageCount(), 1);
}

void TestOutboxDelivery::droppedMidDataIsRetried()
{
    OutgoingMail big = mailTo(QStringLiteral("big"));
    // Bigger than loopback socket buffers, so the server's hang-up lands while the body is still
    // going out, never after the client could have sent the final dot.
    big.attachments = {{QStringLiteral("music-catalogue.bin"), {}, QByteArray(6 * 1024 * 1024, 'm')}};
    const qint64 id = enqueue(big);
    server->setFault(QStringLiteral("drop_mid_data"), 1);
    QCOMPARE(deliver().retrying, 1);
    OutboxMail state = mail(id);
    QCOMPARE(state.status, MailStatus::Queued);
    QVERIFY(!state.dotSentAt.isValid());
    QCOMPARE(server->messageCount(), 0);
    env->clock().setNow(state.nextAttemptAt);
    QCOMPARE(deliver().sent, 1);
    QCOMPARE(mail(id).status, MailStatus::Sent);
    QCOMPARE(server->messageCount(), 1);
}

void TestOutboxDelivery::droppedAfterTheDotIsUnconfirmedAndNeverResent()
{
    const qint64 id = enqueue(mailTo(QStringLiteral("lost-reply")));
    server->setFault(QStringLiteral("drop_after_dot"), 1);
    QCOMPARE(deliver().unconfirmed, 1);
    OutboxMail state = mail(id);
    QCOMPARE(state.status, MailStatus::Unconfirmed);
    QVERIFY(state.dotSentAt.isValid());
    QCOMPARE(server->messageCount(), 1);
    // Nothing resends it on its own, however long we wait.
    env->clock().advanceSeconds(7 * 24 * 3600);
    QCOMPARE(deliver().attempted, 0);
    QCOMPARE(server->messageCount(), 1);
    // A person decides to resend: the same Message-ID goes out again.
    QVERIFY(Outbox(env->context()).retry(id));
    QCOMPARE(deliver().sent, 1);
    QCOMPARE(server->messageCount(), 2);
    const QList<QByteArray> messages = server->messages();
    QCOMPARE(headerCount(messages.at(0), "Message-ID"), 1);
    QVERIFY(messages.at(0).contains(state.messageId.toLatin1()));
    QVERIFY(messages.at(1).contains(state.messageId.toLatin1()));
}

void TestOutboxDelivery::expiredLeasesAreSettled()
{
    const qint64 early = enqueue(mailTo(QStringLiteral("crashed-before-dot")));
    const qint64 late = enqueue(mailTo(QStringLiteral("crashed-after-dot")));
    OutboxQueue crashed(env->context(), QStringLiteral("crashed-sender"), 600);
    auto first = crashed.claimNext();
    QVERIFY(first && first->has_value());
    QCOMPARE((*first)->id, early);
    auto second = crashed.claimNext();
    QVERIFY(second && second->has_value());
    QVERIFY(crashed.recordFinalDot(**second, 60).value());
    // The "process" dies here. While its leases run, nobody else takes the mails.
    OutboxQueue other(env->context(), QStringLiteral("other-sender"), 600);
    QCOMPARE(other.recoverExpiredLeases().value(), 0);
    QVERIFY(!other.claimNext().value().has_value());
    env->clock().advanceSeconds(600);
    QCOMPARE(other.recoverExpiredLeases().value(), 2);
    QCOMPARE(mail(early).status, MailStatus::Queued);
    QCOMPARE(mail(late).status, MailStatus::Unconfirmed);
    auto reclaimed = other.claimNext();
    QVERIFY(reclaimed && reclaimed->has_value());
    QCOMPARE((*reclaimed)->id, early);
    QCOMPARE((*reclaimed)->attempts, 2);
    QCOMPARE((*reclaimed)->leaseOwner, QStringLiteral("other-sender"));
}

void TestOutboxDelivery::lostLeaseMeansNoFinalDot()
{
    const qint64 id = enqueue(mailTo(QStringLiteral("slow-sender")));
    OutboxQueue slow(env->context(), QStringLiteral("slow"), 60);
    const auto slowClaim = slow.claimNext().value();
    QVERIFY(slowClaim.has_value());
    env->clock().advanceSeconds(61);
    OutboxQueue fast(env->context(), QStringLiteral("fast"), 60);
    QCOMPARE(fast.recoverExpiredLeases().value(), 1);
    const auto fastClaim = fast.claimNext().value();
    QVERIFY(fastClaim.has_value());
    // The slow sender wakes up before its final dot: it must not send it.
    QCOMPARE(slow.recordFinalDot(*slowClaim, 10).value(), false);
    // And its outcome does not overwrite the new owner's.
    QVERIFY(slow.recordOutcome(mail(id), SmtpOutcome::permanent(QStringLiteral("late"))));
    QCOMPARE(mail(id).status, MailStatus::Sending);
    QCOMPARE(mail(id).leaseOwner, QStringLiteral("fast"));
    QVERIFY(fast.recordFinalDot(*fastClaim, 10).value());
}

void TestOutboxDelivery::finalDotRenewsTheLeaseOnlyWhenItRunsShort()
{
    const qint64 quick = enqueue(mailTo(QStringLiteral("quick")));
    const qint64 slow = enqueue(mailTo(QStringLiteral("slow-upload")));
    OutboxQueue queue(env->context(), QStringLiteral("sender"), 600);
    const auto first = queue.claimNext().value();
    QVERIFY(first.has_value());
    QCOMPARE(first->id, quick);
    env->clock().advanceSeconds(5);
    // Most of the lease is left, more than a 60 s reply wait: only the dot is written.
    QVERIFY(queue.recordFinalDot(*first, 60).value());
    QCOMPARE(mail(quick).leaseExpiresAt, first->leaseExpiresAt);
    QCOMPARE(mail(quick).dotSentAt, env->clock().nowUtc());

    const auto second = queue.claimNext().value();
    QVERIFY(second.has_value());
    QCOMPARE(second->id, slow);
    // A body that took 9 minutes to upload: 55 s of lease left, too little for the reply.
    env->clock().advanceSeconds(545);
    QVERIFY(queue.recordFinalDot(*second, 60).value());
    QCOMPARE(mail(slow).leaseExpiresAt, env->clock().nowUtc().addSecs(600));
    QCOMPARE(mail(slow).dotSentAt, env->clock().nowUtc());
}

void TestOutboxDelivery::personActions()
{
    Outbox outbox(env->context());
    const qint64 unconfirmed = enqueue(mailTo(QStringLiteral("u")));
    server->setFault(QStringLiteral("drop_after_dot"), 1);
    QCOMPARE(deliver().unconfirmed, 1);
    QVERIFY(outbox.markSent(unconfirmed));
    QCOMPARE(mail(unconfirmed).status, MailStatus::Sent);
    QCOMPARE(mail(unconfirmed).sentAt, mail(unconfirmed).dotSentAt);
    QCOMPARE(outbox.markSent(unconfirmed).error().code, ErrorCode::Conflict);

    const qint64 queued = enqueue(mailTo(QStringLiteral("q")));
    QVERIFY(outbox.cancel(queued));
    QCOMPARE(mail(queued).status, MailStatus::Cancelled);
    QCOMPARE(deliver().attempted, 0);
    QVERIFY(outbox.retry(queued));
    QCOMPARE(deliver().sent, 1);
    QCOMPARE(outbox.cancel(queued).error().code, ErrorCode::Conflict);

    // Only an admin may act on the outbox; everyone may look.
    ServiceContext sales = env->context();
    sales.actor = Actor{7, QStringLiteral("sam"), Role::Sales};
    QCOMPARE(Outbox(sales).retry(queued).error().code, ErrorCode::Forbidden);
    QVERIFY(Outbox(sales).list());
}

void TestOutboxDelivery::rateLimitSpacesMails()
{
    SmtpSettings settings = MailTestEnvironment::settingsFor(*server);
    settings.ratePerMinute = 120; // one every 0.5 s
    QVERIFY(env->configure(settings));
    for (int i = 0; i < 3; ++i)
        enqueue(mailTo(QStringLiteral("rated-%1").arg(i)));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(deliver().sent, 3);
    // A lower bound only: three starts need at least two full intervals.
    QVERIFY(timer.elapsed() >= 1000);
}

// While the server stores one message the next is claimed and built; a run that stops after the
// first mail hands that one back untried, for the next run (or another sender) to send.
void TestOutboxDelivery::stoppingHandsBackThePreparedMail()
{
    const qint64 first = enqueue(mailTo(QStringLiteral("stop-1")));
    const qint64 second = enqueue(mailTo(QStringLiteral("stop-2")));
    auto settings = SmtpSettingsStore(env->context()).load();
    MailDelivery delivery(env->context(), settings.value(), server->options().password,
                          QStringLiteral("test-sender"));
    std::atomic_bool stop = false;
    delivery.setStopFlag(&stop);
    delivery.setProgress([&](int done, int) {
        if (done == 1) {
            // The second mail is claimed by now, built while the first one's reply was awaited.
            QCOMPARE(mail(second).status, MailStatus::Sending);
            stop = true;
        }
    });
    const MailDelivery::Report report = delivery.run();
    QVERIFY(report.stopped);
    QCOMPARE(report.sent, 1);
    QCOMPARE(mail(first).status, MailStatus::Sent);
    const OutboxMail handedBack = mail(second);
    QCOMPARE(handedBack.status, MailStatus::Queued);
    QCOMPARE(handedBack.attempts, 0);
    QVERIFY(handedBack.leaseOwner.isEmpty());
    QCOMPARE(server->messageFiles().size(), 1);
    QCOMPARE(deliver().sent, 1);
    QCOMPARE(server->messageFiles().size(), 2);
}

void TestOutboxDelivery::listAndSearch()
{
    OutgoingMail thai = mailTo(QStringLiteral("s1"), QStringLiteral("Somchai@Hotel.example"));
    thai.subject = QStringLiteral("ต่ออายุสัญญา Renewal");
    enqueue(thai);
    enqueue(mailTo(QStringLiteral("s2"), QStringLiteral("ann@example.com")));
    Outbox outbox(env->context());
    OutboxQuery query;
    query.search = QStringLiteral("somchai@HOTEL");
    QCOMPARE(outbox.count(query).value(), 1);
    query.search = QStringLiteral("ต่ออายุ");
    QCOMPARE(outbox.list(query).value().first().toAddress, QStringLiteral("Somchai@Hotel.example"));
    query.search = QStringLiteral("renewal");
    QCOMPARE(outbox.count(query).value(), 1);
    query.search.clear();
    query.status = MailStatus::Queued;
    QCOMPARE(outbox.count(query).value(), 2);
    query.status = MailStatus::Sent;
    QCOMPARE(outbox.count(query).value(), 0);
}

void TestOutboxDelivery::testMessageReportsTheCertificate()
{
    SmtpSettings settings = MailTestEnvironment::settingsFor(*server);
    const QDateTime date = env->clock().nowUtc();
    SmtpOutcome outcome = MailDelivery::sendTestMessage(settings, server->options().password,
                                                        QStringLiteral("admin@rapport.example"), date);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QCOMPARE(server->messageCount(), 1);
    QVERIFY(server->messages().first().contains("Subject: Rapport test message"));
    // Not through the outbox: it is a check of the settings.
    QCOMPARE(Outbox(env->context()).count().value(), 0);

    settings.caFile.clear();
    outcome = MailDelivery::sendTestMessage(settings, server->options().password,
                                            QStringLiteral("admin@rapport.example"), date);
    QCOMPARE(outcome.kind, SmtpOutcome::Kind::Temporary);
    QCOMPARE(outcome.untrustedFingerprint, server->certificateSha256());
    outcome = MailDelivery::sendTestMessage(settings, server->options().password,
                                            QStringLiteral("not an address"), date);
    QCOMPARE(outcome.kind, SmtpOutcome::Kind::Permanent);
    QCOMPARE(server->messageCount(), 1);
}

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "TestOutboxDelivery.moc"
