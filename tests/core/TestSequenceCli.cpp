#include "CliRunner.h"
#include "SequenceTestData.h"
#include "db/SqlRun.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The sequence commands of rapport-cli, run as a real process against a real database file.
class TestSequenceCli : public QObject
{
    Q_OBJECT

private slots:
    void sequenceCommands();
    void segmentEnrol();
};

void TestSequenceCli::sequenceCommands()
{
    SequenceTestData data(QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
    QVERIFY(data.ok());
    const qint64 company = data.addCompany(QStringLiteral("Siam Riverside Hotel"));
    const qint64 contact =
        data.addContact(company, QStringLiteral("Malee"), QStringLiteral("malee@siam.example"), true);
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi {{contact_name}}</p>"));
    CliRunner cli(data.path());

    auto added = cli.run({QStringLiteral("sequence"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Onboarding")});
    QCOMPARE(added.exitCode, 0);
    const QString sequenceId = added.lastLine();
    auto triggered =
        cli.run({QStringLiteral("sequence"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Renewal"), QStringLiteral("--trigger"), QStringLiteral("renewal_30_days")});
    QCOMPARE(triggered.exitCode, 0);
    auto badTrigger = cli.run({QStringLiteral("sequence"), QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("X"), QStringLiteral("--trigger"), QStringLiteral("birthday")});
    QCOMPARE(badTrigger.exitCode, 2);
    QVERIFY(badTrigger.err.contains(QStringLiteral("birthday")));

    auto step =
        cli.run({QStringLiteral("sequence"), QStringLiteral("step"), QStringLiteral("add"), sequenceId,
                 QStringLiteral("--template"), QString::number(t), QStringLiteral("--days-delay"),
                 QStringLiteral("2"), QStringLiteral("--send-time"), QStringLiteral("09:30"),
                 QStringLiteral("--condition-field"), QStringLiteral("company.country"),
                 QStringLiteral("--condition_operator"), QStringLiteral("equals"),
                 QStringLiteral("--condition-value"), QStringLiteral("Thailand")});
    QCOMPARE(step.exitCode, 0);
    auto badStep =
        cli.run({QStringLiteral("sequence"), QStringLiteral("step"), QStringLiteral("add"), sequenceId,
                 QStringLiteral("--template"), QString::number(t), QStringLiteral("--condition-field"),
                 QStringLiteral("is_active"), QStringLiteral("--condition-operator"),
                 QStringLiteral("contains"), QStringLiteral("--condition-value"), QStringLiteral("x")});
    QCOMPARE(badStep.exitCode, 2);
    QVERIFY(badStep.err.contains(QStringLiteral("condition_operator")));
    auto noTemplate = cli.run({QStringLiteral("sequence"), QStringLiteral("step"), QStringLiteral("add"),
                               sequenceId, QStringLiteral("--days-delay"), QStringLiteral("1")});
    QCOMPARE(noTemplate.exitCode, 1);

    auto enrolled = cli.run({QStringLiteral("enrol"), QStringLiteral("--sequence"), sequenceId,
                             QStringLiteral("--company"), QString::number(company),
                             QStringLiteral("--contact"), QString::number(contact)});
    QCOMPARE(enrolled.exitCode, 0);
    auto twice = cli.run({QStringLiteral("enrol"), QStringLiteral("--sequence"), sequenceId,
                          QStringLiteral("--company"), QString::number(company), QStringLiteral("--contact"),
                          QString::number(contact)});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY(twice.err.contains(QStringLiteral("already")));

    auto sequences = cli.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("list"),
                              QStringLiteral("sequences")});
    QCOMPARE(sequences.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(sequences.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QJsonObject onboarding;
    for (const auto& row : rows) {
        if (row.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Onboarding"))
            onboarding = row.toObject();
    }
    QCOMPARE(onboarding.value(QStringLiteral("steps")).toInt(), 1);
    QCOMPARE(onboarding.value(QStringLiteral("active_enrolments")).toInt(), 1);
    QCOMPARE(onboarding.value(QStringLiteral("is_active")).toBool(), true);

    auto enrolments = cli.run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("list"),
                               QStringLiteral("enrolments"), QStringLiteral("--sequence"), sequenceId});
    QCOMPARE(enrolments.exitCode, 0);
    QCOMPARE(enrolments.lines().size(), 2);
    QVERIFY(enrolments.lines().at(1).contains(QStringLiteral(",pending,")));
    // 24 Nov 10:00 Bangkok + 2 days at 09:30 Bangkok = 26 Nov 02:30 UTC (the CLI ran with the real clock,
    // so only the time of day is fixed here).
    QVERIFY2(enrolments.lines().at(1).contains(QStringLiteral("T02:30:00")),
             qPrintable(enrolments.lines().at(1)));

    auto cancelled = cli.run({QStringLiteral("enrolment"), QStringLiteral("cancel"), enrolled.lastLine(),
                              QStringLiteral("--reason"), QStringLiteral("Asked by phone")});
    QCOMPARE(cancelled.exitCode, 0);
    auto again = cli.run({QStringLiteral("enrol"), QStringLiteral("--sequence"), sequenceId,
                          QStringLiteral("--company"), QString::number(company)});
    QCOMPARE(again.exitCode, 0);
}

void TestSequenceCli::segmentEnrol()
{
    SequenceTestData data(QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC));
    QVERIFY(data.ok());
    const qint64 company = data.addCompany(QStringLiteral("Siam Riverside Hotel"));
    const qint64 malee =
        data.addContact(company, QStringLiteral("Malee"), QStringLiteral("malee@siam.example"));
    const qint64 pim = data.addContact(company, QStringLiteral("Pim"), QStringLiteral("pim@siam.example"));
    QVERIFY(SqlRun::exec(data.database()->connection(),
                         QStringLiteral("UPDATE contacts SET unsubscribed = 1 WHERE id = ?"), {pim})
                .ok());
    const qint64 t = data.addTemplate(QStringLiteral("sequence_step"), QStringLiteral("en"),
                                      QStringLiteral("Hi"), QStringLiteral("<p>Hi {{contact_name}}</p>"));
    CliRunner cli(data.path());
    const QString sequenceId = cli.run({QStringLiteral("sequence"), QStringLiteral("add"),
                                        QStringLiteral("--name"), QStringLiteral("Onboarding")})
                                   .lastLine();
    QCOMPARE(cli.run({QStringLiteral("sequence"), QStringLiteral("step"), QStringLiteral("add"), sequenceId,
                      QStringLiteral("--template"), QString::number(t), QStringLiteral("--days-delay"),
                      QStringLiteral("1")})
                 .exitCode,
             0);
    QTemporaryDir dir;
    const QString filterPath = dir.filePath(QStringLiteral("thai.json"));
    QFile filter(filterPath);
    QVERIFY(filter.open(QIODevice::WriteOnly));
    filter.write(R"({"version": 1, "entity": "contact", "match": "all", "rules": [
        {"field": "company.country", "operator": "equals", "value": "Thailand"}]})");
    filter.close();
    const auto segment =
        cli.run({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Thai contacts"), QStringLiteral("--filter-file"), filterPath});
    QVERIFY2(segment.exitCode == 0, qPrintable(segment.err));
    const QString segmentId = segment.lastLine();

    const auto enrol =
        cli.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("segment"),
                 QStringLiteral("enrol"), segmentId, QStringLiteral("--sequence"), sequenceId});
    QVERIFY2(enrol.exitCode == 0, qPrintable(enrol.err));
    const QJsonArray rows = QJsonDocument::fromJson(enrol.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    QHash<qint64, QJsonObject> byContact;
    for (const auto& row : rows)
        byContact.insert(row.toObject().value(QStringLiteral("contact_id")).toInteger(), row.toObject());
    QCOMPARE(byContact.value(malee).value(QStringLiteral("result")).toString(), QStringLiteral("enrolled"));
    QVERIFY(byContact.value(malee).value(QStringLiteral("enrolment_id")).toInteger() > 0);
    QCOMPARE(byContact.value(pim).value(QStringLiteral("result")).toString(), QStringLiteral("unsubscribed"));
    QVERIFY(byContact.value(pim).value(QStringLiteral("enrolment_id")).isNull());
    QVERIFY(!byContact.value(pim).value(QStringLiteral("reason")).toString().isEmpty());

    // In a table, the summary comes last; Malee is now already in the sequence.
    const auto again = cli.run({QStringLiteral("segment"), QStringLiteral("enrol"), segmentId,
                                QStringLiteral("--sequence"), sequenceId});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.lastLine().contains(QStringLiteral("Enrolled 0 of 2")), qPrintable(again.out));
    QVERIFY(again.lastLine().contains(QStringLiteral("1 already enrolled")));
    QVERIFY(again.lastLine().contains(QStringLiteral("1 unsubscribed")));

    // Both runs count as uses of the segment.
    const auto listed = cli.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("list"),
                                 QStringLiteral("segments")});
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8())
                 .array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("times_used"))
                 .toInt(),
             2);

    // Usage and input errors.
    QCOMPARE(cli.run({QStringLiteral("segment"), QStringLiteral("enrol"), segmentId}).exitCode, 1);
    const auto noSequence = cli.run({QStringLiteral("segment"), QStringLiteral("enrol"), segmentId,
                                     QStringLiteral("--sequence"), QStringLiteral("999")});
    QCOMPARE(noSequence.exitCode, 2);
    QVERIFY(!noSequence.err.trimmed().isEmpty());
    QCOMPARE(cli.run({QStringLiteral("segment"), QStringLiteral("enrol"), QStringLiteral("999"),
                      QStringLiteral("--sequence"), sequenceId})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(TestSequenceCli)
#include "TestSequenceCli.moc"
