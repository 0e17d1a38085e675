#include "auth/Authorizer.h"

#include "auth/PermissionCatalogue.h"

#include <QCoreApplication>

namespace Authorizer {

bool can(const Actor& actor, Permission permission)
{
    return PermissionCatalogue::allows(actor.role, permission);
}

Status require(const Actor& actor, Permission permission)
{
    if (can(actor, permission))
        return Status::success();
    return Error::forbidden(QCoreApplication::translate("Authorizer", "%1 (%2) may not %3.")
                                .arg(actor.username, RoleCodes::displayName(actor.role),
                                     PermissionCatalogue::description(permission)));
}

} // namespace Authorizer
