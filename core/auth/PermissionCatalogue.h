#pragma once

#include "auth/Permission.h"
#include "auth/Role.h"

#include <QList>
#include <QString>

// The permission matrix of SPEC §1, in one table. The service layer and the GUI both ask here.
namespace PermissionCatalogue {
bool allows(Role role, Permission permission);
QString code(Permission permission);        // "delete_records", …
QString description(Permission permission); // translated, used in refusal messages
QList<Permission> all();
} // namespace PermissionCatalogue
