#include "office/OfficeSecurity.h"

#include "db/Database.h"
#include "db/SqlRun.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QUrl>

namespace {
// What each role may do on each table: S select, I insert, U update, D delete. Columns of a
// table not listed are out of reach for that role. Order: sales, marketing, tech_support, admin.
struct TableGrant
{
    const char* table;
    const char* sales;
    const char* marketing;
    const char* techSupport;
    const char* admin;
};

// Desktop roles record their own sign-ins, lockouts, audit entries and queued mail, so those
// tables take inserts from everyone; reading the audit trail and sending stays with Admin.
constexpr TableGrant kGrants[] = {
    {"companies", "SIU", "S", "S", "SIUD"},
    {"contacts", "SIU", "S", "S", "SIUD"},
    {"contracts", "SIU", "S", "S", "SIUD"},
    {"invoices", "SIU", "S", "S", "SIUD"},
    {"import_runs", "SIU", "S", "S", "SIUD"},
    {"import_journal", "SIU", "S", "S", "SIUD"},
    {"email_templates", "S", "SIUD", "S", "SIUD"},
    {"sequences", "S", "SIUD", "S", "SIUD"},
    {"sequence_steps", "S", "SIUD", "S", "SIUD"},
    {"sequence_enrolments", "SIU", "SIU", "S", "SIUD"},
    {"sequence_emails", "SIU", "SIU", "S", "SIUD"},
    {"segments", "SIUD", "SIUD", "", "SIUD"},
    {"segment_members", "SIUD", "SIUD", "", "SIUD"},
    {"tickets", "SIU", "SIU", "SIUD", "SIUD"},
    {"ticket_counters", "SIU", "SIU", "SIU", "SIUD"},
    {"ticket_comments", "SI", "SI", "SIUD", "SIUD"},
    {"ticket_attachments", "SI", "SI", "SIUD", "SIUD"},
    {"ticket_events", "SI", "SI", "SIUD", "SIUD"},
    {"users", "", "", "", "SIUD"}, // desktop roles get the columns without the hash, below
    {"sign_in_attempts", "SIUD", "SIUD", "SIUD", "SIUD"},
    {"settings", "S", "S", "S", "SIUD"},
    {"smtp_trusted_certificates", "", "", "", "SIUD"},
    {"outbox", "SI", "SI", "SI", "SIUD"},
    {"outbox_attachments", "SI", "SI", "SI", "SIUD"},
    {"audit_log", "I", "I", "I", "SI"},
    {"job_runs", "S", "S", "S", "SIUD"},
    {"job_warnings", "S", "S", "S", "SIUD"},
    {"schema_migrations", "S", "S", "S", "S"},
};

const char* grantFor(const TableGrant& grant, Role role)
{
    switch (role) {
    case Role::Sales:
        return grant.sales;
    case Role::Marketing:
        return grant.marketing;
    case Role::TechSupport:
        return grant.techSupport;
    case Role::Admin:
        return grant.admin;
    }
    return "";
}

QString privileges(const char* letters)
{
    QStringList names;
    for (const char* c = letters; *c; ++c) {
        switch (*c) {
        case 'S':
            names << QStringLiteral("SELECT");
            break;
        case 'I':
            names << QStringLiteral("INSERT");
            break;
        case 'U':
            names << QStringLiteral("UPDATE");
            break;
        case 'D':
            names << QStringLiteral("DELETE");
            break;
        default:
            break;
        }
    }
    return names.join(QStringLiteral(", "));
}

QString prefixOf(const Database& database)
{
    QString name = QUrl(database.location()).path().mid(1).toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return name;
}

QString ident(const Database& database, const QString& name)
{
    return database.connection().driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QString literal(const Database& database, const QString& text)
{
    QSqlField field(QStringLiteral("value"), QMetaType(QMetaType::QString));
    field.setValue(text);
    return database.connection().driver()->formatValue(field);
}

Status run(const Database& database, const QString& sql)
{
    auto done = SqlRun::exec(database.connection(), sql);
    if (!done)
        return done.error();
    return Status::success();
}
} // namespace

QString OfficeSecurity::groupRole(const Database& database, Role role)
{
    return prefixOf(database) + QLatin1Char('_') + RoleCodes::toCode(role);
}

QString OfficeSecurity::ownerRole(const Database& database)
{
    return prefixOf(database) + QStringLiteral("_owner");
}

bool OfficeSecurity::isOfficeDatabase(const Database& database)
{
    if (database.dialect().name() != QLatin1String("postgresql"))
        return false;
    auto found = SqlRun::scalar(database.connection(),
                                QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                                {groupRole(database, Role::Admin)});
    return found && found->toInt() == 1;
}

Status OfficeSecurity::createOfficeDatabase(const Database& database)
{
    if (database.dialect().name() != QLatin1String("postgresql"))
        return Error::invalid(QStringLiteral("db"),
                              tr("Office roles and policies exist only on a PostgreSQL database (--db "
                                 "postgresql://…); a local file belongs to whoever can open it."));
    const QString owner = ident(database, ownerRole(database));
    QStringList groups;
    for (Role role : RoleCodes::all())
        groups << ident(database, groupRole(database, role));
    const QString allGroups = groups.join(QStringLiteral(", "));

    QStringList sql;
    // Roles are cluster-wide; create the missing ones only, so the command can run again.
    QStringList roleNames{ownerRole(database)};
    for (Role role : RoleCodes::all())
        roleNames << groupRole(database, role);
    for (const QString& name : std::as_const(roleNames))
        sql << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                              "CREATE ROLE %2 NOLOGIN; END IF; END $$")
                   .arg(literal(database, name), ident(database, name));
    // The connecting administrator must be able to hand tables over to the owner role.
    sql << QStringLiteral("GRANT %1 TO CURRENT_USER").arg(owner);
    sql << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    sql << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(allGroups);

    // Hand every table, its identity sequence and the schema's functions to the owner role.
    auto tables = SqlRun::exec(database.connection(),
                               QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
    if (!tables)
        return tables.error();
    QStringList tableNames;
    while (tables->next())
        tableNames << tables->value(0).toString();
    for (const QString& table : std::as_const(tableNames)) {
        sql << QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(ident(database, table), owner);
        sql << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, %2").arg(ident(database, table), allGroups);
    }
    sql << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(allGroups);
    // Functions the migrations made (the change-notification trigger's) go to the owner as well.
    auto functions =
        SqlRun::exec(database.connection(),
                     QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
                                    "ON n.oid = p.pronamespace WHERE n.nspname = 'public'"));
    if (!functions)
        return functions.error();
    while (functions->next())
        sql << QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(functions->value(0).toString(), owner);

    for (const TableGrant& grant : kGrants) {
        const QString table = QString::fromLatin1(grant.table);
        if (!tableNames.contains(table))
            continue;
        for (Role role : RoleCodes::all()) {
            const QString what = privileges(grantFor(grant, role));
            if (!what.isEmpty())
                sql << QStringLiteral("GRANT %1 ON %2 TO %3")
                           .arg(what, ident(database, table), ident(database, groupRole(database, role)));
        }
    }
    const QString desktopGroups = QStringList{ident(database, groupRole(database, Role::Sales)),
                                              ident(database, groupRole(database, Role::Marketing)),
                                              ident(database, groupRole(database, Role::TechSupport))}
                                      .join(QStringLiteral(", "));
    const QString sellers = QStringList{ident(database, groupRole(database, Role::Sales)),
                                        ident(database, groupRole(database, Role::Marketing))}
                                .join(QStringLiteral(", "));
    const QString admin = ident(database, groupRole(database, Role::Admin));
    const QString techSupport = ident(database, groupRole(database, Role::TechSupport));
    // Everyone sees who the users are, never their password hashes.
    sql << QStringLiteral("GRANT SELECT (id, username, username_key, full_name, email, role, is_active, "
                          "last_sign_in_at, created_at, updated_at), UPDATE (last_sign_in_at) ON users TO %1")
               .arg(desktopGroups);

    // The Rapport user behind the signed-in role; SECURITY DEFINER so it reads users unhindered.
    sql << QStringLiteral("CREATE OR REPLACE FUNCTION rapport_current_user_id() RETURNS BIGINT LANGUAGE sql "
                          "STABLE SECURITY DEFINER SET search_path = public AS "
                          "$$ SELECT id FROM users WHERE username_key = lower(session_user) $$");
    sql << QStringLiteral("ALTER FUNCTION rapport_current_user_id() OWNER TO %1").arg(owner);
    sql << QStringLiteral("REVOKE ALL ON FUNCTION rapport_current_user_id() FROM PUBLIC");
    sql << QStringLiteral("GRANT EXECUTE ON FUNCTION rapport_current_user_id() TO %1").arg(allGroups);

    // Row-level rules. Policies are dropped and made again so a rerun applies the current set.
    const auto policy = [&](const QString& table, const QString& name, const QString& body) {
        sql << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table);
        sql << QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, table, body);
    };
    for (const QString& table :
         {QStringLiteral("segments"), QStringLiteral("segment_members"), QStringLiteral("tickets"),
          QStringLiteral("settings"), QStringLiteral("users")})
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
    const QString adminAll = QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(admin);
    const QString mine = QStringLiteral("owner_user_id = rapport_current_user_id()");
    // Segments: your own, plus the public active ones to read; Admin sees all.
    policy(QStringLiteral("segments"), QStringLiteral("rapport_admin_all"), adminAll);
    policy(QStringLiteral("segments"), QStringLiteral("rapport_read"),
           QStringLiteral("FOR SELECT TO %1 USING (%2 OR (visibility = 'public' AND status = 'active'))")
               .arg(sellers, mine));
    policy(QStringLiteral("segments"), QStringLiteral("rapport_insert_own"),
           QStringLiteral("FOR INSERT TO %1 WITH CHECK (%2)").arg(sellers, mine));
    policy(QStringLiteral("segments"), QStringLiteral("rapport_update_own"),
           QStringLiteral("FOR UPDATE TO %1 USING (%2) WITH CHECK (%2)").arg(sellers, mine));
    policy(QStringLiteral("segments"), QStringLiteral("rapport_delete_own"),
           QStringLiteral("FOR DELETE TO %1 USING (%2)").arg(sellers, mine));
    // Members follow their segment: readable where the segment is, changed only in your own.
    policy(QStringLiteral("segment_members"), QStringLiteral("rapport_admin_all"), adminAll);
    policy(QStringLiteral("segment_members"), QStringLiteral("rapport_read"),
           QStringLiteral("FOR SELECT TO %1 USING (segment_id IN (SELECT id FROM segments))").arg(sellers));
    policy(QStringLiteral("segment_members"), QStringLiteral("rapport_write_own"),
           QStringLiteral("FOR ALL TO %1 USING (segment_id IN (SELECT id FROM segments WHERE %2)) "
                          "WITH CHECK (segment_id IN (SELECT id FROM segments WHERE %2))")
               .arg(sellers, mine));
    // Tickets: everyone reads and opens them; Sales and Marketing edit only their own: those they
    // opened or that were assigned to them (TicketService::canEdit).
    policy(QStringLiteral("tickets"), QStringLiteral("rapport_admin_all"), adminAll);
    policy(QStringLiteral("tickets"), QStringLiteral("rapport_support_all"),
           QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(techSupport));
    policy(QStringLiteral("tickets"), QStringLiteral("rapport_read"),
           QStringLiteral("FOR SELECT TO %1 USING (true)").arg(sellers));
    policy(QStringLiteral("tickets"), QStringLiteral("rapport_insert"),
           QStringLiteral("FOR INSERT TO %1 WITH CHECK (true)").arg(sellers));
    policy(QStringLiteral("tickets"), QStringLiteral("rapport_update_own"),
           QStringLiteral("FOR UPDATE TO %1 USING (created_by = rapport_current_user_id() OR assigned_to = "
                          "rapport_current_user_id()) WITH CHECK (created_by = rapport_current_user_id() OR "
                          "assigned_to = rapport_current_user_id())")
               .arg(sellers));
    // Settings: the SMTP ones are Admin's only.
    policy(QStringLiteral("settings"), QStringLiteral("rapport_admin_all"), adminAll);
    policy(QStringLiteral("settings"), QStringLiteral("rapport_read"),
           QStringLiteral("FOR SELECT TO %1 USING (key NOT LIKE 'smtp%')").arg(desktopGroups));
    // Users: everyone reads the list; a desktop role records only its own sign-in.
    policy(QStringLiteral("users"), QStringLiteral("rapport_admin_all"), adminAll);
    policy(QStringLiteral("users"), QStringLiteral("rapport_read"),
           QStringLiteral("FOR SELECT TO %1 USING (true)").arg(desktopGroups));
    policy(QStringLiteral("users"), QStringLiteral("rapport_update_own"),
           QStringLiteral("FOR UPDATE TO %1 USING (username_key = lower(session_user)) "
                          "WITH CHECK (username_key = lower(session_user))")
               .arg(desktopGroups));

    QSqlDatabase db = database.connection();
    if (!db.transaction())
        return Error::database(tr("Cannot start a transaction on the office database."));
    for (const QString& statement : std::as_const(sql)) {
        if (auto done = run(database, statement); !done) {
            db.rollback();
            return Error::database(tr("Setting up the office database failed: %1").arg(done.error().message));
        }
    }
    if (!db.commit())
        return Error::database(tr("Setting up the office database failed while committing."));
    return Status::success();
}

Status OfficeSecurity::createLoginRole(const Database& database, const QString& username, Role role,
                                       const QString& password)
{
    if (!isOfficeDatabase(database))
        return Status::success();
    const QString name = username.toCaseFolded();
    const QString statement =
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN "
                       "CREATE ROLE %2 LOGIN; END IF; END $$")
            .arg(literal(database, name), ident(database, name));
    if (auto created = run(database, statement); !created)
        return Error::database(
            tr("The database role %1 could not be created: %2").arg(name, created.error().message));
    // A role's password cannot be a bound parameter; the driver quotes it as a literal.
    if (auto set = run(database, QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD %2")
                                     .arg(ident(database, name), literal(database, password)));
        !set)
        return Error::database(tr("The password of database role %1 could not be set.").arg(name));
    return joinGroup(database, name, role);
}

Status OfficeSecurity::joinGroup(const Database& database, const QString& name, Role role)
{
    for (Role other : RoleCodes::all())
        if (other != role)
            (void)run(database, QStringLiteral("REVOKE %1 FROM %2")
                                    .arg(ident(database, groupRole(database, other)), ident(database, name)));
    if (auto granted =
            run(database, QStringLiteral("GRANT %1 TO %2")
                              .arg(ident(database, groupRole(database, role)), ident(database, name)));
        !granted)
        return Error::database(
            tr("The database role %1 could not join its group: %2").arg(name, granted.error().message));
    // Managing users means managing their login roles, which needs CREATEROLE on the role itself
    // (attributes are not inherited from the group).
    if (auto attribute = run(database, QStringLiteral("ALTER ROLE %1 %2")
                                           .arg(ident(database, name), role == Role::Admin
                                                                           ? QStringLiteral("CREATEROLE")
                                                                           : QStringLiteral("NOCREATEROLE")));
        !attribute)
        return Error::database(tr("The database role %1 could not be given its rights: %2")
                                   .arg(name, attribute.error().message));
    return Status::success();
}

Status OfficeSecurity::syncLoginRole(const Database& database, const QString& oldUsername,
                                     const QString& newUsername, Role role, bool active)
{
    if (!isOfficeDatabase(database))
        return Status::success();
    const QString oldName = oldUsername.trimmed().toCaseFolded();
    const QString name = newUsername.trimmed().toCaseFolded();
    if (oldName != name) {
        if (auto renamed = run(database, QStringLiteral("ALTER ROLE %1 RENAME TO %2")
                                             .arg(ident(database, oldName), ident(database, name)));
            !renamed)
            return Error::database(tr("The database role %1 could not be renamed to %2: %3")
                                       .arg(oldName, name, renamed.error().message));
    }
    if (auto login = run(database, QStringLiteral("ALTER ROLE %1 %2")
                                       .arg(ident(database, name),
                                            active ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")));
        !login)
        return Error::database((active ? tr("The database role %1 could not be allowed to sign in: %2")
                                       : tr("The database role %1 could not be stopped from signing in: %2"))
                                   .arg(name, login.error().message));
    return joinGroup(database, name, role);
}

Status OfficeSecurity::setLoginPassword(const Database& database, const QString& username,
                                        const QString& password)
{
    if (!isOfficeDatabase(database))
        return Status::success();
    const QString name = username.trimmed().toCaseFolded();
    if (auto set = run(database, QStringLiteral("ALTER ROLE %1 PASSWORD %2")
                                     .arg(ident(database, name), literal(database, password)));
        !set)
        return Error::database(tr("The password of database role %1 could not be set.").arg(name));
    return Status::success();
}
