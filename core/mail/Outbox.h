#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "mail/MailAttachment.h"
#include "mail/OutboxMail.h"
#include "mail/OutboxQuery.h"
#include "mail/OutgoingMail.h"

#include <QCoreApplication>
#include <QHash>

// The persistent outbox: every mail is queued here, in the transaction of the change that caused
// it, and delivered later by the scheduler (OutboxQueue). Also the actions a person takes on the
// Outbox page: retry, cancel, mark sent.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    struct Enqueued
    {
        qint64 id = 0;
        bool created = false; // false: a mail with this dedupe key was already queued
        QString messageId;
    };

    explicit Outbox(ServiceContext context);

    // Queues a mail. Inside a caller's Transaction it becomes part of it (a savepoint), so the mail
    // exists exactly when the caller's change does. The Message-ID is chosen here, once, and kept
    // on every retry. Queuing an existing dedupe key changes nothing and returns that mail.
    Result<Enqueued> enqueue(const OutgoingMail& mail) const;

    Result<OutboxMail> get(qint64 id) const;
    Result<QList<OutboxMail>> list(const OutboxQuery& query = {}) const;
    Result<qint64> count(const OutboxQuery& query = {}) const;
    Result<QHash<MailStatus, qint64>> countByStatus() const;
    Result<QList<MailAttachment>> attachments(qint64 id) const;

    // Queues a failed, unconfirmed, cancelled (or waiting) mail for an attempt now. For an
    // unconfirmed mail this is the person's decision to resend it.
    Status retry(qint64 id) const;
    // Cancels a mail that has not gone out (queued, failed, unconfirmed).
    Status cancel(qint64 id) const;
    // Records that an unconfirmed mail did arrive (the person checked).
    Status markSent(qint64 id) const;

    static Status validate(const OutgoingMail& mail);

private:
    // `refusal` (with %1 the id and %2 the current status) explains why a mail in another status
    // cannot change.
    Status changeStatus(qint64 id, const QList<MailStatus>& from, const QString& refusal, const QString& sql,
                        const QVariantList& binds) const;

    ServiceContext m_context;
};
