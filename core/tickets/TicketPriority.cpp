#include "tickets/TicketPriority.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<TicketPriority>{TicketPriority::Low, "low", QT_TRANSLATE_NOOP("TicketPriority", "Low")},
    EnumCode<TicketPriority>{TicketPriority::Medium, "medium", QT_TRANSLATE_NOOP("TicketPriority", "Medium")},
    EnumCode<TicketPriority>{TicketPriority::High, "high", QT_TRANSLATE_NOOP("TicketPriority", "High")},
    EnumCode<TicketPriority>{TicketPriority::Urgent, "urgent", QT_TRANSLATE_NOOP("TicketPriority", "Urgent")},
};
} // namespace

namespace TicketPriorityCodes {
QString toCode(TicketPriority value)
{
    return EnumCodes::toCode<TicketPriority>(kTable, value);
}

std::optional<TicketPriority> fromCode(const QString& code)
{
    return EnumCodes::fromCode<TicketPriority>(kTable, code);
}

QString label(TicketPriority value)
{
    return EnumCodes::label<TicketPriority>(kTable, "TicketPriority", value);
}

QStringList codes()
{
    return EnumCodes::codes<TicketPriority>(kTable);
}

QList<TicketPriority> all()
{
    QList<TicketPriority> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace TicketPriorityCodes
