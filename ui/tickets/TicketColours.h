#pragma once

#include <QColor>
#include <QString>

// The badge colours of ticket statuses and priorities, in one place for the list, the ticket page
// and the statistics view. Chosen to stay readable with white text on both light and dark themes.
namespace TicketColours {
QColor status(const QString& code);
QColor priority(const QString& code);
QColor overdue();
// Internal notes: an amber card, so a note never looks like a customer reply.
QColor internalNoteBackground();
QColor internalNoteBorder();
QColor publicReplyBackground();
QColor publicReplyBorder();
} // namespace TicketColours
