#include "SmtpTestServer.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpReply.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

namespace {
SmtpSettings settingsFor(const SmtpTestServer& server)
{
    SmtpSettings settings;
    settings.host = server.host();
    settings.port = server.port();
    settings.security =
        server.options().security == SmtpTestServer::Security::StartTls      ? SmtpSecurity::StartTls
        : server.options().security == SmtpTestServer::Security::ImplicitTls ? SmtpSecurity::ImplicitTls
                                                                             : SmtpSecurity::None;
    settings.user = server.options().user;
    settings.sender = {QStringLiteral("office@rapport.example"), QStringLiteral("Rapport Office")};
    if (server.options().security != SmtpTestServer::Security::None)
        settings.caFile = server.certificateFile();
    settings.greetingTimeoutSeconds = 10;
    settings.commandTimeoutSeconds = 10;
    settings.dotTimeoutSeconds = 10;
    return settings;
}

QByteArray sampleMessage(const QString& subject = QStringLiteral("Hello"))
{
    MimeMessage message;
    message.from = {QStringLiteral("office@rapport.example"), {}};
    message.to = {QStringLiteral("ann@example.com"), {}};
    message.subject = subject;
    message.textBody = QStringLiteral("Body text.");
    message.messageId = MimeMessage::newMessageId(QStringLiteral("rapport.example"));
    return message.toBytes();
}

// The sample message from the office to Ann, the send most tests make.
SmtpOutcome sendSample(SmtpClient& client)
{
    return client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"),
                       sampleMessage());
}
} // namespace

class TestSmtpClient : public QObject
{
    Q_OBJECT

    // The STARTTLS server most tests use, reset before each; the others start their own.
    std::unique_ptr<SmtpTestServer> shared;

private slots:
    void initTestCase()
    {
        shared = std::make_unique<SmtpTestServer>();
        QVERIFY2(shared->start(), qPrintable(shared->errorString()));
    }
    void init() { shared->reset(); }
    void replyParser_data();
    void replyParser();
    void starttlsAuthAndReuse();
    void implicitTls();
    void untrustedCertificateIsRefusedBeforeLogin();
    void systemTrustStoreCountsAlongsideTheCaFile();
    void pinnedCertificateIsAccepted();
    void wrongPasswordFailsWithServerText();
    void starttlsIsNeverDowngraded();
    void plainLoginOnlyToLoopbackWithSecurityNone();
    void sizeLimitIsRespected();
    void refusedRecipientResetsTheTransaction();
    void replyCodesAfterTheDot_data();
    void replyCodesAfterTheDot();
    void connectionDroppedAfterTheDotIsUnconfirmed();
    void connectionDroppedMidDataIsTemporary();
    void serverGoneWhileTheDotIsRecordedIsTemporary();
    void abandonedBeforeTheDotSendsNothing();
    void greetingTimeout();
    void dotStuffing();
    void smtpUtf8OnlyWhenTheMailNeedsIt();
};

void TestSmtpClient::replyParser_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("text");
    QTest::newRow("single") << QByteArray("250 OK\r\n") << 250 << QString() << 1 << QStringLiteral("250 OK");
    QTest::newRow("multi-line ehlo")
        << QByteArray("250-mail.example\r\n250-SIZE 1000\r\n250-8BITMIME\r\n250 HELP\r\n") << 250 << QString()
        << 4 << QStringLiteral("250 mail.example SIZE 1000 8BITMIME HELP");
    QTest::newRow("enhanced") << QByteArray("535 5.7.8 Authentication credentials invalid\r\n") << 535
                              << QStringLiteral("5.7.8") << 1
                              << QStringLiteral("535 5.7.8 Authentication credentials invalid");
    QTest::newRow("enhanced on every line")
        << QByteArray("550-5.1.1 No such user\r\n550 5.1.1 Check the address\r\n") << 550
        << QStringLiteral("5.1.1") << 2 << QStringLiteral("550 5.1.1 No such user Check the address");
    QTest::newRow("bare code, lf only")
        << QByteArray("220\n") << 220 << QString() << 1 << QStringLiteral("220");
    QTest::newRow("enhanced class must match")
        << QByteArray("250 5.0.0 odd\r\n") << 250 << QString() << 1 << QStringLiteral("250 5.0.0 odd");
}

void TestSmtpClient::replyParser()
{
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(int, lines);
    QFETCH(QString, text);
    // Fed one byte at a time, as a slow network might.
    SmtpReplyParser parser;
    SmtpReply reply;
    bool malformed = false;
    bool complete = false;
    for (qsizetype i = 0; i < input.size(); ++i) {
        QVERIFY(!complete);
        parser.append(input.mid(i, 1));
        complete = parser.takeReply(&reply, &malformed);
        QVERIFY(!malformed);
    }
    QVERIFY(complete);
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.enhancedCode, enhanced);
    QCOMPARE(reply.lines.size(), lines);
    QCOMPARE(reply.text(), text);
    QVERIFY(parser.isEmpty());

    SmtpReplyParser broken;
    broken.append("250-one\r\n550 two\r\n");
    QVERIFY(!broken.takeReply(&reply, &malformed));
    QVERIFY(malformed);
}

void TestSmtpClient::starttlsAuthAndReuse()
{
    SmtpTestServer& server = *shared;
    SmtpClient client(settingsFor(server), server.options().password);
    const SmtpOutcome opened = client.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(client.extensions().contains(QStringLiteral("SIZE")));
    QVERIFY(!client.extensions().contains(QStringLiteral("STARTTLS"))); // forgotten after TLS, per RFC 3207
    for (int i = 0; i < 3; ++i) {
        const SmtpOutcome sent =
            client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"),
                        sampleMessage(QStringLiteral("Message %1").arg(i)));
        QVERIFY2(sent.ok(), qPrintable(sent.message));
        QCOMPARE(sent.reply.code, 250);
    }
    client.close();
    QCOMPARE(server.messageCount(), 3);
    QCOMPARE(server.countEvents(QStringLiteral("CONNECT")), 1);
    QCOMPARE(server.countEvents(QStringLiteral("STARTTLS")), 1);
    QCOMPARE(server.countEvents(QStringLiteral("AUTH PLAIN ok")), 1);
    QCOMPARE(server.countEvents(QStringLiteral("QUIT")), 1);
    // SIZE was declared on MAIL FROM because the server offered it.
    QVERIFY(server.events().filter(QStringLiteral("MAIL office@rapport.example SIZE=")).size() == 3);
    QVERIFY(server.messages().first().contains("Subject: Message 0"));
}

void TestSmtpClient::implicitTls()
{
    SmtpTestServer::Options options;
    options.security = SmtpTestServer::Security::ImplicitTls;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpClient client(settingsFor(server), server.options().password);
    const SmtpOutcome opened = client.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(sendSample(client).ok());
    client.close();
    QCOMPARE(server.messageCount(), 1);
    QCOMPARE(server.countEvents(QStringLiteral("STARTTLS")), 0);
    QCOMPARE(server.countEvents(QStringLiteral("AUTH PLAIN ok")), 1);
}

void TestSmtpClient::untrustedCertificateIsRefusedBeforeLogin()
{
    for (auto security : {SmtpTestServer::Security::StartTls, SmtpTestServer::Security::ImplicitTls}) {
        SmtpTestServer::Options options;
        options.security = security;
        SmtpTestServer server(options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SmtpSettings settings = settingsFor(server);
        settings.caFile.clear();
        SmtpClient client(settings, server.options().password);
        const SmtpOutcome opened = client.open();
        QCOMPARE(opened.kind, SmtpOutcome::Kind::Temporary);
        QCOMPARE(opened.untrustedFingerprint, server.certificateSha256());
        QVERIFY2(opened.message.contains(server.certificateSha256()), qPrintable(opened.message));
        QVERIFY(!client.isOpen());
        QCOMPARE(server.countEvents(QStringLiteral("AUTH")), 0);
        QCOMPARE(server.countEvents(QStringLiteral("MAIL")), 0);
        QCOMPARE(server.messageCount(), 0);
    }
}

void TestSmtpClient::systemTrustStoreCountsAlongsideTheCaFile()
{
    // tests/support/with-system-ca put a throw-away root CA into a private copy of the system
    // store; a server whose certificate that CA issued must be trusted with no CA file, and still
    // with a CA file for some other server (the file adds to the system store, never replaces it).
    const QString systemCa = qEnvironmentVariable("RAPPORT_TEST_SYSTEM_CA");
    if (systemCa.isEmpty())
        QSKIP("needs tests/support/with-system-ca, which needs root for a private mount namespace");
    SmtpTestServer::Options options;
    options.issuerCertificate = systemCa + QStringLiteral("/ca.pem");
    options.issuerKey = systemCa + QStringLiteral("/ca.key");
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    for (const QString& caFile : {QString(), shared->certificateFile()}) {
        SmtpSettings settings = settingsFor(server);
        settings.caFile = caFile;
        SmtpClient client(settings, server.options().password);
        const SmtpOutcome opened = client.open();
        QVERIFY2(opened.ok(), qPrintable(caFile + QStringLiteral(": ") + opened.message));
        QVERIFY(sendSample(client).ok());
        client.close();
    }
    QCOMPARE(server.messageCount(), 2);

    // And the CA file still counts next to the system store: the shared server is self-signed.
    SmtpClient client(settingsFor(*shared), shared->options().password);
    const SmtpOutcome opened = client.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    client.close();
}

void TestSmtpClient::pinnedCertificateIsAccepted()
{
    SmtpTestServer& server = *shared;
    SmtpSettings settings = settingsFor(server);
    settings.caFile.clear();
    settings.trustedFingerprints = {server.certificateSha256()};
    SmtpClient client(settings, server.options().password);
    const SmtpOutcome opened = client.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(sendSample(client).ok());
    client.close();
    QCOMPARE(server.messageCount(), 1);

    // A pin for some other certificate does not help.
    settings.trustedFingerprints = {SmtpSettings::normaliseFingerprint(QString(64, QLatin1Char('a')))};
    SmtpClient other(settings, server.options().password);
    QCOMPARE(other.open().kind, SmtpOutcome::Kind::Temporary);
}

void TestSmtpClient::wrongPasswordFailsWithServerText()
{
    SmtpTestServer& server = *shared;
    SmtpClient client(settingsFor(server), QStringLiteral("wrong"));
    const SmtpOutcome opened = client.open();
    QCOMPARE(opened.kind, SmtpOutcome::Kind::Permanent);
    QCOMPARE(opened.reply.code, 535);
    QVERIFY2(opened.message.contains(QLatin1String("535 5.7.8 Authentication credentials invalid")),
             qPrintable(opened.message));
    QCOMPARE(server.countEvents(QStringLiteral("AUTH PLAIN refused")), 1);
    QCOMPARE(server.countEvents(QStringLiteral("MAIL")), 0);
}

void TestSmtpClient::starttlsIsNeverDowngraded()
{
    SmtpTestServer::Options options;
    options.security = SmtpTestServer::Security::None;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpSettings settings = settingsFor(server);
    settings.security = SmtpSecurity::StartTls;
    SmtpClient client(settings, server.options().password);
    const SmtpOutcome opened = client.open();
    QCOMPARE(opened.kind, SmtpOutcome::Kind::Temporary);
    QVERIFY(opened.message.contains(QLatin1String("STARTTLS")));
    QCOMPARE(server.countEvents(QStringLiteral("AUTH")), 0);
}

void TestSmtpClient::plainLoginOnlyToLoopbackWithSecurityNone()
{
    SmtpTestServer::Options options;
    options.security = SmtpTestServer::Security::None;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpClient client(settingsFor(server), server.options().password);
    const SmtpOutcome opened = client.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(sendSample(client).ok());
    client.close();
    QCOMPARE(server.countEvents(QStringLiteral("AUTH PLAIN ok")), 1);
    QCOMPARE(server.messageCount(), 1);
}

void TestSmtpClient::sizeLimitIsRespected()
{
    SmtpTestServer::Options options;
    options.sizeLimit = 2000;
    SmtpTestServer server(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    const SmtpOutcome big =
        client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"),
                    sampleMessage(QString(3000, QLatin1Char('x'))));
    QCOMPARE(big.kind, SmtpOutcome::Kind::Permanent);
    QCOMPARE(server.countEvents(QStringLiteral("MAIL")), 0);
    QVERIFY(sendSample(client).ok());
    client.close();
    QCOMPARE(server.messageCount(), 1);
}

void TestSmtpClient::refusedRecipientResetsTheTransaction()
{
    SmtpTestServer& server = *shared;
    server.setFault(QStringLiteral("rcpt_550"), 1);
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    const SmtpOutcome refused = client.send(QStringLiteral("office@rapport.example"),
                                            QStringLiteral("nobody@example.com"), sampleMessage());
    QCOMPARE(refused.kind, SmtpOutcome::Kind::Permanent);
    QCOMPARE(refused.reply.enhancedCode, QStringLiteral("5.1.1"));
    QVERIFY(refused.message.contains(QLatin1String("550 5.1.1 No such user here")));
    QVERIFY(client.isOpen());
    const SmtpOutcome next = sendSample(client);
    QVERIFY2(next.ok(), qPrintable(next.message));
    client.close();
    QCOMPARE(server.countEvents(QStringLiteral("RSET")), 1);
    QCOMPARE(server.countEvents(QStringLiteral("CONNECT")), 1);
    QCOMPARE(server.messageCount(), 1);
}

void TestSmtpClient::replyCodesAfterTheDot_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("451") << QStringLiteral("data_451") << int(SmtpOutcome::Kind::Temporary) << 451;
    QTest::newRow("550") << QStringLiteral("data_550") << int(SmtpOutcome::Kind::Permanent) << 550;
    QTest::newRow("421 at MAIL") << QStringLiteral("mail_421") << int(SmtpOutcome::Kind::Temporary) << 421;
}

void TestSmtpClient::replyCodesAfterTheDot()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QFETCH(int, code);
    SmtpTestServer& server = *shared;
    server.setFault(fault, 1);
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    const SmtpOutcome outcome = sendSample(client);
    QCOMPARE(int(outcome.kind), kind);
    QCOMPARE(outcome.reply.code, code);
    QVERIFY(outcome.message.contains(QString::number(code)));
    // 421 closes the connection; otherwise it is still usable.
    if (code == 421)
        QVERIFY(!client.isOpen() || !sendSample(client).ok());
    else
        QVERIFY(sendSample(client).ok());
    client.close();
}

void TestSmtpClient::connectionDroppedAfterTheDotIsUnconfirmed()
{
    SmtpTestServer& server = *shared;
    server.setFault(QStringLiteral("drop_after_dot"), 1);
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    bool dotAnnounced = false;
    const SmtpOutcome outcome =
        client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"),
                    sampleMessage(), {.beforeFinalDot = [&] {
                        return dotAnnounced = true;
                    }});
    QVERIFY(dotAnnounced);
    QCOMPARE(outcome.kind, SmtpOutcome::Kind::Unconfirmed);
    QVERIFY(!client.isOpen());
    QCOMPARE(server.messageCount(), 1);
}

void TestSmtpClient::connectionDroppedMidDataIsTemporary()
{
    SmtpTestServer& server = *shared;
    server.setFault(QStringLiteral("drop_mid_data"), 1);
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    MimeMessage message;
    message.from = {QStringLiteral("office@rapport.example"), {}};
    message.to = {QStringLiteral("ann@example.com"), {}};
    message.subject = QStringLiteral("Big");
    message.textBody = QStringLiteral("See the attachment.");
    message.messageId = MimeMessage::newMessageId({});
    // Bigger than loopback socket buffers, so the server's hang-up lands while the body is still
    // going out, never after the client could have sent the final dot.
    message.attachments = {{QStringLiteral("big.bin"), {}, QByteArray(6 * 1024 * 1024, 'z')}};
    bool dotAnnounced = false;
    const SmtpOutcome outcome =
        client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"),
                    message.toBytes(), {.beforeFinalDot = [&] {
                        return dotAnnounced = true;
                    }});
    QCOMPARE(outcome.kind, SmtpOutcome::Kind::Temporary);
    QVERIFY(!dotAnnounced);
    QCOMPARE(server.messageCount(), 0);
}

void TestSmtpClient::serverGoneWhileTheDotIsRecordedIsTemporary()
{
    // A small message goes out together with its final dot, so the dot is recorded before any of
    // it is written. A server that hangs up meanwhile must be noticed after that record and
    // before the write: nothing reaches the server and the mail is tried again, never left
    // "unconfirmed". The server here hangs up 0.3 s after its 354; the record takes 1.5 s, a wide
    // margin for a loaded machine.
    SmtpTestServer& server = *shared;
    server.setFault(QStringLiteral("drop_after_354"), 1, 0.3);
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    const QByteArray message = sampleMessage();
    QVERIFY(message.size() < SmtpClient::kOneWriteBytes);
    bool dotRecorded = false;
    const SmtpOutcome outcome =
        client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"), message,
                    {.beforeFinalDot = [&] {
                        QThread::msleep(1500);
                        return dotRecorded = true;
                    }});
    QVERIFY(dotRecorded);
    QCOMPARE(outcome.kind, SmtpOutcome::Kind::Temporary);
    QCOMPARE(server.countEvents(QStringLiteral("DATA dropped")), 1);
    QCOMPARE(server.messageCount(), 0);
}

void TestSmtpClient::abandonedBeforeTheDotSendsNothing()
{
    SmtpTestServer& server = *shared;
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    const SmtpOutcome outcome =
        client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"),
                    sampleMessage(), {.beforeFinalDot = [] {
                        return false;
                    }});
    QCOMPARE(outcome.kind, SmtpOutcome::Kind::Abandoned);
    QVERIFY(!client.isOpen());
    QTRY_COMPARE(server.countEvents(QStringLiteral("DATA")), 1);
    QCOMPARE(server.messageCount(), 0);
}

void TestSmtpClient::greetingTimeout()
{
    // A server that accepts connections and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = silent.serverPort();
    settings.security = SmtpSecurity::None;
    settings.sender = {QStringLiteral("office@rapport.example"), {}};
    settings.greetingTimeoutSeconds = 1;
    SmtpClient client(settings, {});
    const SmtpOutcome outcome = client.open();
    QCOMPARE(outcome.kind, SmtpOutcome::Kind::Temporary);
    QVERIFY2(outcome.message.contains(QLatin1String("did not answer")), qPrintable(outcome.message));

    // Nothing listening at all.
    const quint16 closedPort = silent.serverPort();
    silent.close();
    settings.port = closedPort;
    SmtpClient refused(settings, {});
    QCOMPARE(refused.open().kind, SmtpOutcome::Kind::Temporary);
}

void TestSmtpClient::dotStuffing()
{
    SmtpTestServer& server = *shared;
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    const QByteArray raw = "Subject: dots\r\n\r\n.leading dot\r\n..two dots\r\n.\r\nend";
    QVERIFY(
        client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"), raw).ok());
    // A dot on the very first line, and on the last one.
    const QByteArray edges = ".first\r\nmiddle\r\n.";
    QVERIFY(
        client.send(QStringLiteral("office@rapport.example"), QStringLiteral("ann@example.com"), edges).ok());
    client.close();
    QCOMPARE(server.messages().value(0), raw + "\r\n");
    QCOMPARE(server.messages().value(1), edges + "\r\n");
}

void TestSmtpClient::smtpUtf8OnlyWhenTheMailNeedsIt()
{
    // MAIL FROM asks for SMTPUTF8 when the envelope or the message has a byte above 127: a Thai
    // mailbox, or a raw UTF-8 byte anywhere in the message (here one in the first eight bytes and
    // one in the last few, both ends of how the check reads the message).
    SmtpTestServer& server = *shared;
    SmtpClient client(settingsFor(server), server.options().password);
    QVERIFY(client.open().ok());
    QVERIFY(client.extensions().contains(QStringLiteral("SMTPUTF8")));
    const QString sender = QStringLiteral("office@rapport.example");
    const QByteArray ascii = "Subject: plain\r\n\r\nHello there, nothing but ASCII in here.\r\n";
    QVERIFY(client.send(sender, QStringLiteral("ann@example.com"), ascii).ok());
    QVERIFY(client.send(sender, QStringLiteral("สมชาย@example.com"), ascii).ok());
    const QByteArray early = QByteArray("X-Ü: 1\r\n\r\n") + QByteArray(40, 'a') + "\r\n";
    QVERIFY(client.send(sender, QStringLiteral("ann@example.com"), early).ok());
    const QByteArray late = "Subject: late\r\n\r\n" + QByteArray(39, 'b') + QByteArray("é\r\n");
    QVERIFY(client.send(sender, QStringLiteral("ann@example.com"), late).ok());
    client.close();
    QStringList mailCommands;
    for (const QString& event : server.events()) {
        if (event.startsWith(QLatin1String("MAIL ")))
            mailCommands << event;
    }
    QCOMPARE(mailCommands.size(), 4);
    QVERIFY2(!mailCommands.at(0).contains(QLatin1String("SMTPUTF8")), qPrintable(mailCommands.at(0)));
    for (int i = 1; i < 4; ++i)
        QVERIFY2(mailCommands.at(i).contains(QLatin1String("SMTPUTF8")), qPrintable(mailCommands.at(i)));
    QCOMPARE(server.messages().value(3), late);
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "TestSmtpClient.moc"
