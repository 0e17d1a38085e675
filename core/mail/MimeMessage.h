#pragma once

#include "mail/MailAddress.h"
#include "mail/MailAttachment.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// One outgoing message, ready to be rendered as RFC 5322 bytes (7-bit, CRLF line ends):
// multipart/alternative (plain text + HTML) inside multipart/mixed when there are attachments.
struct MimeMessage
{
    MailAddress from;
    MailAddress to;
    MailAddress replyTo; // omitted when empty
    QString subject;
    QString textBody;  // derived from the HTML when empty
    QString htmlBody;  // a text-only message when empty
    QString messageId; // "<unique@domain>", chosen once when the mail is queued
    QDateTime date;    // written in its own time zone
    // List-Unsubscribe targets (mailto: and https: URIs), for marketing mail.
    QStringList listUnsubscribe;
    QList<MailAttachment> attachments;

    QByteArray toBytes() const;

    // A new globally unique Message-ID for a mail from `domain`.
    static QString newMessageId(const QString& domain);
};
