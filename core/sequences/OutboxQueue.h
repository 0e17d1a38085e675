#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QString>

// A mail to put in the outbox.
struct OutgoingMail
{
    QString dedupeKey; // the same key twice is one mail: the second enqueue does nothing
    QString kind = QStringLiteral("transactional"); // or "marketing" (List-Unsubscribe headers)
    QString toAddress;
    QString toName;
    QString subject;
    QString htmlBody;
    QString textBody;
    QString sourceType; // "sequence_email", "reminder"
    qint64 sourceId = 0;
    qint64 companyId = 0;
    qint64 contactId = 0;
};

// Writes mails into the outbox inside the caller's transaction (call it between a Transaction's
// start and commit on the same thread). Exactly-once comes from the outbox's UNIQUE dedupe_key.
//
// Interim: the mail area's enqueue API replaces this once it is on main; the columns written
// are those of migration 0001 and nothing else.
namespace OutboxQueue {
// The new outbox id, or 0 when a mail with this dedupe key is already queued (or was sent).
Result<qint64> enqueue(const ServiceContext& context, const OutgoingMail& mail);
} // namespace OutboxQueue
