#pragma once

#include <QList>
#include <QString>
#include <optional>

enum class Role
{
    Sales,
    Marketing,
    TechSupport,
    Admin
};

namespace RoleCodes {
QString toCode(Role role);                         // "sales", "marketing", "tech_support", "admin"
std::optional<Role> fromCode(const QString& code); // accepts the codes above
QString displayName(Role role);                    // translated
QList<Role> all();
} // namespace RoleCodes
