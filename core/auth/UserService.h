#pragma once

#include "auth/User.h"
#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>

// Users and their passwords. Everything but first-run setup needs Permission::ManageUsers. The
// last active Admin can be neither demoted nor deactivated, so an office cannot lock itself out.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(ServiceContext context);

    Result<QList<User>> list() const;
    // Active users for pickers (ticket assignee, segment owner): any signed-in role may ask.
    Result<QList<User>> activeUsers() const;
    Result<User> get(qint64 id) const;
    Result<User> findByUsername(const QString& username) const;

    // Validates, hashes the password and inserts; returns the new id.
    Result<qint64> create(const User& user, const QString& password) const;
    // Stores username, full name, email, role and active flag.
    Status update(const User& user) const;
    Status changeRole(qint64 id, Role role) const;
    Status deactivate(qint64 id) const;
    Status reactivate(qint64 id) const;
    Status resetPassword(qint64 id, const QString& password) const;

    // First run: true until the first user exists. Needs no permission (nobody is signed in yet).
    Result<bool> hasUsers() const;
    // Creates the first Admin when there are no users yet, with no permission check; refused once
    // any user exists. The audit trail names the new admin as the one who acted.
    Result<qint64> createFirstAdmin(const User& user, const QString& password) const;

    Status validate(const User& user) const;
    static Status validatePassword(const QString& password);

private:
    Result<qint64> insert(const User& user, const QString& password,
                          const ServiceContext& auditContext) const;
    Status store(const User& before, const User& after) const;
    Result<qint64> activeAdminCount() const;

    ServiceContext m_context;
};
