#pragma once

#include "auth/Role.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// The permission matrix of SPEC §1 enforced by PostgreSQL itself, for an office whose desktops
// each sign in as their own database role (client-side checks are only a convenience against a
// shared server). Roles are per office database, prefixed with its name:
//   <db>_owner                           owns every table; nobody signs in as it
//   <db>_sales, _marketing, _tech_support, _admin   one group role per Rapport role
//   <username>                           a login role per Rapport user, member of its group
// GRANTs give each group the operations its role may do on each table; row-level security adds
// what depends on the row (own private segments, own tickets, SMTP settings for Admin only).
class OfficeSecurity
{
    Q_DECLARE_TR_FUNCTIONS(OfficeSecurity)

public:
    // Creates the roles (if missing), hands the tables to the owner role and (re)applies grants
    // and policies; safe to run again after an upgrade added tables. Needs a database user that
    // may create roles (a superuser or CREATEROLE and owner of the tables).
    static Status createOfficeDatabase(const Database& database);
    // Whether `database` was set up by createOfficeDatabase (PostgreSQL with the group roles).
    static bool isOfficeDatabase(const Database& database);
    // A login role for a new user in its role's group (PostgreSQL office databases only).
    static Status createLoginRole(const Database& database, const QString& username, Role role,
                                  const QString& password);
    // Keeps an existing user's login role in step with their account (office databases only):
    // renamed with the user, in the group of `role`, LOGIN only while `active`. Administrators'
    // roles get CREATEROLE so that user management works from an administrator's own desktop.
    static Status syncLoginRole(const Database& database, const QString& oldUsername,
                                const QString& newUsername, Role role, bool active);
    // A password reset reaches the login role too (office databases only).
    static Status setLoginPassword(const Database& database, const QString& username,
                                   const QString& password);
    // The group role of `role` in this database, e.g. "rapport_sales".
    static QString groupRole(const Database& database, Role role);
    static QString ownerRole(const Database& database);

private:
    static Status joinGroup(const Database& database, const QString& name, Role role);
};
