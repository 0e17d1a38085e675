#include "TestBackend.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// A QStringList from space-separated words (string literals do not convert implicitly here).
QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

// rapport-cli's ticket commands as real processes: numbering under two concurrent writers, a
// deleted number never reused, first response ignoring internal notes, attachments and stats.
class TestTicketCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void twoProcessesNumberDistinctAndConsecutive();
    void deletedNumberIsNotReused();
    void firstResponseSetByPublicCommentOnly();
    void attachAndStats();
    void errors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QString lastLine() const { return out.trimmed().section(QLatin1Char('\n'), -1); }
    };
    Run cli(const QStringList& arguments) const;
    QString addTicket(const QStringList& extra = {}) const;
    QJsonArray json(const QStringList& arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_companyId;
    QString m_contactId;
    const QString m_now = QStringLiteral("2026-03-02T10:00:00+07:00");
};

TestTicketCli::Run TestTicketCli::cli(const QStringList& arguments) const
{
    QProcess process;
    process.start(QStringLiteral(RAPPORT_CLI_PATH),
                  QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), m_now} + arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestTicketCli::addTicket(const QStringList& extra) const
{
    const Run run =
        cli(QStringList{QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--company"),
                        m_companyId, QStringLiteral("--subject"), QStringLiteral("No music in bar"),
                        QStringLiteral("--description"), QStringLiteral("Bar zone silent since noon"),
                        QStringLiteral("--category"), QStringLiteral("zone_config")} +
            extra);
    if (run.exitCode != 0)
        qWarning("add ticket failed: %s", qPrintable(run.err));
    return run.exitCode == 0 ? run.lastLine() : QString();
}

QJsonArray TestTicketCli::json(const QStringList& arguments) const
{
    const Run run = cli(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestTicketCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = TestBackend::location(m_dir->filePath(QStringLiteral("rapport.db")));
    Run company = cli({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                       QStringLiteral("Lanna Boutique Resort")});
    QCOMPARE(company.exitCode, 0);
    m_companyId = company.lastLine();
    Run contact = cli({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--company"),
                       m_companyId, QStringLiteral("--name"), QStringLiteral("Malee Srisuk"),
                       QStringLiteral("--email"), QStringLiteral("malee@lanna.example")});
    QCOMPARE(contact.exitCode, 0);
    m_contactId = contact.lastLine();
}

void TestTicketCli::twoProcessesNumberDistinctAndConsecutive()
{
    // Two shell loops, each running rapport-cli 300 times against the same file on the same
    // simulated office day; any failed command fails its loop.
    const QString script = QStringLiteral(
        "i=0; while [ $i -lt 300 ]; do \"$CLI\" --db \"$DB\" --now \"$NOW\" add ticket --company "
        "\"$COMPANY\" "
        "--subject \"Loop $LOOP/$i\" --description \"Concurrent numbering\" --category technical | tail -n 1 "
        ">> \"$OUT\" || exit 1; i=$((i+1)); done");
    QList<QProcess*> loops;
    for (int loop = 0; loop < 2; ++loop) {
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLI"), QStringLiteral(RAPPORT_CLI_PATH));
        env.insert(QStringLiteral("DB"), m_db);
        env.insert(QStringLiteral("NOW"), m_now);
        env.insert(QStringLiteral("COMPANY"), m_companyId);
        env.insert(QStringLiteral("LOOP"), QString::number(loop));
        env.insert(QStringLiteral("OUT"), m_dir->filePath(QStringLiteral("numbers-%1.txt").arg(loop)));
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // pipefail so that a failing rapport-cli (not tail) fails the loop.
        process->start(QStringLiteral("/bin/bash"),
                       {QStringLiteral("-c"), QStringLiteral("set -o pipefail; ") + script});
        loops << process;
    }
    for (QProcess* process : loops) {
        QVERIFY(process->waitForFinished(850000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }

    QStringList numbers;
    for (int loop = 0; loop < 2; ++loop) {
        QFile file(m_dir->filePath(QStringLiteral("numbers-%1.txt").arg(loop)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 300);
        numbers << lines;
    }
    static const QRegularExpression pattern(QStringLiteral("^T-20260302-(\\d{4})$"));
    QSet<int> sequence;
    for (const QString& number : std::as_const(numbers)) {
        const auto match = pattern.match(number);
        QVERIFY2(match.hasMatch(), qPrintable(number));
        sequence.insert(match.captured(1).toInt());
    }
    QCOMPARE(sequence.size(), 600);
    for (int n = 1; n <= 600; ++n)
        QVERIFY2(sequence.contains(n), qPrintable(QStringLiteral("missing %1").arg(n)));
    QCOMPARE(json({QStringLiteral("list"), QStringLiteral("tickets")}).size(), 600);
}

void TestTicketCli::deletedNumberIsNotReused()
{
    QCOMPARE(addTicket(), QStringLiteral("T-20260302-0001"));
    QCOMPARE(addTicket(), QStringLiteral("T-20260302-0002"));
    QCOMPARE(
        cli({QStringLiteral("delete"), QStringLiteral("ticket"), QStringLiteral("T-20260302-0002")}).exitCode,
        0);
    QCOMPARE(addTicket(), QStringLiteral("T-20260302-0003"));
    const QJsonArray tickets = json({QStringLiteral("list"), QStringLiteral("tickets")});
    QCOMPARE(tickets.size(), 2);
}

void TestTicketCli::firstResponseSetByPublicCommentOnly()
{
    const QString number = addTicket(
        {QStringLiteral("--contact"), m_contactId, QStringLiteral("--priority"), QStringLiteral("urgent")});
    QVERIFY(!number.isEmpty());
    const auto ticket = [&]() {
        return json({QStringLiteral("list"), QStringLiteral("tickets")}).first().toObject();
    };
    QCOMPARE(ticket().value(QStringLiteral("assigned_team")).toString(), QStringLiteral("tech"));
    QCOMPARE(ticket().value(QStringLiteral("priority")).toString(), QStringLiteral("urgent"));
    QCOMPARE(ticket().value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-03-05T03:00:00Z"));
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("comment"), number, QStringLiteral("--text"),
                  QStringLiteral("Looks like the vendor firmware"), QStringLiteral("--internal")})
                 .exitCode,
             0);
    QVERIFY(ticket().value(QStringLiteral("first_response_at")).isNull());
    QVERIFY(ticket().value(QStringLiteral("first_response_hours")).isNull());
    // created_by is a user id like assigned_to (none for the CLI on a file), the name beside it.
    QVERIFY(ticket().value(QStringLiteral("created_by")).isNull());
    QCOMPARE(ticket().value(QStringLiteral("created_by_name")).toString(), QStringLiteral("cli"));
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("comment"), number, QStringLiteral("--text"),
                  QStringLiteral("We are on it")})
                 .exitCode,
             0);
    QCOMPARE(ticket().value(QStringLiteral("first_response_at")).toString(),
             QStringLiteral("2026-03-02T03:00:00Z"));
    // Hours are JSON numbers, not strings.
    QVERIFY(ticket().value(QStringLiteral("first_response_hours")).isDouble());
    QCOMPARE(ticket().value(QStringLiteral("first_response_hours")).toDouble(), 0.0);

    const Run set = cli({QStringLiteral("set"), QStringLiteral("ticket"), number, QStringLiteral("--status"),
                         QStringLiteral("resolved")});
    QCOMPARE(set.exitCode, 0);
    QVERIFY(!ticket().value(QStringLiteral("resolved_at")).isNull());
    QCOMPARE(json({QStringLiteral("list"), QStringLiteral("tickets"), QStringLiteral("--status"),
                   QStringLiteral("resolved")})
                 .size(),
             1);
    QCOMPARE(json({QStringLiteral("list"), QStringLiteral("tickets"), QStringLiteral("--status"),
                   QStringLiteral("new")})
                 .size(),
             0);

    const QJsonArray timeline = json({QStringLiteral("ticket"), QStringLiteral("show"), number});
    QStringList kinds;
    for (const QJsonValue& entry : timeline)
        kinds << entry.toObject().value(QStringLiteral("kind")).toString();
    QCOMPARE(kinds, (words("created internal_note comment event")));
}

void TestTicketCli::attachAndStats()
{
    const QString number = addTicket();
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("zone: bar\nstatus: offline\n");
    file.close();
    const QJsonArray attached = json({QStringLiteral("ticket"), QStringLiteral("attach"), number, path});
    QCOMPARE(attached.size(), 1);
    QCOMPARE(
        attached.first().toObject().value(QStringLiteral("sha256")).toString(),
        QString::fromLatin1(
            QCryptographicHash::hash("zone: bar\nstatus: offline\n", QCryptographicHash::Sha256).toHex()));
    QCOMPARE(attached.first().toObject().value(QStringLiteral("mime_type")).toString(),
             QStringLiteral("text/plain"));

    // In the default format the new attachment's id is the last line (SPEC §10).
    const Run again = cli({QStringLiteral("ticket"), QStringLiteral("attach"), number, path});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("notes.txt")));
    QCOMPARE(again.lastLine().toLongLong(),
             attached.first().toObject().value(QStringLiteral("id")).toInteger() + 1);

    const QJsonArray stats = json({QStringLiteral("ticket"), QStringLiteral("stats")});
    QMap<QString, QJsonValue> values;
    for (const QJsonValue& row : stats)
        values.insert(row.toObject().value(QStringLiteral("metric")).toString(),
                      row.toObject().value(QStringLiteral("value")));
    QCOMPARE(values.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(values.value(QStringLiteral("status_new")).toInt(), 1);
    QCOMPARE(values.value(QStringLiteral("priority_medium")).toInt(), 1);
    QCOMPARE(values.value(QStringLiteral("unassigned")).toInt(), 1);
    QCOMPARE(values.value(QStringLiteral("overdue")).toInt(), 0);
    QVERIFY(values.value(QStringLiteral("avg_first_response_hours")).isNull());
    QVERIFY(values.contains(QStringLiteral("avg_resolution_hours")));

    const Run csv = cli({QStringLiteral("ticket"), QStringLiteral("stats"), QStringLiteral("--format"),
                         QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith(QStringLiteral("metric,value\n")));
}

void TestTicketCli::errors()
{
    // Missing subject: invalid input, naming the field.
    const Run missing = cli({QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--company"),
                             m_companyId, QStringLiteral("--description"), QStringLiteral("x"),
                             QStringLiteral("--category"), QStringLiteral("billing")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("subject")));
    const Run noCategory = cli({QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--company"),
                                m_companyId, QStringLiteral("--subject"), QStringLiteral("s"),
                                QStringLiteral("--description"), QStringLiteral("d")});
    QCOMPARE(noCategory.exitCode, 2);
    QVERIFY2(noCategory.err.contains(QStringLiteral("--category")), qPrintable(noCategory.err));
    const Run badCategory =
        cli({QStringLiteral("add"), QStringLiteral("ticket"), QStringLiteral("--company"), m_companyId,
             QStringLiteral("--subject"), QStringLiteral("s"), QStringLiteral("--description"),
             QStringLiteral("d"), QStringLiteral("--category"), QStringLiteral("music")});
    QCOMPARE(badCategory.exitCode, 2);
    QVERIFY(badCategory.err.contains(QStringLiteral("category")));
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("comment"), QStringLiteral("T-20260302-9999"),
                  QStringLiteral("--text"), QStringLiteral("hi")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("comment"), QStringLiteral("1")}).exitCode, 1);
    // Only an active user can be given a ticket.
    const Run nobody = cli({QStringLiteral("set"), QStringLiteral("ticket"), addTicket(),
                            QStringLiteral("--assigned-to"), QStringLiteral("999")});
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains(QStringLiteral("assigned_to")), qPrintable(nobody.err));
    QCOMPARE(cli({QStringLiteral("ticket"), QStringLiteral("attach"), addTicket(),
                  m_dir->filePath(QStringLiteral("missing.bin"))})
                 .exitCode,
             3);
}

QTEST_GUILESS_MAIN(TestTicketCli)
#include "TestTicketCli.moc"
