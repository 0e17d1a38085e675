#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

enum class TicketStatus
{
    New,
    Assigned,
    InProgress,
    Pending,
    Resolved,
    Closed,
};

// Stored codes and translated labels (SPEC §8).
namespace TicketStatusCodes {
QString toCode(TicketStatus value);
std::optional<TicketStatus> fromCode(const QString& code);
QString label(TicketStatus value);
// The untranslated English label (translation context "TicketStatus"), for text written in a
// language other than the user interface's, such as a customer's mail.
const char* sourceLabel(TicketStatus value);
QStringList codes();
QList<TicketStatus> all();
// Resolved and closed tickets are done: not open, never overdue.
bool isOpen(TicketStatus value);
} // namespace TicketStatusCodes
