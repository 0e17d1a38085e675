#include "CliRunner.h"
#include "MailTestEnvironment.h"
#include "PythonEmail.h"
#include "SmtpTestServer.h"
#include "TestBackend.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "mail/Outbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <csignal>

namespace {
QString thaiSubject()
{
    return QStringLiteral("แจ้งเตือน: สัญญาบริการเพลงของโรงแรมสยามจะหมดอายุใน 30 วัน – กรุณาต่ออายุ");
}

// The Message-ID of every message the server holds.
QStringList messageIdsAt(const SmtpTestServer& server)
{
    static const QRegularExpression header(QStringLiteral("^Message-ID: (<[^>]+>)\\r?$"),
                                           QRegularExpression::MultilineOption |
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList ids;
    const QList<QByteArray> messages = server.messages();
    for (const QByteArray& message : messages) {
        const auto match = header.match(QString::fromLatin1(message));
        ids << (match.hasMatch() ? match.captured(1) : QString());
    }
    return ids;
}

struct MailRow
{
    QString status;
    QString messageId;
    bool dotSent = false;
};

QHash<qint64, MailRow> outboxRows(const QString& databasePath)
{
    QHash<qint64, MailRow> rows;
    auto database = Database::open(databasePath);
    if (!database)
        return rows;
    auto query = SqlRun::exec((*database)->connection(),
                              QStringLiteral("SELECT id, status, message_id, dot_sent_at FROM outbox"));
    while (query && query->next())
        rows.insert(query->value(0).toLongLong(),
                    {query->value(1).toString(), query->value(2).toString(), !query->value(3).isNull()});
    (*database)->closeThreadConnection();
    return rows;
}

void enqueueMany(const ServiceContext& context, int count, const QString& prefix)
{
    Transaction transaction(context.db());
    for (int i = 0; i < count; ++i) {
        OutgoingMail mail;
        mail.dedupeKey = prefix + QString::number(i);
        mail.to = {QStringLiteral("guest%1@hotel.example").arg(i), QStringLiteral("Guest %1").arg(i)};
        mail.subject = QStringLiteral("Batch %1 – ข้อความที่ %2").arg(prefix).arg(i);
        mail.htmlBody = QStringLiteral("<p>Hello guest %1</p>").arg(i);
        QVERIFY(Outbox(context).enqueue(mail));
    }
    QVERIFY(transaction.commit());
}
} // namespace

// rapport-cli's mail commands end to end, as separate processes against a real SMTP server.
class TestMailCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpTestServer> server;
    std::unique_ptr<MailTestEnvironment> env;
    QString passwordFile;

    CliRunner cli() const { return CliRunner(env->databasePath()); }
    QStringList withPassword(QStringList arguments) const
    {
        return QStringList{QStringLiteral("--smtp-password-file"), passwordFile} + arguments;
    }
    void configureSmtp(const QStringList& extra = {})
    {
        const auto set = cli().run(
            QStringList{QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"),
                        server->host(), QStringLiteral("--port"), QString::number(server->port()),
                        QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--user"),
                        server->options().user, QStringLiteral("--ca-file"), server->certificateFile(),
                        QStringLiteral("--from"), QStringLiteral("office@rapport.example"),
                        QStringLiteral("--from-name"), QStringLiteral("ราพอร์ต มิวสิค")} +
            extra);
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
    QProcess* startServe(QObject* parent)
    {
        auto* process = new QProcess(parent);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(CliRunner::binary(),
                       withPassword({QStringLiteral("--db"), env->databasePath(), QStringLiteral("scheduler"),
                                     QStringLiteral("serve")}));
        return process;
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
        // The CLI opens the file itself; this process keeps no connection busy meanwhile.
        passwordFile = env->path(QStringLiteral("smtp-password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(server->options().password.toUtf8() + "\n");
    }
    void cleanup() { env.reset(); }

    void mustShow();
    void smtpSetValidatesAndNeverStoresThePassword();
    void smtpTestReportsUntrustedCertificates();
    void listOutboxFormatsAndStatus();
    void serveExitsCleanlyOnSigtermAfterTheMailInHand();
    void killedServeNeverSendsTwiceNorLosesMail();
    void eachOutcomeIsWrittenBeforeTheNextFinalDot();
    void twoServersShareTheQueue();
    void threeServersShareOnePostgresQueue();
};

void TestMailCli::mustShow()
{
    configureSmtp();
    QFile html(env->path(QStringLiteral("body.html")));
    QVERIFY(html.open(QIODevice::WriteOnly));
    html.write(QStringLiteral("<p>เรียนลูกค้า</p><p>กรุณาต่ออายุสัญญา</p>").toUtf8());
    html.close();
    const auto queued = cli().run({QStringLiteral("mail"), QStringLiteral("send"), QStringLiteral("--to"),
                                   QStringLiteral("manager@siamhotel.example"), QStringLiteral("--subject"),
                                   thaiSubject(), QStringLiteral("--html-file"), html.fileName()});
    QVERIFY2(queued.exitCode == 0, qPrintable(queued.err));
    bool isNumber = false;
    queued.lastLine().toLongLong(&isNumber);
    QVERIFY(isNumber);
    QCOMPARE(server->messageCount(), 0); // queued, not sent

    const auto first = cli().run(withPassword({QStringLiteral("scheduler"), QStringLiteral("run-once")}));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    QCOMPARE(server->messageCount(), 1);
    const QJsonObject parsed = PythonEmail::parseFiles(server->messageFiles()).first().toObject();
    QCOMPARE(parsed.value(QLatin1String("headers")).toObject().value(QLatin1String("Subject")).toString(),
             thaiSubject());

    const auto second = cli().run(withPassword({QStringLiteral("scheduler"), QStringLiteral("run-once")}));
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(server->messageCount(), 1);
    QCOMPARE(server->countEvents(QStringLiteral("CONNECT")), 1); // nothing due: no connection at all
}

void TestMailCli::smtpSetValidatesAndNeverStoresThePassword()
{
    const auto badSecurity =
        cli().run({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"),
                   QStringLiteral("mail.example"), QStringLiteral("--port"), QStringLiteral("587"),
                   QStringLiteral("--security"), QStringLiteral("ssl"), QStringLiteral("--from"),
                   QStringLiteral("a@b.example")});
    QCOMPARE(badSecurity.exitCode, 2);
    QVERIFY(badSecurity.err.contains(QLatin1String("security")));
    const auto badPort =
        cli().run({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"),
                   QStringLiteral("mail.example"), QStringLiteral("--port"), QStringLiteral("70000"),
                   QStringLiteral("--from"), QStringLiteral("a@b.example")});
    QCOMPARE(badPort.exitCode, 2);
    const auto badCa =
        cli().run({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"),
                   QStringLiteral("mail.example"), QStringLiteral("--from"), QStringLiteral("a@b.example"),
                   QStringLiteral("--ca-file"), env->path(QStringLiteral("missing.pem"))});
    QCOMPARE(badCa.exitCode, 2);

    // --password-stdin needs a keychain. Without one (no session bus here, on purpose, so a
    // developer's real keychain is never touched) it is refused and nothing is written anywhere.
    const QByteArray secret = "a-secret-that-must-not-leak";
    QProcess noKeychain;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    noKeychain.setProcessEnvironment(environment);
    noKeychain.start(CliRunner::binary(),
                     {QStringLiteral("--db"), env->databasePath(), QStringLiteral("smtp"),
                      QStringLiteral("set"), QStringLiteral("--host"), QStringLiteral("mail.example"),
                      QStringLiteral("--from"), QStringLiteral("a@b.example"), QStringLiteral("--user"),
                      QStringLiteral("u"), QStringLiteral("--password-stdin")});
    QVERIFY(noKeychain.waitForStarted());
    noKeychain.write(secret + "\n");
    noKeychain.closeWriteChannel();
    QVERIFY(noKeychain.waitForFinished(60000));
    QCOMPARE(noKeychain.exitCode(), 3);
    QVERIFY(noKeychain.readAllStandardError().contains("--smtp-password-file"));
    QVERIFY(!cli()
                 .run({QStringLiteral("smtp"), QStringLiteral("show")})
                 .out.contains(QLatin1String("mail.example")));
    configureSmtp();
    if (TestBackend::isPostgres()) {
        // No file to search: dump every text value of every table instead.
        auto database = Database::open(env->databasePath());
        QVERIFY(database);
        auto tables = SqlRun::exec((*database)->connection(),
                                   QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                  "table_schema = current_schema()"));
        QVERIFY(tables);
        QStringList names;
        while (tables->next())
            names << tables->value(0).toString();
        for (const QString& table : std::as_const(names)) {
            auto rows = SqlRun::exec((*database)->connection(),
                                     QStringLiteral("SELECT t::text FROM %1 AS t").arg(table));
            QVERIFY(rows);
            while (rows->next()) {
                const QByteArray row = rows->value(0).toString().toUtf8();
                QVERIFY2(!row.contains(secret) && !row.contains(server->options().password.toUtf8()),
                         qPrintable(table));
            }
        }
        (*database)->closeThreadConnection();
    } else {
        QFile database(env->databasePath());
        QVERIFY(database.open(QIODevice::ReadOnly));
        QVERIFY(!database.readAll().contains(secret));
        QFile wal(env->databasePath() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(secret));
        QVERIFY(!database.readAll().contains(server->options().password.toUtf8()));
    }

    const auto show = cli().run(
        {QStringLiteral("smtp"), QStringLiteral("show"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains(server->certificateFile()));
}

void TestMailCli::smtpTestReportsUntrustedCertificates()
{
    configureSmtp({QStringLiteral("--ca-file"), QString()});
    const auto untrusted =
        cli().run(withPassword({QStringLiteral("smtp"), QStringLiteral("test"), QStringLiteral("--to"),
                                QStringLiteral("admin@rapport.example")}));
    QCOMPARE(untrusted.exitCode, 4);
    QVERIFY2(untrusted.err.contains(server->certificateSha256()), qPrintable(untrusted.err));
    QCOMPARE(untrusted.err.count(QLatin1Char('\n')), 1); // one sentence, one line
    QCOMPARE(server->messageCount(), 0);
    QCOMPARE(server->countEvents(QStringLiteral("AUTH")), 0);

    const auto trust =
        cli().run({QStringLiteral("smtp"), QStringLiteral("trust"), server->certificateSha256()});
    QVERIFY2(trust.exitCode == 0, qPrintable(trust.err));
    const auto sent =
        cli().run(withPassword({QStringLiteral("smtp"), QStringLiteral("test"), QStringLiteral("--to"),
                                QStringLiteral("admin@rapport.example")}));
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
    QCOMPARE(server->messageCount(), 1);

    const auto noPassword = cli().run({QStringLiteral("smtp"), QStringLiteral("test"), QStringLiteral("--to"),
                                       QStringLiteral("admin@rapport.example")});
    QCOMPARE(noPassword.exitCode, 1);
    QVERIFY(noPassword.err.contains(QLatin1String("--smtp-password-file")));
}

void TestMailCli::listOutboxFormatsAndStatus()
{
    configureSmtp();
    enqueueMany(env->context(), 3, QStringLiteral("list-"));
    server->setFault(QStringLiteral("data_550"), 1);
    const auto run = cli().run(withPassword({QStringLiteral("scheduler"), QStringLiteral("run-once")}));
    QCOMPARE(run.exitCode, 4); // one mail was refused: a delivery error
    QVERIFY(run.out.contains(QLatin1String("Sent 2")));
    const auto json = cli().run({QStringLiteral("list"), QStringLiteral("outbox"), QStringLiteral("--format"),
                                 QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.first().toObject().contains(QLatin1String("message_id")));
    const auto failed =
        cli().run({QStringLiteral("list"), QStringLiteral("outbox"), QStringLiteral("--status"),
                   QStringLiteral("failed"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(failed.exitCode, 0);
    QCOMPARE(failed.lines().size(), 2);
    QVERIFY(failed.lines().first().startsWith(QLatin1String("id,status,to_address")));
    QVERIFY(failed.out.contains(QLatin1String("550 5.7.1")));
    const auto wrong = cli().run({QStringLiteral("list"), QStringLiteral("outbox"),
                                  QStringLiteral("--status"), QStringLiteral("lost")});
    QCOMPARE(wrong.exitCode, 2);
}

void TestMailCli::serveExitsCleanlyOnSigtermAfterTheMailInHand()
{
    configureSmtp();
    enqueueMany(env->context(), 3, QStringLiteral("term-"));
    server->setFault(QStringLiteral("slow_dot"), -1, 2.0);
    QObject owner;
    QProcess* serve = startServe(&owner);
    QVERIFY(serve->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server->countEvents(QStringLiteral("DOT")) >= 1, 60000);
    ::kill(pid_t(serve->processId()), SIGTERM);
    QVERIFY(serve->waitForFinished(60000));
    QCOMPARE(serve->exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve->exitCode(), 0);
    // The mail in hand was finished (the server's slow reply awaited), the others left queued.
    const QHash<qint64, MailRow> rows = outboxRows(env->databasePath());
    int sent = 0, queued = 0;
    for (const MailRow& row : rows) {
        sent += row.status == QLatin1String("sent");
        queued += row.status == QLatin1String("queued");
    }
    QCOMPARE(sent, 1);
    QCOMPARE(queued, 2);
    QCOMPARE(server->messageCount(), 1);
}

void TestMailCli::eachOutcomeIsWrittenBeforeTheNextFinalDot()
{
    configureSmtp({QStringLiteral("--rate-per-minute"), QStringLiteral("1000000")});
    constexpr int kMails = 4;
    enqueueMany(env->context(), kMails, QStringLiteral("order-"));
    QList<qint64> ids = outboxRows(env->databasePath()).keys();
    std::sort(ids.begin(), ids.end()); // all due at once: sent in id order
    QCOMPARE(ids.size(), kMails);
    // The server holds back each reply to a final dot, so the test can look at the outbox while
    // the next mail's dot has arrived and its reply is pending.
    server->setFault(QStringLiteral("slow_dot"), -1, 1.5);
    QObject owner;
    QProcess* serve = startServe(&owner);
    QVERIFY(serve->waitForStarted());
    for (int k = 1; k < kMails; ++k) {
        QTRY_VERIFY_WITH_TIMEOUT(server->countEvents(QStringLiteral("DOT")) >= k + 1, 60000);
        const QHash<qint64, MailRow> rows = outboxRows(env->databasePath());
        // The sender writes a mail's outcome while the server reads the next MAIL FROM: by the
        // time the next final dot is out, it is in the outbox.
        QCOMPARE(rows.value(ids.at(k - 1)).status, QStringLiteral("sent"));
        QVERIFY(rows.value(ids.at(k)).dotSent);
    }
    const auto allSent = [&] {
        const QHash<qint64, MailRow> rows = outboxRows(env->databasePath());
        return std::all_of(rows.begin(), rows.end(),
                           [](const MailRow& row) { return row.status == QLatin1String("sent"); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allSent(), 60000);
    ::kill(pid_t(serve->processId()), SIGTERM);
    QVERIFY(serve->waitForFinished(60000));
    QCOMPARE(server->messageCount(), kMails);
    QCOMPARE(server->countEvents(QStringLiteral("CONNECT")), 1); // one connection for all
}

void TestMailCli::killedServeNeverSendsTwiceNorLosesMail()
{
    configureSmtp({QStringLiteral("--rate-per-minute"), QStringLiteral("1000000")});
    constexpr int kMails = 500;
    enqueueMany(env->context(), kMails, QStringLiteral("kill-"));
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    QObject owner;
    constexpr int kKills = 6;
    int slowDotKills = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        const int before = server->countEvents(QStringLiteral("DOT"));
        if (before >= kMails - 50)
            break;
        if (kill % 2 == 1) {
            // Kill while the server holds back its reply to a final dot: the worst moment.
            server->setFault(QStringLiteral("slow_dot"), 1, 3.0);
            const int stored = server->countEvents(QStringLiteral("STORED"));
            QProcess* serve = startServe(&owner);
            QVERIFY(serve->waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(server->countEvents(QStringLiteral("DOT")) > before, 60000);
            if (server->countEvents(QStringLiteral("STORED")) == stored)
                ++slowDotKills;
            serve->kill(); // SIGKILL
            QVERIFY(serve->waitForFinished(10000));
        } else {
            // Anywhere: after a random number of mails, plus a random pause.
            QProcess* serve = startServe(&owner);
            QVERIFY(serve->waitForStarted());
            const int target = before + int(random.bounded(5, 80));
            QTRY_VERIFY_WITH_TIMEOUT(server->countEvents(QStringLiteral("DOT")) >= target, 60000);
            QThread::msleep(random.bounded(0, 30));
            serve->kill(); // SIGKILL
            QVERIFY(serve->waitForFinished(10000));
        }
        server->setFault(QString(), 0);
    }
    // A restart once every lease has run out (as after a real crash): --now moves past them.
    const QString later = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
    const auto recovery = cli().run(withPassword(
        {QStringLiteral("--now"), later, QStringLiteral("scheduler"), QStringLiteral("run-once")}));
    QVERIFY2(recovery.exitCode == 0, qPrintable(recovery.err + recovery.out));

    const QStringList atServer = messageIdsAt(*server);
    const QSet<QString> unique(atServer.begin(), atServer.end());
    QCOMPARE(unique.size(), atServer.size()); // no Message-ID arrived twice
    const QHash<qint64, MailRow> rows = outboxRows(env->databasePath());
    QCOMPARE(rows.size(), kMails);
    int sent = 0, unconfirmed = 0;
    QSet<QString> known;
    for (const MailRow& row : rows) {
        known.insert(row.messageId);
        if (row.status == QLatin1String("sent")) {
            ++sent;
            QVERIFY2(unique.contains(row.messageId), "a mail marked sent never reached the server");
        } else {
            QCOMPARE(row.status, QStringLiteral("unconfirmed"));
            QVERIFY2(row.dotSent, "a mail is unconfirmed although its final dot was never sent");
            ++unconfirmed;
        }
    }
    for (const QString& id : unique)
        QVERIFY(known.contains(id));
    QCOMPARE(sent + unconfirmed, kMails);
    QVERIFY(unconfirmed <= kKills);
    QVERIFY(unconfirmed >= slowDotKills);
    qInfo("%d sent, %d unconfirmed after SIGKILLs (%d during a held-back reply)", sent, unconfirmed,
          slowDotKills);
}

void TestMailCli::twoServersShareTheQueue()
{
    configureSmtp({QStringLiteral("--rate-per-minute"), QStringLiteral("1000000")});
    constexpr int kMails = 1000;
    enqueueMany(env->context(), kMails, QStringLiteral("pair-"));
    QObject owner;
    QProcess* first = startServe(&owner);
    QProcess* second = startServe(&owner);
    QVERIFY(first->waitForStarted());
    QVERIFY(second->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server->countEvents(QStringLiteral("STORED")) >= kMails, 170000);
    // Let both record their last outcomes, then stop them the way a service manager would.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto rows = outboxRows(env->databasePath());
            for (const MailRow& row : rows) {
                if (row.status != QLatin1String("sent"))
                    return false;
            }
            return rows.size() == kMails;
        }(),
        30000);
    ::kill(pid_t(first->processId()), SIGTERM);
    ::kill(pid_t(second->processId()), SIGTERM);
    QVERIFY(first->waitForFinished(30000));
    QVERIFY(second->waitForFinished(30000));
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(second->exitCode(), 0);
    const QStringList atServer = messageIdsAt(*server);
    const QSet<QString> unique(atServer.begin(), atServer.end());
    QCOMPARE(atServer.size(), kMails); // 0 duplicates …
    QCOMPARE(unique.size(), kMails);   // … and 0 missing
    QVERIFY(server->countEvents(QStringLiteral("CONNECT")) >= 2);
}

// The office server's service and two desktops' schedulers on one PostgreSQL database: claims
// with FOR UPDATE SKIP LOCKED and leases hand every mail to exactly one of them.
void TestMailCli::threeServersShareOnePostgresQueue()
{
    if (!TestBackend::isPostgres())
        QSKIP("runs in TestMailCli_postgresql (three processes on one shared PostgreSQL database)");
    configureSmtp({QStringLiteral("--rate-per-minute"), QStringLiteral("1000000")});
    constexpr int kMails = 3000;
    enqueueMany(env->context(), kMails, QStringLiteral("office-"));
    QObject owner;
    QList<QProcess*> servers;
    for (int i = 0; i < 3; ++i)
        servers << startServe(&owner);
    for (QProcess* serve : std::as_const(servers))
        QVERIFY(serve->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server->countEvents(QStringLiteral("STORED")) >= kMails, 600000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto rows = outboxRows(env->databasePath());
            for (const MailRow& row : rows) {
                if (row.status != QLatin1String("sent"))
                    return false;
            }
            return rows.size() == kMails;
        }(),
        60000);
    for (QProcess* serve : std::as_const(servers))
        ::kill(pid_t(serve->processId()), SIGTERM);
    for (QProcess* serve : std::as_const(servers)) {
        QVERIFY(serve->waitForFinished(30000));
        QCOMPARE(serve->exitCode(), 0);
    }
    const QStringList atServer = messageIdsAt(*server);
    const QSet<QString> unique(atServer.begin(), atServer.end());
    QCOMPARE(atServer.size(), kMails); // 0 duplicates …
    QCOMPARE(unique.size(), kMails);   // … and 0 missing
    QVERIFY(server->countEvents(QStringLiteral("CONNECT")) >= 3);
}

QTEST_GUILESS_MAIN(TestMailCli)
#include "TestMailCli.moc"
