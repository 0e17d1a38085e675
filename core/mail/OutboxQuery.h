#pragma once

#include "mail/MailStatus.h"

#include <QString>
#include <optional>

// Which outbox rows a list shows: optional status, a search over recipient and subject, an order
// (a column of the outbox table: created_at, sent_at, to_address, subject, status, attempts,
// next_attempt_at) and a page.
struct OutboxQuery
{
    std::optional<MailStatus> status;
    QString search;
    QString sortField = QStringLiteral("created_at");
    bool descending = true;
    int limit = -1;
    int offset = 0;
    // Lists for a table leave the bodies out (they can be large); get() always has them.
    bool includeBodies = true;
};
