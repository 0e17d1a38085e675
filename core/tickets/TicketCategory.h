#pragma once

#include "common/EnumCode.h"
#include "tickets/TicketTeam.h"

#include <QStringList>
#include <optional>

enum class TicketCategory
{
    Technical,
    Billing,
    ZoneConfig,
    Account,
    FeatureRequest,
    General,
};

// Stored codes and translated labels (SPEC §8).
namespace TicketCategoryCodes {
QString toCode(TicketCategory value);
std::optional<TicketCategory> fromCode(const QString& code);
QString label(TicketCategory value);
QStringList codes();
QList<TicketCategory> all();
// The team a ticket goes to when none is chosen (SPEC §8).
TicketTeam teamFor(TicketCategory value);
} // namespace TicketCategoryCodes
