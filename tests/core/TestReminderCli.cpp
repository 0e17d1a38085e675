#include "CliRunner.h"
#include "PythonEmail.h"
#include "SmtpTestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

// Issue 6's "must show", end to end with nothing but rapport-cli processes and a real SMTP
// server: a contract ending 30 days from --now, one billing contact and an active
// renewal_30_days template; `scheduler run-once --now T` three times and once more a day later
// delivers exactly one reminder, to the billing contact, with the contract number in the body.
class TestReminderCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SmtpTestServer> m_server;
    QString m_passwordFile;

    CliRunner cli() const { return CliRunner(m_dir.filePath(QStringLiteral("rapport.db"))); }

    // Runs a command that must succeed; its last line (a new record's id), nothing when it failed.
    std::optional<QString> ok(const QStringList& arguments)
    {
        const auto outcome = cli().run(arguments);
        if (outcome.exitCode != 0) {
            qWarning() << arguments << "exited" << outcome.exitCode << outcome.err;
            return std::nullopt;
        }
        return outcome.lastLine();
    }

    CliRunner::Outcome runOnce(const QString& now)
    {
        return cli().run({QStringLiteral("--now"), now, QStringLiteral("--smtp-password-file"),
                          m_passwordFile, QStringLiteral("scheduler"), QStringLiteral("run-once")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SmtpTestServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_passwordFile = m_dir.filePath(QStringLiteral("smtp-password"));
        QFile password(m_passwordFile);
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(m_server->options().password.toUtf8() + "\n");
    }

    void mustShowOneRenewalReminder();
};

void TestReminderCli::mustShowOneRenewalReminder()
{
    // 10:00 in Bangkok (the default office zone), after the 09:00 daily run time.
    const QString now = QStringLiteral("2026-11-24T03:00:00Z");
    const QString dayLater = QStringLiteral("2026-11-25T03:00:00Z");
    QVERIFY(ok({QStringLiteral("init")}));
    QVERIFY(ok({QStringLiteral("smtp"), QStringLiteral("set"), QStringLiteral("--host"), m_server->host(),
                QStringLiteral("--port"), QString::number(m_server->port()), QStringLiteral("--security"),
                QStringLiteral("starttls"), QStringLiteral("--user"), m_server->options().user,
                QStringLiteral("--ca-file"), m_server->certificateFile(), QStringLiteral("--from"),
                QStringLiteral("office@rapport.example")})
                .has_value());

    const QString company = ok({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                                QStringLiteral("Siam Riverside Hotel")})
                                .value_or(QString());
    QVERIFY(!company.isEmpty());
    QVERIFY(ok({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--company"), company,
                QStringLiteral("--name"), QStringLiteral("Khun Malee"), QStringLiteral("--email"),
                QStringLiteral("malee@siam.example"), QStringLiteral("--is-billing-contact"),
                QStringLiteral("true")})
                .has_value());
    QVERIFY(ok({QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--company"), company,
                QStringLiteral("--name"), QStringLiteral("Khun Niran"), QStringLiteral("--email"),
                QStringLiteral("niran@siam.example")})
                .has_value());
    QVERIFY(ok({QStringLiteral("--now"), now, QStringLiteral("add"), QStringLiteral("contract"),
                QStringLiteral("--company"), company, QStringLiteral("--contract_number"),
                QStringLiteral("C-2026-0042"), QStringLiteral("--start_date"), QStringLiteral("2025-12-24"),
                QStringLiteral("--end_date"), QStringLiteral("2026-12-24"), QStringLiteral("--monthly_value"),
                QStringLiteral("12500"), QStringLiteral("--status"), QStringLiteral("active")})
                .has_value());
    const QString htmlPath = m_dir.filePath(QStringLiteral("renewal.html"));
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::WriteOnly));
    html.write("<p>Dear {{contact_name}},</p><p>your contract {{contract_number}} ends on {{end_date}}.</p>");
    html.close();
    QVERIFY(
        ok({QStringLiteral("template"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Renewal in 30 days"), QStringLiteral("--type"), QStringLiteral("renewal_30_days"),
            QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--subject"),
            QStringLiteral("Your contract ends in {{days_until_expiry}} days"), QStringLiteral("--html-file"),
            htmlPath, QStringLiteral("--active")})
            .has_value());

    for (int run = 0; run < 3; ++run) {
        const auto outcome = runOnce(now);
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    }
    const auto nextDay = runOnce(dayLater);
    QVERIFY2(nextDay.exitCode == 0, qPrintable(nextDay.err));

    QCOMPARE(m_server->messageCount(), 1);
    QString error;
    const QJsonArray parsed = PythonEmail::parseFiles(m_server->messageFiles(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject mail = parsed.first().toObject();
    const QJsonArray to =
        mail.value(QLatin1String("addresses")).toObject().value(QLatin1String("To")).toArray();
    QCOMPARE(to.size(), 1);
    QCOMPARE(to.first().toObject().value(QLatin1String("address")).toString(),
             QStringLiteral("malee@siam.example"));
    QCOMPARE(mail.value(QLatin1String("headers")).toObject().value(QLatin1String("Subject")).toString(),
             QStringLiteral("Your contract ends in 30 days"));
    bool htmlHasNumber = false;
    bool textHasNumber = false;
    for (const auto& part : mail.value(QLatin1String("parts")).toArray()) {
        const QJsonObject object = part.toObject();
        const bool hasNumber =
            object.value(QLatin1String("text")).toString().contains(QLatin1String("C-2026-0042"));
        if (object.value(QLatin1String("content_type")).toString() == QLatin1String("text/html"))
            htmlHasNumber = hasNumber;
        else if (object.value(QLatin1String("content_type")).toString() == QLatin1String("text/plain"))
            textHasNumber = hasNumber;
    }
    QVERIFY(htmlHasNumber);
    QVERIFY(textHasNumber); // derived from the HTML by the template engine
}

QTEST_GUILESS_MAIN(TestReminderCli)
#include "TestReminderCli.moc"
