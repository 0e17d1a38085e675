#include "auth/Role.h"

#include <QCoreApplication>

namespace RoleCodes {

QString toCode(Role role)
{
    switch (role) {
    case Role::Sales:
        return QStringLiteral("sales");
    case Role::Marketing:
        return QStringLiteral("marketing");
    case Role::TechSupport:
        return QStringLiteral("tech_support");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> fromCode(const QString& code)
{
    for (Role role : all()) {
        if (toCode(role) == code.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Sales:
        return QCoreApplication::translate("Role", "Sales");
    case Role::Marketing:
        return QCoreApplication::translate("Role", "Marketing");
    case Role::TechSupport:
        return QCoreApplication::translate("Role", "Tech Support");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Admin");
    }
    return {};
}

QList<Role> all()
{
    return {Role::Sales, Role::Marketing, Role::TechSupport, Role::Admin};
}

} // namespace RoleCodes
