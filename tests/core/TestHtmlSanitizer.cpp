#include "templates/HtmlSanitizer.h"

#include <QtTest>

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void hostileInSafeOut_data();
    void hostileInSafeOut();
    void formattingSurvives_data();
    void formattingSurvives();
    void qtDocumentBecomesEmailFriendly();
    void outputIsStable();
};

void TestHtmlSanitizer::hostileInSafeOut_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("script") << QStringLiteral("<p>a<script>alert(1)</script>b</p>")
                            << QStringLiteral("<p>ab</p>");
    QTest::newRow("script uppercase with attributes")
        << QStringLiteral("<SCRIPT type=\"text/javascript\">x<p>y</p></ScRiPt>ok") << QStringLiteral("ok");
    QTest::newRow("unterminated script")
        << QStringLiteral("<p>a</p><script>alert(1)") << QStringLiteral("<p>a</p>");
    QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil\">fallback</iframe><p>x</p>")
                            << QStringLiteral("<p>x</p>");
    QTest::newRow("object and embed")
        << QStringLiteral("<object data=\"x.swf\"><param name=a value=b></object><embed src=\"y\">z")
        << QStringLiteral("z");
    QTest::newRow("form keeps text, drops controls")
        << QStringLiteral("<form action=\"https://evil\"><p>Name</p><input "
                          "name=a><button>Go</button><textarea>t</textarea></form>")
        << QStringLiteral("<p>Name</p>");
    QTest::newRow("event handlers")
        << QStringLiteral("<p onclick=\"alert(1)\" ONMOUSEOVER='x' style=\"color:red\">x</p>")
        << QStringLiteral("<p style=\"color:red\">x</p>");
    QTest::newRow("img onerror") << QStringLiteral(
                                        "<img src=\"https://example.com/a.png\" onerror=\"alert(1)\">")
                                 << QStringLiteral("<img src=\"https://example.com/a.png\">");
    QTest::newRow("javascript link") << QStringLiteral("<a href=\"javascript:alert(1)\">click</a>")
                                     << QStringLiteral("click");
    QTest::newRow("javascript link obfuscated")
        << QStringLiteral("<a href=\" jav&#x09;ascript&#58;alert(1)\">click</a>") << QStringLiteral("click");
    QTest::newRow("javascript link entity no semicolon")
        << QStringLiteral("<a href=\"&#106avascript:alert(1)\">c</a>") << QStringLiteral("c");
    QTest::newRow("vbscript link") << QStringLiteral("<a href=\"vbscript:x\">c</a>") << QStringLiteral("c");
    QTest::newRow("data link") << QStringLiteral("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">c</a>")
                               << QStringLiteral("c");
    QTest::newRow("file link") << QStringLiteral("<a href=\"file:///etc/passwd\">c</a>")
                               << QStringLiteral("c");
    QTest::newRow("file image") << QStringLiteral("<p><img src=\"file:///etc/passwd\">x</p>")
                                << QStringLiteral("<p>x</p>");
    QTest::newRow("relative link") << QStringLiteral("<a href=\"/admin\">c</a>") << QStringLiteral("c");
    QTest::newRow("svg with script") << QStringLiteral("<svg><script>alert(1)</script></svg>ok")
                                     << QStringLiteral("ok");
    QTest::newRow("style element") << QStringLiteral("<style>p{color:red}</style><p>x</p>")
                                   << QStringLiteral("<p>x</p>");
    QTest::newRow("css expression") << QStringLiteral(
                                           "<p style=\"width:expression(alert(1)); color:blue\">x</p>")
                                    << QStringLiteral("<p style=\"color:blue\">x</p>");
    QTest::newRow("css url")
        << QStringLiteral("<p style=\"background-color: red; background-image:url(javascript:x)\">x</p>")
        << QStringLiteral("<p style=\"background-color:red\">x</p>");
    QTest::newRow("css comment evasion")
        << QStringLiteral("<p style=\"color:ex/**/pression(x)\">x</p>") << QStringLiteral("<p>x</p>");
    QTest::newRow("css escape evasion")
        << QStringLiteral("<p style=\"color:\\75rl(x)\">x</p>") << QStringLiteral("<p>x</p>");
    QTest::newRow("meta refresh")
        << QStringLiteral("<meta http-equiv=\"refresh\" content=\"0;url=https://evil\"><p>x</p>")
        << QStringLiteral("<p>x</p>");
    QTest::newRow("base and link")
        << QStringLiteral("<base href=\"https://evil/\"><link rel=stylesheet href=\"https://evil/x.css\">x")
        << QStringLiteral("x");
    QTest::newRow("comment hiding markup")
        << QStringLiteral("<!-- <script>x</script> -->y") << QStringLiteral("y");
    QTest::newRow("conditional comment")
        << QStringLiteral("<!--[if IE]><script>x</script><![endif]-->y") << QStringLiteral("y");
    QTest::newRow("unclosed tags are closed")
        << QStringLiteral("<p><b>bold") << QStringLiteral("<p><b>bold</b></p>");
    QTest::newRow("stray close ignored") << QStringLiteral("</div>text</b>") << QStringLiteral("text");
    QTest::newRow("angle brackets in text escaped")
        << QStringLiteral("1 < 2 & 3 > 2") << QStringLiteral("1 &lt; 2 &amp; 3 &gt; 2");
    QTest::newRow("unterminated tag dropped")
        << QStringLiteral("ok<img src=x onerror=alert(1)") << QStringLiteral("ok");
    QTest::newRow("attribute value with markup")
        << QStringLiteral("<p title=\"&quot;><script>x</script>\">t</p>")
        << QStringLiteral("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">t</p>");
    QTest::newRow("class and id dropped")
        << QStringLiteral("<p class=\"x\" id=\"y\">t</p>") << QStringLiteral("<p>t</p>");
    QTest::newRow("target dropped") << QStringLiteral("<a href=\"https://a.b\" target=\"_blank\">t</a>")
                                    << QStringLiteral("<a href=\"https://a.b\">t</a>");
    QTest::newRow("unknown element unwrapped")
        << QStringLiteral("<center><blink>t</blink></center>") << QStringLiteral("t");
    QTest::newRow("width with script")
        << QStringLiteral("<td width=\"javascript:x\">t</td>") << QStringLiteral("<td>t</td>");
}

void TestHtmlSanitizer::hostileInSafeOut()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QString clean = HtmlSanitizer::sanitize(html);
    QCOMPARE(clean, expected);
    // Whatever the input, nothing executable survives.
    for (const char* forbidden : {"<script", "<iframe", "<object", "<embed", "<form", "<input",
                                  "javascript:", "file:", " on", "<style", "<meta", "<base", "<link"})
        QVERIFY2(!clean.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
}

void TestHtmlSanitizer::formattingSurvives_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("inline") << QStringLiteral(
        "<p><b>b</b><i>i</i><u>u</u><s>s</s><strong>st</strong><em>em</em></p>");
    QTest::newRow("headings") << QStringLiteral("<h1>a</h1><h2>b</h2><h3>c</h3>");
    QTest::newRow("lists") << QStringLiteral("<ul><li>a</li></ul><ol><li>b</li></ol>");
    QTest::newRow("links") << QStringLiteral(
        "<a href=\"https://example.com/?a=1&amp;b=2\">x</a> <a href=\"mailto:a@b.co\">m</a> "
        "<a href=\"http://example.com\">h</a>");
    QTest::newRow("variable link") << QStringLiteral(
        "<a href=\"{{unsubscribe_url}}\">u</a> <a href=\"{{ unsubscribe_url }}\">v</a>");
    QTest::newRow("alignment and colour")
        << QStringLiteral("<p align=\"center\"><span style=\"color:#ff0000\">red</span></p>");
    QTest::newRow("table") << QStringLiteral(
        "<table border=\"1\" cellpadding=\"4\"><tr><td colspan=\"2\">c</td></tr></table>");
    QTest::newRow("thai text") << QStringLiteral("<p>เรียน คุณ {{contact_name}}</p>");
    QTest::newRow("inline image") << QStringLiteral(
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"logo\">");
}

void TestHtmlSanitizer::formattingSurvives()
{
    QFETCH(QString, html);
    QCOMPARE(HtmlSanitizer::sanitize(html), html);
}

void TestHtmlSanitizer::qtDocumentBecomesEmailFriendly()
{
    // What QTextDocument::toHtml() writes in Qt 6.4 for a paragraph with bold text and a link.
    const QString qt = QStringLiteral(
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\" \"http://www.w3.org/TR/REC-html40/strict.dtd\">\n"
        "<html><head><meta name=\"qrichtext\" content=\"1\" /><meta charset=\"utf-8\" /><style "
        "type=\"text/css\">\n"
        "p, li { white-space: pre-wrap; }\nhr { height: 1px; border-width: 0; }\n</style></head>"
        "<body style=\" font-family:'Sans Serif'; font-size:9pt; font-weight:400; font-style:normal;\">\n"
        "<p style=\" margin-top:0px; margin-bottom:0px; margin-left:0px; margin-right:0px; "
        "-qt-block-indent:0; text-indent:0px;\">"
        "Hello <span style=\" font-weight:700;\">{{contact_name}}</span> <a href=\"https://example.com\">"
        "<span style=\" text-decoration: underline; color:#0000ff;\">site</span></a></p>\n"
        "<p style=\"-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px; margin-left:0px; "
        "margin-right:0px; "
        "-qt-block-indent:0; text-indent:0px;\"><br /></p></body></html>");
    const QString clean = HtmlSanitizer::sanitize(qt);
    for (const char* marker : {"-qt-", "qrichtext", "<!DOCTYPE", "<html", "<head", "<body", "<style", "<meta",
                               "white-space: pre-wrap"})
        QVERIFY2(!clean.contains(QLatin1String(marker), Qt::CaseInsensitive), marker);
    QVERIFY2(clean.contains(QLatin1String("<span style=\"font-weight:700\">{{contact_name}}</span>")),
             qPrintable(clean));
    QVERIFY2(clean.contains(QLatin1String("<a href=\"https://example.com\">")), qPrintable(clean));
    QVERIFY2(clean.startsWith(QLatin1String("<p style=\"margin-top:0px; margin-bottom:0px; margin-left:0px; "
                                            "margin-right:0px; text-indent:0px\">")),
             qPrintable(clean));
}

void TestHtmlSanitizer::outputIsStable()
{
    const QString once = HtmlSanitizer::sanitize(
        QStringLiteral("<p style=\"color: red;;-qt-x:1\" onclick=x>a<b>b<i>c</p>d<script>e"));
    QCOMPARE(HtmlSanitizer::sanitize(once), once);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "TestHtmlSanitizer.moc"
