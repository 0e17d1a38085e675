#pragma once

#include "mail/MailKind.h"
#include "mail/MailStatus.h"

#include <QDateTime>
#include <QString>

// One row of the outbox.
struct OutboxMail
{
    qint64 id = 0;
    QString dedupeKey;
    MailKind kind = MailKind::Transactional;
    QString toAddress;
    QString toName;
    QString subject;
    QString htmlBody;
    QString textBody;
    QString replyTo;
    QString unsubscribeUrl;
    QString messageId;
    MailStatus status = MailStatus::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime firstAttemptAt;
    QString lastError;
    QString leaseOwner;
    QDateTime leaseExpiresAt;
    QDateTime dotSentAt;
    QDateTime sentAt;
    QString sourceType;
    qint64 sourceId = 0;
    qint64 companyId = 0;
    qint64 contactId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};
