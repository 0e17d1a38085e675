#pragma once

#include <QDateTime>
#include <QString>

// A public reply (mailed to the contact when customer updates are on) or an internal note (never
// leaves the office, does not count as the first response).
struct TicketComment
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString body;
    bool isInternal = false;
    qint64 authorId = 0;
    QString authorName;
    QDateTime createdAt;
};
