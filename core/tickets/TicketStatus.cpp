#include "tickets/TicketStatus.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<TicketStatus>{TicketStatus::New, "new", QT_TRANSLATE_NOOP("TicketStatus", "New")},
    EnumCode<TicketStatus>{TicketStatus::Assigned, "assigned", QT_TRANSLATE_NOOP("TicketStatus", "Assigned")},
    EnumCode<TicketStatus>{TicketStatus::InProgress, "in_progress",
                           QT_TRANSLATE_NOOP("TicketStatus", "In progress")},
    EnumCode<TicketStatus>{TicketStatus::Pending, "pending", QT_TRANSLATE_NOOP("TicketStatus", "Pending")},
    EnumCode<TicketStatus>{TicketStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("TicketStatus", "Resolved")},
    EnumCode<TicketStatus>{TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("TicketStatus", "Closed")},
};
} // namespace

namespace TicketStatusCodes {
QString toCode(TicketStatus value)
{
    return EnumCodes::toCode<TicketStatus>(kTable, value);
}

std::optional<TicketStatus> fromCode(const QString& code)
{
    return EnumCodes::fromCode<TicketStatus>(kTable, code);
}

QString label(TicketStatus value)
{
    return EnumCodes::label<TicketStatus>(kTable, "TicketStatus", value);
}

const char* sourceLabel(TicketStatus value)
{
    for (const auto& entry : kTable) {
        if (entry.value == value)
            return entry.label;
    }
    return "";
}

QStringList codes()
{
    return EnumCodes::codes<TicketStatus>(kTable);
}

QList<TicketStatus> all()
{
    QList<TicketStatus> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}

bool isOpen(TicketStatus value)
{
    return value != TicketStatus::Resolved && value != TicketStatus::Closed;
}
} // namespace TicketStatusCodes
