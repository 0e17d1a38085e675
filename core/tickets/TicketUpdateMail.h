#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "templates/EmailTemplate.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>

// The customer update of SPEC §8: a ticket_update mail to the ticket's contact when the ticket is
// created, answered publicly or resolved, queued with Outbox::enqueue inside the caller's
// transaction (the scheduler delivers it later).
//
// The mail is the active ticket_update template in the contact's language, else the active English
// one (SPEC §5). When the office has no active ticket_update template at all, the shipped starter
// text in the contact's language (else English) is used instead: customer updates are switched
// off with their own setting, so a missing template should not silently stop them. Variables are
// filled by TemplateVariables like every other mail; ticket_status is written in the contact's
// language and ticket_message is the latest public message (never an internal note).
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

    // A status label as a reader of `language` ("en", "th") reads it, from that language's
    // translation catalogue when one is installed; the English label otherwise.
    static QString statusLabel(const QString& statusCode, const QString& language);

private:
    Result<EmailTemplate> chooseTemplate(const QString& language) const;
    Result<QString> latestMessage(const Ticket& ticket, Reason reason, const QString& replyText) const;

    ServiceContext m_context;
};
