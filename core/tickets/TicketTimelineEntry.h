#pragma once

#include "tickets/TicketAttachment.h"
#include "tickets/TicketComment.h"
#include "tickets/TicketEvent.h"

#include <QDateTime>
#include <QString>

// One item of a ticket's timeline, in time order: its opening, comments, internal notes, field
// changes and attachments. Only the part that matches `kind` is filled.
struct TicketTimelineEntry
{
    enum class Kind
    {
        Created,
        Comment,
        InternalNote,
        Event,
        Attachment
    };

    Kind kind = Kind::Created;
    QDateTime at;
    QString author;
    TicketComment comment;       // Comment, InternalNote
    TicketEvent event;           // Event
    TicketAttachment attachment; // Attachment (without content)
    QString text;                // Created: the ticket's description
};
