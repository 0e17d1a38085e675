#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>

// The customer update of SPEC §8: a ticket_update mail to the ticket's contact when the ticket is
// created, answered publicly or resolved, queued with Outbox::enqueue inside the caller's
// transaction (the scheduler delivers it later).
//
// Still to do (tickets area): render the active ticket_update template in the contact's language
// instead of the built-in text below, keeping the same dedupe key.
class TicketUpdateMail
{
    Q_DECLARE_TR_FUNCTIONS(TicketUpdateMail)

public:
    enum class Reason
    {
        Created,
        Replied,
        Resolved
    };

    explicit TicketUpdateMail(ServiceContext context);

    // Queues the mail when customer updates are on and the ticket has an active contact with an
    // email address; otherwise does nothing. `sourceKey` makes the dedupe key unique per cause
    // (the comment id for a reply, the event id for a resolution). `replyText` is the public
    // comment for Reason::Replied.
    // Returns the outbox id, or 0 when nothing was queued.
    Result<qint64> queue(const Ticket& ticket, Reason reason, qint64 sourceKey,
                         const QString& replyText = {}) const;

    static QString dedupeKey(qint64 ticketId, Reason reason, qint64 sourceKey);

private:
    ServiceContext m_context;
};
