#include "PythonEmail.h"
#include "mail/MimeEncoding.h"
#include "mail/MimeMessage.h"
#include "templates/HtmlToText.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

namespace {
// A 200-character Thai subject (what a renewal reminder to a Thai customer looks like).
QString thaiSubject200()
{
    const QString sentence = QStringLiteral("แจ้งเตือนการต่ออายุสัญญาบริการเพลงประกอบสำหรับโรงแรมของท่าน ");
    QString subject;
    while (subject.size() < 200)
        subject += sentence;
    subject.truncate(200);
    return subject;
}

// An independent RFC 2047 decoder: each word must be valid UTF-8 on its own.
QString decodeWords(const QByteArray& folded, bool* eachWordValid)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?([BQ])\\?([^?]*)\\?="));
    QString result;
    *eachWordValid = true;
    auto it = word.globalMatch(QString::fromLatin1(folded));
    while (it.hasNext()) {
        const auto match = it.next();
        QByteArray bytes;
        if (match.captured(1) == QLatin1String("B")) {
            bytes = QByteArray::fromBase64(match.captured(2).toLatin1());
        } else {
            const QByteArray q = match.captured(2).toLatin1();
            for (qsizetype i = 0; i < q.size(); ++i) {
                if (q.at(i) == '_')
                    bytes += ' ';
                else if (q.at(i) == '=') {
                    bytes += char(q.mid(i + 1, 2).toInt(nullptr, 16));
                    i += 2;
                } else
                    bytes += q.at(i);
            }
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString piece = decoder.decode(bytes);
        if (decoder.hasError())
            *eachWordValid = false;
        result += piece;
    }
    return result;
}

QByteArray decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '=') {
            if (encoded.mid(i + 1, 2) == "\r\n") {
                i += 2;
                continue;
            }
            out += char(encoded.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}
} // namespace

class TestMimeMessage : public QObject
{
    Q_OBJECT

private slots:
    void encodedWords_data();
    void encodedWords();
    void plainAsciiHeadersStayReadable();
    void quotedPrintable_data();
    void quotedPrintable();
    void encodingChoice();
    void dateFormat();
    void htmlToText_data();
    void htmlToText();
    void pythonReadsTheWholeMessage();
    void attachmentsAndTextOnly();
    void messageIdsAreUnique();
};

void TestMimeMessage::encodedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("thai 200") << thaiSubject200();
    QTest::newRow("thai with tone marks")
        << QStringLiteral("สวัสดีปีใหม่ ขอให้มีความสุขมากๆ ค่ะ คุณสมชาย ใจดี ผู้จัดการฝ่ายบัญชี");
    QTest::newRow("mostly ascii") << QStringLiteral(
        "Renewal reminder – contract C-2025-0042 ends in 30 days (Hôtel Lumière)");
    QTest::newRow("emoji zwj") << QStringLiteral(
        "Family 👨‍👩‍👧‍👦 and flags 🇹🇭🇫🇷 🎵 music for your lobby "
        "🎶🎶🎶🎶🎶🎶🎶🎶");
    QTest::newRow("cjk") << QStringLiteral(
        "新年快乐！祝您的酒店生意兴隆，万事如意。背景音乐订阅续费提醒，请在本月底之前完成付款。");
    QTest::newRow("ascii that looks encoded") << QStringLiteral("Price =?UTF-8?B?x?= is not an encoded word");
    QTest::newRow("one char") << QStringLiteral("ก");
}

void TestMimeMessage::encodedWords()
{
    QFETCH(QString, text);
    const QByteArray field = MimeEncoding::unstructuredField("Subject", text);
    QVERIFY(field.endsWith("\r\n"));
    const QList<QByteArray> lines = field.chopped(2).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= MimeEncoding::kMaxHeaderLine, line.constData());
        for (char c : line)
            QVERIFY(static_cast<unsigned char>(c) < 128);
    }
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?[BQ]\\?[^?]*\\?="));
    auto it = word.globalMatch(QString::fromLatin1(field));
    int words = 0;
    while (it.hasNext()) {
        QVERIFY(it.next().capturedLength() <= MimeEncoding::kMaxEncodedWord);
        ++words;
    }
    QVERIFY(words > 0);
    bool valid = false;
    QCOMPARE(decodeWords(field, &valid), text);
    QVERIFY2(valid, "an encoded word split a UTF-8 sequence");
    // And Python's email package agrees.
    const QByteArray message = "From: a@example.com\r\n" + field + "\r\nbody\r\n";
    const QJsonObject parsed = PythonEmail::parseBytes(message);
    QCOMPARE(parsed.value(QLatin1String("headers")).toObject().value(QLatin1String("Subject")).toString(),
             text);
}

void TestMimeMessage::plainAsciiHeadersStayReadable()
{
    const QString subject =
        QStringLiteral("Your invoice INV-2025-001 is due on 2025-12-01; please pay by bank transfer "
                       "to the account shown on the invoice");
    const QByteArray field = MimeEncoding::unstructuredField("Subject", subject);
    QVERIFY(!field.contains("=?"));
    QVERIFY(field.contains("\r\n "));
    for (const QByteArray& line : field.split('\n'))
        QVERIFY(line.size() <= 79);
    QByteArray unfolded = field;
    unfolded.replace("\r\n ", " ");
    QCOMPARE(unfolded, "Subject: " + subject.toLatin1() + "\r\n");

    const QByteArray from = MimeEncoding::addressField(
        "From", {{QStringLiteral("sales@example.com"), QStringLiteral("Smith, John")}});
    QCOMPARE(from, QByteArray("From: \"Smith, John\" <sales@example.com>\r\n"));
    const QByteArray plain =
        MimeEncoding::addressField("To", {{QStringLiteral("a@b.example"), QStringLiteral("Ann Lee")}});
    QCOMPARE(plain, QByteArray("To: Ann Lee <a@b.example>\r\n"));
    const QByteArray idn = MimeEncoding::addressField("To", {{QStringLiteral("info@โรงแรม.ไทย"), QString()}});
    QVERIFY(idn.contains("@xn--"));
}

void TestMimeMessage::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("long line without spaces") << QByteArray(500, 'x');
    QTest::newRow("equals and trailing space") << QByteArray("a=b \r\nc\t\r\nend ");
    QTest::newRow("thai") << QStringLiteral("สวัสดีครับ ยินดีต้อนรับสู่ Rapport\nบรรทัดที่สอง").toUtf8();
    QTest::newRow("leading dot and From") << QByteArray(".hidden\nFrom here\n..\n.");
    QTest::newRow("escapes at the wrap point")
        << QByteArray(74, 'a') + QByteArray("\xe0\xb8\x81\xe0\xb8\x82=") + QByteArray(80, 'b');
    QTest::newRow("lf only") << QByteArray("one\ntwo\n\nfour");
}

void TestMimeMessage::quotedPrintable()
{
    QFETCH(QByteArray, input);
    const QByteArray encoded = MimeEncoding::quotedPrintable(input);
    for (const QByteArray& line : encoded.split('\n')) {
        QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
        QVERIFY(!line.startsWith('.'));
        if (line.endsWith("\r") && line.size() > 1) {
            const char last = line.at(line.size() - 2);
            QVERIFY2(last != ' ' && last != '\t', "unencoded whitespace at a line end");
        }
    }
    for (char c : encoded)
        QVERIFY(static_cast<unsigned char>(c) < 128);
    QByteArray expected = input;
    expected.replace("\r\n", "\n");
    expected.replace("\n", "\r\n");
    QCOMPARE(decodeQuotedPrintable(encoded), expected);
}

void TestMimeMessage::encodingChoice()
{
    QVERIFY(MimeEncoding::prefersQuotedPrintable("Dear customer,\nyour contract renews soon."));
    QVERIFY(
        !MimeEncoding::prefersQuotedPrintable(QStringLiteral("เรียนลูกค้า สัญญาของท่านจะต่ออายุเร็วๆ นี้").toUtf8()));
}

void TestMimeMessage::dateFormat()
{
    const QDateTime bangkok(QDate(2025, 11, 24), QTime(15, 5, 9), QTimeZone("Asia/Bangkok"));
    QCOMPARE(MimeEncoding::formatDate(bangkok), QByteArray("Mon, 24 Nov 2025 15:05:09 +0700"));
    const QDateTime utc(QDate(2026, 1, 4), QTime(0, 0), QTimeZone::utc());
    QCOMPARE(MimeEncoding::formatDate(utc), QByteArray("Sun, 4 Jan 2026 00:00:00 +0000"));
}

void TestMimeMessage::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << QStringLiteral("<p>Hello <b>Ann</b>,</p>\n  <p>See   you.</p>")
                                << QStringLiteral("Hello Ann,\nSee you.");
    QTest::newRow("br and entities") << QStringLiteral("A &amp; B<br>C&nbsp;&lt;D&gt; &#3585;&#x0e02;")
                                     << QStringLiteral("A & B\nC <D> กข");
    QTest::newRow("link") << QStringLiteral("<a href=\"https://example.com/u?a=1&amp;b=2\">Unsubscribe</a>")
                          << QStringLiteral("Unsubscribe (https://example.com/u?a=1&b=2)");
    QTest::newRow("list") << QStringLiteral("<ul><li>one</li><li>two</li></ul>")
                          << QStringLiteral("- one\n- two");
    QTest::newRow("style dropped")
        << QStringLiteral("<html><head><style>p{color:red}</style></head><body><h1>Hi</h1>x</body></html>")
        << QStringLiteral("Hi\nx");
}

void TestMimeMessage::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html), text);
}

void TestMimeMessage::pythonReadsTheWholeMessage()
{
    MimeMessage message;
    message.from = {QStringLiteral("office@rapport.example"), QStringLiteral("บริษัท ราพอร์ต มิวสิค จำกัด")};
    message.to = {QStringLiteral("somchai@hotel.example"), QStringLiteral("สมชาย ใจดี")};
    message.replyTo = {QStringLiteral("support@rapport.example"), QStringLiteral("Support")};
    message.subject = thaiSubject200();
    message.htmlBody = QStringLiteral("<p>เรียน คุณสมชาย,</p><p>สัญญาของท่านจะหมดอายุใน <b>30</b> วัน</p>");
    message.textBody = QStringLiteral("เรียน คุณสมชาย,\n\nสัญญาของท่านจะหมดอายุใน 30 วัน");
    message.messageId = MimeMessage::newMessageId(QStringLiteral("rapport.example"));
    message.date = QDateTime(QDate(2025, 11, 24), QTime(9, 0), QTimeZone("Asia/Bangkok"));
    message.listUnsubscribe = {QStringLiteral("mailto:unsubscribe@rapport.example?subject=unsubscribe"),
                               QStringLiteral("https://rapport.example/u/abc123")};
    const QByteArray bytes = message.toBytes();
    for (const QByteArray& line : bytes.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData());

    QString error;
    const QJsonObject parsed = PythonEmail::parseBytes(bytes, &error);
    QVERIFY2(!parsed.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.value(QLatin1String("defects")).toArray().size(), 0);
    QCOMPARE(parsed.value(QLatin1String("content_type")).toString(), QStringLiteral("multipart/alternative"));
    const QJsonObject headers = parsed.value(QLatin1String("headers")).toObject();
    QCOMPARE(headers.value(QLatin1String("Subject")).toString(), thaiSubject200());
    QCOMPARE(headers.value(QLatin1String("Message-ID")).toString(), message.messageId);
    QCOMPARE(headers.value(QLatin1String("Date")).toString(),
             QStringLiteral("Mon, 24 Nov 2025 09:00:00 +0700"));
    QCOMPARE(headers.value(QLatin1String("List-Unsubscribe-Post")).toString(),
             QStringLiteral("List-Unsubscribe=One-Click"));
    QVERIFY(headers.value(QLatin1String("List-Unsubscribe"))
                .toString()
                .contains(QLatin1String("<https://rapport.example/u/abc123>")));
    const QJsonObject addresses = parsed.value(QLatin1String("addresses")).toObject();
    const QJsonObject from = addresses.value(QLatin1String("From")).toArray().first().toObject();
    QCOMPARE(from.value(QLatin1String("name")).toString(), message.from.name);
    QCOMPARE(from.value(QLatin1String("address")).toString(), message.from.address);
    const QJsonObject to = addresses.value(QLatin1String("To")).toArray().first().toObject();
    QCOMPARE(to.value(QLatin1String("name")).toString(), message.to.name);
    QCOMPARE(addresses.value(QLatin1String("Reply-To"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("address"))
                 .toString(),
             message.replyTo.address);

    const QJsonArray parts = parsed.value(QLatin1String("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value(QLatin1String("content_type")).toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(parts.at(0).toObject().value(QLatin1String("text")).toString().trimmed(), message.textBody);
    QCOMPARE(parts.at(1).toObject().value(QLatin1String("content_type")).toString(),
             QStringLiteral("text/html"));
    QCOMPARE(parts.at(1).toObject().value(QLatin1String("text")).toString().trimmed(), message.htmlBody);
}

void TestMimeMessage::attachmentsAndTextOnly()
{
    MimeMessage message;
    message.from = {QStringLiteral("office@rapport.example"), {}};
    message.to = {QStringLiteral("ann@example.com"), {}};
    message.subject = QStringLiteral("Invoice");
    message.htmlBody = QStringLiteral("<p>Your invoice is attached.</p>");
    message.messageId = MimeMessage::newMessageId(QStringLiteral("rapport.example"));
    QByteArray pdf(100000, '\0');
    for (int i = 0; i < pdf.size(); ++i)
        pdf[i] = char(i * 7 % 256);
    message.attachments = {
        {QStringLiteral("ใบแจ้งหนี้ INV-1.pdf"), {}, pdf},
        {QStringLiteral("notes.txt"), QStringLiteral("text/plain"), QByteArray("plain\nnotes\n")}};
    const QJsonObject parsed = PythonEmail::parseBytes(message.toBytes());
    QCOMPARE(parsed.value(QLatin1String("content_type")).toString(), QStringLiteral("multipart/mixed"));
    QCOMPARE(parsed.value(QLatin1String("defects")).toArray().size(), 0);
    const QJsonArray parts = parsed.value(QLatin1String("parts")).toArray();
    QCOMPARE(parts.size(), 4);
    // The plain-text alternative was derived from the HTML.
    QCOMPARE(parts.at(0).toObject().value(QLatin1String("text")).toString().trimmed(),
             QStringLiteral("Your invoice is attached."));
    const QJsonObject attachment = parts.at(2).toObject();
    QCOMPARE(attachment.value(QLatin1String("filename")).toString(), QStringLiteral("ใบแจ้งหนี้ INV-1.pdf"));
    QCOMPARE(attachment.value(QLatin1String("content_type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(attachment.value(QLatin1String("size")).toInt(), pdf.size());
    QCOMPARE(attachment.value(QLatin1String("sha1")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha1).toHex()));
    QCOMPARE(parts.at(3).toObject().value(QLatin1String("filename")).toString(), QStringLiteral("notes.txt"));

    MimeMessage textOnly;
    textOnly.from = message.from;
    textOnly.to = message.to;
    textOnly.subject = QStringLiteral("Plain");
    textOnly.textBody = QStringLiteral("Just text.");
    textOnly.messageId = MimeMessage::newMessageId({});
    const QJsonObject plain = PythonEmail::parseBytes(textOnly.toBytes());
    QCOMPARE(plain.value(QLatin1String("content_type")).toString(), QStringLiteral("text/plain"));
    QCOMPARE(
        plain.value(QLatin1String("headers")).toObject().value(QLatin1String("List-Unsubscribe")).toString(),
        QString());
}

void TestMimeMessage::messageIdsAreUnique()
{
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(MimeMessage::newMessageId(QStringLiteral("rapport.example")));
    QCOMPARE(ids.size(), 1000);
    QVERIFY(ids.begin()->endsWith(QLatin1String("@rapport.example>")));
}

QTEST_GUILESS_MAIN(TestMimeMessage)
#include "TestMimeMessage.moc"
