#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

enum class TicketPriority
{
    Low,
    Medium,
    High,
    Urgent,
};

// Stored codes and translated labels (SPEC §8).
namespace TicketPriorityCodes {
QString toCode(TicketPriority value);
std::optional<TicketPriority> fromCode(const QString& code);
QString label(TicketPriority value);
QStringList codes();
QList<TicketPriority> all();
} // namespace TicketPriorityCodes
