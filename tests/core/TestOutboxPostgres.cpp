#include "MailTestEnvironment.h"
#include "PostgresServer.h"
#include "SmtpTestServer.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "mail/MailDelivery.h"
#include "mail/Outbox.h"
#include "mail/OutboxQueue.h"
#include "mail/SmtpSettingsStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QtTest>

// The outbox on a real PostgreSQL 15 server, where claims use FOR UPDATE SKIP LOCKED: several
// senders at once (each thread on its own connection, as on separate desktops) never take the
// same mail, and a full delivery by two of them sends every mail exactly once.
class TestOutboxPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void concurrentClaimsAreDisjoint();
    void twoSendersDeliverEachMailOnce();

private:
    Result<ServiceContext> openDatabase(const QString& name);
    void enqueue(const ServiceContext& context, int count, const QString& prefix);

    std::unique_ptr<PostgresServer> m_server;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc())};
};

void TestOutboxPostgres::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    if (!m_server->isRunning())
        QSKIP(qPrintable(m_server->unavailableReason()));
}

Result<ServiceContext> TestOutboxPostgres::openDatabase(const QString& name)
{
    auto opened = Database::open(m_server->createDatabase(name));
    if (!opened)
        return opened.error();
    return ServiceContext{opened.value(), &m_clock, Actor::cli()};
}

void TestOutboxPostgres::enqueue(const ServiceContext& context, int count, const QString& prefix)
{
    Transaction transaction(context.db());
    QVERIFY(transaction.started());
    for (int i = 0; i < count; ++i) {
        OutgoingMail mail;
        mail.dedupeKey = prefix + QString::number(i);
        mail.to = {QStringLiteral("guest%1@hotel.example").arg(i), QStringLiteral("แขก %1").arg(i)};
        mail.subject = QStringLiteral("Mail %1").arg(i);
        mail.htmlBody = QStringLiteral("<p>%1</p>").arg(i);
        if (i % 10 == 0)
            mail.attachments = {{QStringLiteral("note.txt"), {}, QByteArray("binary\0data", 11)}};
        auto queued = Outbox(context).enqueue(mail);
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().message));
        QVERIFY(queued->created);
    }
    // A second enqueue of an existing key is a no-op on PostgreSQL too.
    OutgoingMail again;
    again.dedupeKey = prefix + QStringLiteral("0");
    again.to = {QStringLiteral("other@example.com"), {}};
    again.subject = QStringLiteral("ignored");
    again.textBody = QStringLiteral("ignored");
    auto repeated = Outbox(context).enqueue(again);
    QVERIFY(repeated && !repeated->created);
    QVERIFY(transaction.commit());
}

void TestOutboxPostgres::concurrentClaimsAreDisjoint()
{
    auto context = openDatabase(QStringLiteral("rapport_outbox_claims"));
    QVERIFY2(context, context ? "" : qPrintable(context.error().message));
    constexpr int kMails = 300;
    enqueue(*context, kMails, QStringLiteral("claim-"));
    QCOMPARE(Outbox(*context).attachments(Outbox(*context).list().value().last().id).value().first().data,
             QByteArray("binary\0data", 11));

    constexpr int kSenders = 3;
    QList<QList<qint64>> claimed(kSenders);
    QList<QThread*> threads;
    for (int s = 0; s < kSenders; ++s) {
        threads << QThread::create([&, s] {
            OutboxQueue queue(*context, QStringLiteral("sender-%1").arg(s), 600);
            while (true) {
                auto next = queue.claimNext();
                if (!next || !next->has_value())
                    break;
                claimed[s] << (*next)->id;
                (void)queue.recordFinalDot(**next, 60);
                (void)queue.recordOutcome(**next, SmtpOutcome::success());
            }
            context->db().closeThreadConnection();
        });
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QSet<qint64> all;
    int total = 0;
    for (const QList<qint64>& ids : claimed) {
        total += int(ids.size());
        for (qint64 id : ids)
            all.insert(id);
    }
    QCOMPARE(total, kMails);      // nobody claimed a mail twice …
    QCOMPARE(all.size(), kMails); // … and every mail was claimed
    QCOMPARE(Outbox(*context).countByStatus().value().value(MailStatus::Sent), kMails);
}

void TestOutboxPostgres::twoSendersDeliverEachMailOnce()
{
    SmtpTestServer smtp;
    QVERIFY2(smtp.start(), qPrintable(smtp.errorString()));
    auto context = openDatabase(QStringLiteral("rapport_outbox_delivery"));
    QVERIFY2(context, context ? "" : qPrintable(context.error().message));
    QVERIFY(SmtpSettingsStore(*context).save(MailTestEnvironment::settingsFor(smtp)));
    constexpr int kMails = 200;
    enqueue(*context, kMails, QStringLiteral("deliver-"));
    const SmtpSettings settings = SmtpSettingsStore(*context).load().value();

    QList<MailDelivery::Report> reports(2);
    QList<QThread*> threads;
    for (int s = 0; s < 2; ++s) {
        threads << QThread::create([&, s] {
            MailDelivery delivery(*context, settings, smtp.options().password,
                                  QStringLiteral("desktop-%1").arg(s));
            reports[s] = delivery.run();
            context->db().closeThreadConnection();
        });
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(300000));
        delete thread;
    }
    QCOMPARE(reports.at(0).sent + reports.at(1).sent, kMails);
    QCOMPARE(smtp.messageCount(), kMails);
    static const QRegularExpression header(QStringLiteral("^Message-ID: (<[^>]+>)\\r?$"),
                                           QRegularExpression::MultilineOption);
    QSet<QString> ids;
    const QList<QByteArray> messages = smtp.messages();
    for (const QByteArray& message : messages)
        ids.insert(header.match(QString::fromLatin1(message)).captured(1));
    QCOMPARE(ids.size(), kMails);
    QCOMPARE(Outbox(*context).countByStatus().value().value(MailStatus::Sent), kMails);
}

QTEST_GUILESS_MAIN(TestOutboxPostgres)
#include "TestOutboxPostgres.moc"
