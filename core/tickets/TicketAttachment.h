#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A file stored with a ticket. `content` is only filled by TicketService::attachmentContent, so
// lists and timelines never load the bytes.
struct TicketAttachment
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256; // lower-case hex of the content
    qint64 uploadedBy = 0;
    QString uploadedByName;
    QDateTime createdAt;
    QByteArray content;
};
