#pragma once

#include "mail/MailAddress.h"
#include "mail/MailAttachment.h"
#include "mail/MailKind.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What a service hands to Outbox::enqueue: one mail to one recipient.
struct OutgoingMail
{
    // Identifies the mail among all mails ever queued ("reminder:renewal_30:contract:42:contact:7"):
    // queuing the same key again does nothing, so a job may run any number of times.
    QString dedupeKey;
    MailKind kind = MailKind::Transactional;
    MailAddress to;
    QString subject;
    QString htmlBody;
    QString textBody;       // derived from the HTML when empty
    QString replyTo;        // overrides the office's reply-to address
    QString unsubscribeUrl; // https List-Unsubscribe target for marketing mail (else the office's)
    // What caused the mail, for the Outbox page and for reports.
    QString sourceType;
    qint64 sourceId = 0;
    qint64 companyId = 0;
    qint64 contactId = 0;
    QDateTime notBefore; // not sent before this time; now when invalid
    QList<MailAttachment> attachments;
};
