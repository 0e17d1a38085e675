#include "tickets/TicketTeam.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<TicketTeam>{TicketTeam::Tech, "tech", QT_TRANSLATE_NOOP("TicketTeam", "Tech")},
    EnumCode<TicketTeam>{TicketTeam::Finance, "finance", QT_TRANSLATE_NOOP("TicketTeam", "Finance")},
    EnumCode<TicketTeam>{TicketTeam::Sales, "sales", QT_TRANSLATE_NOOP("TicketTeam", "Sales")},
    EnumCode<TicketTeam>{TicketTeam::Support, "support", QT_TRANSLATE_NOOP("TicketTeam", "Support")},
};
} // namespace

namespace TicketTeamCodes {
QString toCode(TicketTeam value)
{
    return EnumCodes::toCode<TicketTeam>(kTable, value);
}

std::optional<TicketTeam> fromCode(const QString& code)
{
    return EnumCodes::fromCode<TicketTeam>(kTable, code);
}

QString label(TicketTeam value)
{
    return EnumCodes::label<TicketTeam>(kTable, "TicketTeam", value);
}

QStringList codes()
{
    return EnumCodes::codes<TicketTeam>(kTable);
}

QList<TicketTeam> all()
{
    QList<TicketTeam> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace TicketTeamCodes
