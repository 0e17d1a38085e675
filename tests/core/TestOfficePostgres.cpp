#include "CliRunner.h"
#include "PostgresServer.h"
#include "auth/UserService.h"
#include "common/FixedClock.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "office/OfficeSignIn.h"
#include "records/CompanyService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Office mode end to end on a real PostgreSQL 15 server, driven through rapport-cli and psql:
// moving a desktop's SQLite file into an office database, and the roles and row-level security
// of `admin create-office-db` checked with each user's own database credentials.
class TestOfficePostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_server.reset(); }
    void migrateCopiesADemoDatabase();
    void migrateRefusesADatabaseThatHoldsData();
    void officeRolesEnforceThePermissionMatrix_data();
    void officeRolesEnforceThePermissionMatrix();
    void wrongPasswordIsRefused();
    void desktopSignInConnectsAsTheUsersOwnRole();
    void adminManagesLoginRolesFromTheirOwnDesktop();
    void liveRefreshBetweenTwoConnections();
    void listenerReconnectsAfterTheConnectionDropped();

private:
    QString superuserUrl(const QString& database) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_server->port()).arg(database);
    }
    QString createEmptyDatabase(const QString& name);
    void prepareOffice();
    static QMap<QString, QJsonObject> byId(const QString& json);

    std::unique_ptr<PostgresServer> m_server;
    QTemporaryDir m_dir;
    QString m_demoFile;
    QString m_migrated;
    bool m_officeReady = false;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc())};
};

void TestOfficePostgres::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    if (!m_server->isRunning())
        QSKIP(qPrintable(m_server->unavailableReason()));
    QVERIFY(m_dir.isValid());
}

QString TestOfficePostgres::createEmptyDatabase(const QString& name)
{
    bool ok = false;
    const QString output = m_server->psql(
        QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8'").arg(name), &ok);
    if (!ok)
        qWarning("%s", qPrintable(output));
    return superuserUrl(name);
}

QMap<QString, QJsonObject> TestOfficePostgres::byId(const QString& json)
{
    QMap<QString, QJsonObject> rows;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array)
        rows.insert(value.toObject().value(QStringLiteral("id")).toVariant().toString(), value.toObject());
    return rows;
}

void TestOfficePostgres::migrateCopiesADemoDatabase()
{
    m_demoFile = m_dir.filePath(QStringLiteral("desktop.db"));
    CliRunner desktop(m_demoFile);
    auto demo = desktop.run({QStringLiteral("demo"), QStringLiteral("--companies"), QStringLiteral("25"),
                             QStringLiteral("--contacts-per-company"), QStringLiteral("3"),
                             QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    auto user =
        desktop.run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("malee"),
                     QStringLiteral("--role"), QStringLiteral("sales"), QStringLiteral("--password-stdin")},
                    "malee-secret\n");
    QVERIFY2(user.exitCode == 0, qPrintable(user.err));
    // A gap in the ids (a deleted company) must survive the move.
    auto added = desktop.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                              QStringLiteral("Deleted Later")});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(desktop.run({QStringLiteral("delete"), QStringLiteral("company"), added.lastLine()}).exitCode,
             0);

    m_migrated = createEmptyDatabase(QStringLiteral("moved"));
    CliRunner tool({});
    auto moved = tool.run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("migrate"),
                           QStringLiteral("--from"), m_demoFile, QStringLiteral("--to"), m_migrated});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err + moved.out));
    // One line per table: table,source,target,matches; the counts include every table.
    QStringList lines = moved.lines();
    QCOMPARE(lines.takeFirst(), QStringLiteral("table,source,target,matches"));
    QMap<QString, QStringList> counts;
    for (const QString& line : std::as_const(lines))
        counts.insert(line.section(QLatin1Char(','), 0, 0), line.split(QLatin1Char(',')));
    for (const QString& table :
         {QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("users"),
          QStringLiteral("email_templates"), QStringLiteral("audit_log")})
        QVERIFY2(counts.contains(table), qPrintable(table));
    QCOMPARE(counts.value(QStringLiteral("companies")).value(1), QStringLiteral("25"));
    QCOMPARE(counts.value(QStringLiteral("contacts")).value(1), QStringLiteral("75"));
    for (const QStringList& row : std::as_const(counts)) {
        QCOMPARE(row.value(1), row.value(2));
        QCOMPARE(row.value(3), QStringLiteral("yes"));
    }
    QVERIFY(!counts.contains(QStringLiteral("schema_migrations")));

    // Same records, same ids, same values, read back through the application on both sides.
    CliRunner office(m_migrated);
    for (const QString& type :
         {QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("contracts"),
          QStringLiteral("invoices"), QStringLiteral("templates")}) {
        auto before =
            desktop.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("list"), type});
        auto after =
            office.run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("list"), type});
        QVERIFY2(before.exitCode == 0 && after.exitCode == 0, qPrintable(before.err + after.err));
        QCOMPARE(byId(after.out), byId(before.out));
    }
    // The identity continues where the file's left off: a deleted company's id is never reused.
    auto next = office.run({QStringLiteral("add"), QStringLiteral("company"), QStringLiteral("--name"),
                            QStringLiteral("First in office")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QCOMPARE(next.lastLine().toLongLong(), added.lastLine().toLongLong() + 1);
    // The copied user still signs in with their password hash.
    auto users = office.run(
        {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY(users.out.contains(QStringLiteral("malee")));
}

void TestOfficePostgres::migrateRefusesADatabaseThatHoldsData()
{
    if (m_migrated.isEmpty())
        QSKIP("needs the migrated database of the previous test");
    CliRunner tool({});
    auto again = tool.run({QStringLiteral("migrate"), QStringLiteral("--from"), m_demoFile,
                           QStringLiteral("--to"), m_migrated});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already holds data")), qPrintable(again.err));
    auto missing =
        tool.run({QStringLiteral("migrate"), QStringLiteral("--from"),
                  m_dir.filePath(QStringLiteral("nothing.db")), QStringLiteral("--to"), m_migrated});
    QCOMPARE(missing.exitCode, 3);
    auto usage = tool.run({QStringLiteral("migrate"), QStringLiteral("--from"), m_demoFile});
    QCOMPARE(usage.exitCode, 1);
}

namespace {
const QString kPasswords[] = {QStringLiteral("sam-pw-1"), QStringLiteral("mia-pw-2"),
                              QStringLiteral("tom-pw-3"), QStringLiteral("ada-pw-4")};
const QString kUsers[] = {QStringLiteral("sam"), QStringLiteral("mia"), QStringLiteral("tom"),
                          QStringLiteral("ada")};
const QString kRoles[] = {QStringLiteral("sales"), QStringLiteral("marketing"),
                          QStringLiteral("tech_support"), QStringLiteral("admin")};
} // namespace

void TestOfficePostgres::prepareOffice()
{
    if (m_officeReady)
        return;
    const QString url = createEmptyDatabase(QStringLiteral("office"));
    CliRunner admin(url);
    auto demo = admin.run({QStringLiteral("demo"), QStringLiteral("--companies"), QStringLiteral("5"),
                           QStringLiteral("--contacts-per-company"), QStringLiteral("2")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    auto created = admin.run({QStringLiteral("admin"), QStringLiteral("create-office-db")});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    // Running it again (after an upgrade) is harmless.
    auto again = admin.run({QStringLiteral("admin"), QStringLiteral("create-office-db")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    for (int i = 0; i < 4; ++i) {
        auto user = admin.run({QStringLiteral("user"), QStringLiteral("add"), kUsers[i],
                               QStringLiteral("--role"), kRoles[i], QStringLiteral("--password-stdin")},
                              kPasswords[i].toUtf8() + "\n");
        QVERIFY2(user.exitCode == 0, qPrintable(user.err));
    }
    bool ok = false;
    const QString seeded = m_server->psql(
        QStringLiteral("office"),
        QStringLiteral(
            "INSERT INTO settings (key, value, updated_at) VALUES ('smtp_host', 'mail.office.example', 'x'), "
            "('office_time_zone', 'Asia/Bangkok', 'x') ON CONFLICT (key) DO NOTHING;"
            "INSERT INTO email_templates (name, name_key, template_type, subject, created_at, updated_at) "
            "VALUES "
            "('Seeded', 'seeded', 'custom', 'Hello', 'x', 'x');"
            "INSERT INTO segments (name, name_key, filter, owner_user_id, visibility, created_at, "
            "updated_at) "
            "SELECT 'Sam private', 'sam private', '{}', id, 'private', 'x', 'x' FROM users WHERE username = "
            "'sam';"
            "INSERT INTO segments (name, name_key, filter, owner_user_id, visibility, created_at, "
            "updated_at) "
            "SELECT 'Mia private', 'mia private', '{}', id, 'private', 'x', 'x' FROM users WHERE username = "
            "'mia';"
            "INSERT INTO segments (name, name_key, filter, owner_user_id, visibility, created_at, "
            "updated_at) "
            "SELECT 'Mia public', 'mia public', '{}', id, 'public', 'x', 'x' FROM users WHERE username = "
            "'mia';"
            "INSERT INTO tickets (ticket_number, company_id, subject, subject_key, assigned_team, "
            "created_by, "
            "created_at, updated_at) SELECT 'T-SAM', (SELECT min(id) FROM companies), 'Sam''s', 's', 'tech', "
            "id, "
            "'x', 'x' FROM users WHERE username = 'sam';"
            "INSERT INTO tickets (ticket_number, company_id, subject, subject_key, assigned_team, "
            "created_by, "
            "created_at, updated_at) SELECT 'T-TOM', (SELECT min(id) FROM companies), 'Tom''s', 't', 'tech', "
            "id, "
            "'x', 'x' FROM users WHERE username = 'tom';"
            // Opened by tom, assigned to sam: sam's to work on too.
            "INSERT INTO tickets (ticket_number, company_id, subject, subject_key, assigned_team, "
            "created_by, assigned_to, created_at, updated_at) SELECT 'T-TOM-SAM', (SELECT min(id) FROM "
            "companies), 'For Sam', 'f', 'tech', (SELECT id FROM users WHERE username = 'tom'), id, 'x', 'x' "
            "FROM users WHERE username = 'sam';"),
        &ok);
    QVERIFY2(ok, qPrintable(seeded));
    QVERIFY(m_server->requirePasswords());
    m_officeReady = true;
}

void TestOfficePostgres::officeRolesEnforceThePermissionMatrix_data()
{
    QTest::addColumn<int>("user");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");

    // Each statement runs in a transaction that is rolled back; it "succeeds" when psql exits 0
    // and prints a count above zero (row-level security hides rows rather than raising errors).
    const auto affected = [](const QString& statement) {
        return QStringLiteral(
                   "BEGIN; WITH changed AS (%1 RETURNING 1) SELECT count(*) FROM changed; ROLLBACK")
            .arg(statement);
    };
    const auto visible = [](const QString& query) {
        return QStringLiteral("SELECT count(*) FROM (%1) AS q").arg(query);
    };
    const QString insertCompany =
        affected(QStringLiteral("INSERT INTO companies (name, name_key, created_at, updated_at) VALUES "
                                "('Matrix Co', 'matrix co', 'x', 'x')"));
    const QString updateCompany = affected(QStringLiteral("UPDATE companies SET notes = 'm'"));
    const QString deleteCompany =
        affected(QStringLiteral("DELETE FROM companies WHERE id = (SELECT max(id) FROM companies)"));
    const QString deleteContact = affected(QStringLiteral("DELETE FROM contacts"));
    const QString readCompanies = visible(QStringLiteral("SELECT id FROM companies"));
    const QString insertTemplate = affected(QStringLiteral(
        "INSERT INTO email_templates (name, name_key, template_type, subject, created_at, updated_at) VALUES "
        "('M', 'm', 'custom', 'S', 'x', 'x')"));
    const QString deleteTemplate = affected(QStringLiteral("DELETE FROM email_templates"));
    const QString readSmtp = visible(QStringLiteral("SELECT value FROM settings WHERE key LIKE 'smtp%'"));
    const QString readTimeZone =
        visible(QStringLiteral("SELECT value FROM settings WHERE key = 'office_time_zone'"));
    const QString writeSmtp =
        affected(QStringLiteral("UPDATE settings SET value = 'evil' WHERE key = 'smtp_host'"));
    const QString readHashes = visible(QStringLiteral("SELECT password_hash FROM users"));
    const QString readUserNames = visible(QStringLiteral("SELECT username FROM users"));
    const QString addUser = affected(QStringLiteral(
        "INSERT INTO users (username, username_key, role, password_hash, created_at, updated_at) VALUES "
        "('eve', 'eve', 'admin', 'x', 'x', 'x')"));
    const QString promote = affected(QStringLiteral("UPDATE users SET role = 'admin'"));
    const QString samPrivate = visible(QStringLiteral("SELECT id FROM segments WHERE name = 'Sam private'"));
    const QString miaPrivate = visible(QStringLiteral("SELECT id FROM segments WHERE name = 'Mia private'"));
    const QString miaPublic = visible(QStringLiteral("SELECT id FROM segments WHERE name = 'Mia public'"));
    const QString editMiaPublic =
        affected(QStringLiteral("UPDATE segments SET description = 'x' WHERE name = 'Mia public'"));
    const QString deleteMiaPrivate =
        affected(QStringLiteral("DELETE FROM segments WHERE name = 'Mia private'"));
    const QString editSamPrivate =
        affected(QStringLiteral("UPDATE segments SET description = 'x' WHERE name = 'Sam private'"));
    const QString readTickets = visible(QStringLiteral("SELECT id FROM tickets"));
    const QString openTicket = affected(QStringLiteral(
        "INSERT INTO tickets (ticket_number, company_id, subject, subject_key, assigned_team, created_at, "
        "updated_at) VALUES ('T-NEW', (SELECT min(id) FROM companies), 'n', 'n', 'tech', 'x', 'x')"));
    const QString editSamTicket =
        affected(QStringLiteral("UPDATE tickets SET priority = 'high' WHERE ticket_number = 'T-SAM'"));
    const QString editTomTicket =
        affected(QStringLiteral("UPDATE tickets SET priority = 'high' WHERE ticket_number = 'T-TOM'"));
    const QString editTicketAssignedToSam =
        affected(QStringLiteral("UPDATE tickets SET priority = 'high' WHERE ticket_number = 'T-TOM-SAM'"));
    const QString deleteTicket = affected(QStringLiteral("DELETE FROM tickets"));
    const QString readAudit = visible(QStringLiteral("SELECT id FROM audit_log"));
    const QString readCertificates = QStringLiteral("SELECT count(*) >= 0 FROM smtp_trusted_certificates");
    const QString createTable = QStringLiteral("BEGIN; CREATE TABLE intruder (x int); SELECT 1; ROLLBACK");
    const QString dropTable = QStringLiteral("BEGIN; DROP TABLE companies CASCADE; SELECT 1; ROLLBACK");
    const QString disableRls =
        QStringLiteral("BEGIN; ALTER TABLE segments DISABLE ROW LEVEL SECURITY; SELECT 1; ROLLBACK");

    enum
    {
        Sales,
        Marketing,
        Tech,
        Admin
    };
    struct Row
    {
        int user;
        const char* name;
        QString sql;
        bool allowed;
    };
    const QList<Row> rows = {
        {Sales, "sales reads companies", readCompanies, true},
        {Sales, "sales creates a company", insertCompany, true},
        {Sales, "sales edits companies", updateCompany, true},
        {Sales, "sales cannot delete a company", deleteCompany, false},
        {Sales, "sales cannot delete contacts", deleteContact, false},
        {Sales, "sales cannot write templates", insertTemplate, false},
        {Sales, "sales cannot read SMTP settings", readSmtp, false},
        {Sales, "sales reads the time zone", readTimeZone, true},
        {Sales, "sales cannot change SMTP settings", writeSmtp, false},
        {Sales, "sales cannot read password hashes", readHashes, false},
        {Sales, "sales sees user names", readUserNames, true},
        {Sales, "sales cannot add users", addUser, false},
        {Sales, "sales cannot change roles", promote, false},
        {Sales, "sales sees own private segment", samPrivate, true},
        {Sales, "sales cannot see another's private segment", miaPrivate, false},
        {Sales, "sales sees public segments", miaPublic, true},
        {Sales, "sales cannot edit another's public segment", editMiaPublic, false},
        {Sales, "sales edits own segment", editSamPrivate, true},
        {Sales, "sales reads tickets", readTickets, true},
        {Sales, "sales opens a ticket", openTicket, true},
        {Sales, "sales edits own ticket", editSamTicket, true},
        {Sales, "sales cannot edit another's ticket", editTomTicket, false},
        {Sales, "sales edits a ticket assigned to them", editTicketAssignedToSam, true},
        {Sales, "sales cannot delete tickets", deleteTicket, false},
        {Sales, "sales cannot read the audit trail", readAudit, false},
        {Sales, "sales cannot read pinned certificates", readCertificates, false},
        {Sales, "sales cannot create tables", createTable, false},
        {Sales, "sales cannot drop tables", dropTable, false},
        {Sales, "sales cannot switch off row security", disableRls, false},
        {Marketing, "marketing reads companies", readCompanies, true},
        {Marketing, "marketing cannot create companies", insertCompany, false},
        {Marketing, "marketing cannot edit companies", updateCompany, false},
        {Marketing, "marketing cannot delete companies", deleteCompany, false},
        {Marketing, "marketing writes templates", insertTemplate, true},
        {Marketing, "marketing deletes templates", deleteTemplate, true},
        {Marketing, "marketing sees own private segment", miaPrivate, true},
        {Marketing, "marketing cannot see another's private segment", samPrivate, false},
        {Marketing, "marketing deletes own segment", deleteMiaPrivate, true},
        {Marketing, "marketing cannot read SMTP settings", readSmtp, false},
        {Marketing, "marketing cannot edit another's ticket", editSamTicket, false},
        {Tech, "tech support reads companies", readCompanies, true},
        {Tech, "tech support cannot edit companies", updateCompany, false},
        {Tech, "tech support cannot write templates", insertTemplate, false},
        {Tech, "tech support has no segments", miaPublic, false},
        {Tech, "tech support edits any ticket", editSamTicket, true},
        {Tech, "tech support deletes tickets", deleteTicket, true},
        {Tech, "tech support cannot read SMTP settings", readSmtp, false},
        {Tech, "tech support cannot read password hashes", readHashes, false},
        {Tech, "tech support cannot delete contacts", deleteContact, false},
        {Admin, "admin deletes a company", deleteCompany, true},
        {Admin, "admin reads SMTP settings", readSmtp, true},
        {Admin, "admin changes SMTP settings", writeSmtp, true},
        {Admin, "admin sees every private segment", samPrivate, true},
        {Admin, "admin sees another private segment", miaPrivate, true},
        {Admin, "admin reads the audit trail", readAudit, true},
        {Admin, "admin adds users", addUser, true},
        {Admin, "admin edits any ticket", editTomTicket, true},
        {Admin, "admin cannot create tables either", createTable, false},
        {Admin, "admin cannot switch off row security", disableRls, false},
    };
    for (const Row& row : rows)
        QTest::newRow(row.name) << row.user << row.sql << row.allowed;
}

void TestOfficePostgres::officeRolesEnforceThePermissionMatrix()
{
    QFETCH(int, user);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    prepareOffice();
    bool ok = false;
    const QString output =
        m_server->psqlAs(kUsers[user], kPasswords[user], QStringLiteral("office"), sql, &ok);
    const bool succeeded = ok && output.trimmed().split(QLatin1Char('\n')).last() != QLatin1String("0") &&
                           output.trimmed().split(QLatin1Char('\n')).last() != QLatin1String("f");
    if (allowed)
        QVERIFY2(succeeded, qPrintable(QStringLiteral("refused: ") + output));
    else
        QVERIFY2(!succeeded, qPrintable(QStringLiteral("allowed: ") + output));
    // A refusal must come from the database's rules, not from a failed sign-in.
    QVERIFY2(!output.contains(QLatin1String("authentication failed")), qPrintable(output));
}

void TestOfficePostgres::wrongPasswordIsRefused()
{
    prepareOffice();
    bool ok = true;
    const QString output = m_server->psqlAs(QStringLiteral("sam"), QStringLiteral("not-sams-password"),
                                            QStringLiteral("office"), QStringLiteral("SELECT 1"), &ok);
    QVERIFY(!ok);
    QVERIFY2(output.contains(QLatin1String("authentication failed")), qPrintable(output));
}

void TestOfficePostgres::desktopSignInConnectsAsTheUsersOwnRole()
{
    prepareOffice();
    const QString office = QStringLiteral("postgresql://127.0.0.1:%1/office").arg(m_server->port());
    auto signedIn = OfficeSignIn::signIn(office, QStringLiteral("sam"), QStringLiteral("sam-pw-1"), m_clock);
    QVERIFY2(signedIn, signedIn ? "" : qPrintable(signedIn.error().message));
    QCOMPARE(signedIn->actor.username, QStringLiteral("sam"));
    QCOMPARE(signedIn->actor.role, Role::Sales);
    QVERIFY(signedIn->actor.userId != 0);
    // Every statement of the session runs as sam's own role, so the server enforces Sales' rights
    // even for SQL that never went through a core service's check.
    auto who = SqlRun::scalar(signedIn->database->connection(), QStringLiteral("SELECT session_user"));
    QVERIFY(who);
    QCOMPARE(who->toString(), QStringLiteral("sam"));
    auto deleted = SqlRun::exec(signedIn->database->connection(), QStringLiteral("DELETE FROM companies"));
    QVERIFY(!deleted);
    auto count =
        SqlRun::scalar(signedIn->database->connection(), QStringLiteral("SELECT count(*) FROM companies"));
    QVERIFY(count);
    QVERIFY(count->toLongLong() > 0);
    auto seen = SqlRun::scalar(signedIn->database->connection(),
                               QStringLiteral("SELECT last_sign_in_at FROM users WHERE username = 'sam'"));
    QVERIFY(seen);
    QVERIFY(!seen->toString().isEmpty());

    auto wrong = OfficeSignIn::signIn(office, QStringLiteral("sam"), QStringLiteral("guess"), m_clock);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().field, QStringLiteral("password"));
    QVERIFY2(wrong.error().message.contains(QLatin1String("did not let \"sam\" in")),
             qPrintable(wrong.error().message));
    // The postgres superuser (trusted on loopback here) has a role but no Rapport account.
    auto stranger =
        OfficeSignIn::signIn(office, QStringLiteral("postgres"), QStringLiteral("su-pw"), m_clock);
    QVERIFY(!stranger);
    QVERIFY2(stranger.error().message.contains(QLatin1String("belongs to no Rapport user")),
             qPrintable(stranger.error().message));
}

void TestOfficePostgres::adminManagesLoginRolesFromTheirOwnDesktop()
{
    prepareOffice();
    const QString office = QStringLiteral("postgresql://127.0.0.1:%1/office").arg(m_server->port());
    // ada (Admin) works from her own desktop, signed in as her own role, as the Users page does.
    auto ada = OfficeSignIn::signIn(office, QStringLiteral("ada"), QStringLiteral("ada-pw-4"), m_clock);
    QVERIFY2(ada, ada ? "" : qPrintable(ada.error().message));
    UserService users(ServiceContext{ada->database, &m_clock, ada->actor});
    User lek;
    lek.username = QStringLiteral("Lek");
    lek.fullName = QStringLiteral("Lek Sales");
    lek.email = QStringLiteral("lek@office.example");
    lek.role = Role::Sales;
    auto id = users.create(lek, QStringLiteral("lek-pw-1"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    auto asLek = OfficeSignIn::signIn(office, QStringLiteral("lek"), QStringLiteral("lek-pw-1"), m_clock);
    QVERIFY2(asLek, asLek ? "" : qPrintable(asLek.error().message));
    QCOMPARE(asLek->actor.role, Role::Sales);

    const auto groupsOfLek = [this] {
        bool ok = false;
        const QString groups = m_server->psql(
            QStringLiteral("office"),
            QStringLiteral("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON "
                           "g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = 'lek'"),
            &ok);
        return ok ? groups : QStringLiteral("psql failed: ") + groups;
    };
    QVERIFY2(groupsOfLek().contains(QLatin1String("office_sales")), qPrintable(groupsOfLek()));
    QVERIFY(users.changeRole(id.value(), Role::Marketing));
    QVERIFY2(groupsOfLek().contains(QLatin1String("office_marketing")), qPrintable(groupsOfLek()));
    QVERIFY2(!groupsOfLek().contains(QLatin1String("office_sales")), qPrintable(groupsOfLek()));

    QVERIFY(users.resetPassword(id.value(), QStringLiteral("lek-pw-2")));
    QVERIFY(!OfficeSignIn::signIn(office, QStringLiteral("lek"), QStringLiteral("lek-pw-1"), m_clock));
    QVERIFY(OfficeSignIn::signIn(office, QStringLiteral("lek"), QStringLiteral("lek-pw-2"), m_clock));

    // Deactivated in Rapport: the server itself no longer lets the role in.
    QVERIFY(users.deactivate(id.value()));
    auto refused = OfficeSignIn::signIn(office, QStringLiteral("lek"), QStringLiteral("lek-pw-2"), m_clock);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("did not let")),
             qPrintable(refused.error().message));
    QVERIFY(users.reactivate(id.value()));
    QVERIFY(OfficeSignIn::signIn(office, QStringLiteral("lek"), QStringLiteral("lek-pw-2"), m_clock));

    // A Sales user cannot make accounts, not even with SQL of their own.
    auto sam = OfficeSignIn::signIn(office, QStringLiteral("sam"), QStringLiteral("sam-pw-1"), m_clock);
    QVERIFY(sam);
    QVERIFY(!SqlRun::exec(sam->database->connection(), QStringLiteral("CREATE ROLE intruder LOGIN")));
}

void TestOfficePostgres::liveRefreshBetweenTwoConnections()
{
    const QString url = createEmptyDatabase(QStringLiteral("live"));
    auto first = Database::open(url);  // one desktop
    auto second = Database::open(url); // another desktop, its own connections
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    ChangeNotifier notifier(second.value());
    QVERIFY(notifier.isEnabled());
    QSignalSpy listening(&notifier, &ChangeNotifier::listening);
    QSignalSpy changed(&notifier, &ChangeNotifier::tableChanged);
    QTRY_VERIFY_WITH_TIMEOUT(listening.count() == 1, 30000);

    Company company;
    company.name = QStringLiteral("Lanna Boutique Resort");
    const ServiceContext desktop{first.value(), &m_clock, Actor::cli()};
    auto id = CompanyService(desktop).create(company);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("companies")}), 30000);

    // A rolled-back change tells nobody.
    changed.clear();
    {
        QSqlDatabase db = first.value()->connection();
        QVERIFY(db.transaction());
        QVERIFY(SqlRun::exec(db, QStringLiteral("UPDATE contacts SET notes = 'x'")));
        QVERIFY(db.rollback());
    }
    company.name = QStringLiteral("Siam Riverside Hotel");
    QVERIFY(CompanyService(desktop).create(company));
    QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("companies")}), 30000);
    QVERIFY(!changed.contains(QVariantList{QStringLiteral("contacts")}));
}

void TestOfficePostgres::listenerReconnectsAfterTheConnectionDropped()
{
    const QString url = createEmptyDatabase(QStringLiteral("dropped"));
    auto listener = Database::open(url);
    QVERIFY(listener);
    ChangeNotifier notifier(listener.value(), nullptr, 200);
    QSignalSpy listening(&notifier, &ChangeNotifier::listening);
    QSignalSpy lost(&notifier, &ChangeNotifier::connectionLost);
    QSignalSpy back(&notifier, &ChangeNotifier::resynchronised);
    QSignalSpy changed(&notifier, &ChangeNotifier::tableChanged);
    QTRY_VERIFY_WITH_TIMEOUT(listening.count() == 1, 30000);

    // The server ends every session on the database (as a restart or a network cut would).
    bool ok = false;
    const QString ended = m_server->psql(
        QStringLiteral("postgres"),
        QStringLiteral(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'dropped' "
            "AND pid <> pg_backend_pid()"),
        &ok);
    QVERIFY2(ok && ended.trimmed().toInt() > 0, qPrintable(ended));
    QTRY_VERIFY_WITH_TIMEOUT(back.count() >= 1, 30000);
    QVERIFY(lost.count() >= 1);

    // Changes after the outage arrive again.
    auto other = Database::open(url);
    QVERIFY(other);
    Company company;
    company.name = QStringLiteral("After the outage");
    QVERIFY(CompanyService(ServiceContext{other.value(), &m_clock, Actor::cli()}).create(company));
    QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{QStringLiteral("companies")}), 30000);
}

QTEST_GUILESS_MAIN(TestOfficePostgres)
#include "TestOfficePostgres.moc"
