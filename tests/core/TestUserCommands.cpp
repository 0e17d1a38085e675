// rapport-cli user add / list / set / password, run as a real process against a real SQLite file.
#include "TestBackend.h"
#include "db/Database.h"
#include "db/SqlRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(RAPPORT_CLI_PATH), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class TestUserCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addThenListAsCsv();
    void listAsJsonNeverShowsTheHash();
    void refusesBadInput();
    void setAndPasswordChangeTheUser();

private:
    QStringList db() const
    {
        return {QStringLiteral("--db"), TestBackend::location(m_dir->filePath(QStringLiteral("x.sqlite")))};
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUserCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUserCommands::addThenListAsCsv()
{
    const QString secret = QStringLiteral("clear-text-pw-42");
    Run add = runCli(db() << QStringLiteral("user") << QStringLiteral("add") << QStringLiteral("alice")
                          << QStringLiteral("--role") << QStringLiteral("sales")
                          << QStringLiteral("--password-stdin"),
                     secret.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(add.out.trimmed().split(QLatin1Char('\n')).last(), QStringLiteral("1"));

    Run list = runCli(db() << QStringLiteral("user") << QStringLiteral("list") << QStringLiteral("--format")
                           << QStringLiteral("csv"));
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    const QStringList header = lines[0].trimmed().split(QLatin1Char(','));
    const QStringList row = lines[1].trimmed().split(QLatin1Char(','));
    QCOMPARE(row.value(header.indexOf(QStringLiteral("username"))), QStringLiteral("alice"));
    QCOMPARE(row.value(header.indexOf(QStringLiteral("role"))), QStringLiteral("sales"));
    QCOMPARE(row.value(header.indexOf(QStringLiteral("is_active"))), QStringLiteral("true"));
    QVERIFY(!list.out.contains(QLatin1String("argon2")));

    if (TestBackend::isPostgres()) {
        auto database = Database::open(db().last());
        QVERIFY(database);
        auto rows = SqlRun::exec((*database)->connection(), QStringLiteral("SELECT t::text FROM users AS t"));
        QVERIFY(rows);
        while (rows->next())
            QVERIFY2(!rows->value(0).toString().contains(secret), "the clear password is in the database");
        (*database)->closeThreadConnection();
        return;
    }
    QFile file(m_dir->filePath(QStringLiteral("x.sqlite")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains(secret.toUtf8()), "the clear password is in the database file");
}

void TestUserCommands::listAsJsonNeverShowsTheHash()
{
    QCOMPARE(runCli(db() << QStringLiteral("user") << QStringLiteral("add") << QStringLiteral("somchai")
                         << QStringLiteral("--role") << QStringLiteral("tech-support")
                         << QStringLiteral("--full-name") << QStringLiteral("สมชาย ใจดี")
                         << QStringLiteral("--email") << QStringLiteral("somchai@example.co.th")
                         << QStringLiteral("--password-stdin"),
                    "pw\n")
                 .exitCode,
             0);
    Run list = runCli(db() << QStringLiteral("user") << QStringLiteral("list") << QStringLiteral("--format")
                           << QStringLiteral("json"));
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject user = rows.first().toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("somchai"));
    QCOMPARE(user.value(QStringLiteral("full_name")).toString(), QStringLiteral("สมชาย ใจดี"));
    QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("somchai@example.co.th"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("tech_support"));
    QCOMPARE(user.value(QStringLiteral("is_active")).toBool(), true);
    const QStringList keys = user.keys();
    for (const QString& key : keys)
        QVERIFY2(!key.contains(QLatin1String("password")) && !key.contains(QLatin1String("hash")),
                 qPrintable(key));
}

void TestUserCommands::refusesBadInput()
{
    const QStringList add = db() << QStringLiteral("user") << QStringLiteral("add") << QStringLiteral("bob");
    Run badRole = runCli(add + QStringList{QStringLiteral("--role"), QStringLiteral("boss"),
                                           QStringLiteral("--password-stdin")},
                         "pw\n");
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY(badRole.err.contains(QLatin1String("role")));
    Run noStdin = runCli(add + QStringList{QStringLiteral("--role"), QStringLiteral("sales")});
    QCOMPARE(noStdin.exitCode, 1);
    Run emptyPassword = runCli(add + QStringList{QStringLiteral("--role"), QStringLiteral("sales"),
                                                 QStringLiteral("--password-stdin")},
                               "\n");
    QCOMPARE(emptyPassword.exitCode, 2);
    QVERIFY(emptyPassword.err.contains(QLatin1String("password")));
    QCOMPARE(runCli(add + QStringList{QStringLiteral("--role"), QStringLiteral("sales"),
                                      QStringLiteral("--password-stdin")},
                    "pw\n")
                 .exitCode,
             0);
    Run duplicate = runCli(db() << QStringLiteral("user") << QStringLiteral("add") << QStringLiteral("BOB")
                                << QStringLiteral("--role") << QStringLiteral("sales")
                                << QStringLiteral("--password-stdin"),
                           "pw\n");
    QCOMPARE(duplicate.exitCode, 2);
    QCOMPARE(duplicate.err.count(QLatin1Char('\n')), 1); // one sentence
}

void TestUserCommands::setAndPasswordChangeTheUser()
{
    QCOMPARE(runCli(db() << QStringLiteral("user") << QStringLiteral("add") << QStringLiteral("root")
                         << QStringLiteral("--role") << QStringLiteral("admin")
                         << QStringLiteral("--password-stdin"),
                    "pw\n")
                 .exitCode,
             0);
    // The last active admin cannot be demoted, from the CLI either.
    Run demote = runCli(db() << QStringLiteral("user") << QStringLiteral("set") << QStringLiteral("root")
                             << QStringLiteral("--role") << QStringLiteral("sales"));
    QCOMPARE(demote.exitCode, 2);
    Run rename = runCli(db() << QStringLiteral("user") << QStringLiteral("set") << QStringLiteral("root")
                             << QStringLiteral("--full-name") << QStringLiteral("Office Admin"));
    QVERIFY2(rename.exitCode == 0, qPrintable(rename.err));
    Run password = runCli(db() << QStringLiteral("user") << QStringLiteral("password")
                               << QStringLiteral("root") << QStringLiteral("--password-stdin"),
                          "new one\n");
    QVERIFY2(password.exitCode == 0, qPrintable(password.err));
    Run list = runCli(db() << QStringLiteral("user") << QStringLiteral("list") << QStringLiteral("--format")
                           << QStringLiteral("csv"));
    QVERIFY(list.out.contains(QLatin1String("Office Admin")));
}

QTEST_GUILESS_MAIN(TestUserCommands)
#include "TestUserCommands.moc"
