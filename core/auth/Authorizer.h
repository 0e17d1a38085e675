#pragma once

#include "auth/Actor.h"
#include "auth/Permission.h"
#include "common/Result.h"

// The service-layer check: a clear, translated refusal when the actor lacks the permission.
namespace Authorizer {
Status require(const Actor& actor, Permission permission);
bool can(const Actor& actor, Permission permission);
} // namespace Authorizer
