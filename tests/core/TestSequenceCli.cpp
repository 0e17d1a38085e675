#include "CliRunner.h"
#include "SequenceTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The sequence commands of rapport-cli, run as a real process against a real database file.
class TestSequenceCli : public QObject
{
    Q_OBJECT

private slots:
    void sequenceCommands();
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

QTEST_GUILESS_MAIN(TestSequenceCli)
#include "TestSequenceCli.moc"
