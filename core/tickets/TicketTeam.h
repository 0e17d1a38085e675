#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

enum class TicketTeam
{
    Tech,
    Finance,
    Sales,
    Support,
};

// Stored codes and translated labels (SPEC §8).
namespace TicketTeamCodes {
QString toCode(TicketTeam value);
std::optional<TicketTeam> fromCode(const QString& code);
QString label(TicketTeam value);
QStringList codes();
QList<TicketTeam> all();
} // namespace TicketTeamCodes
