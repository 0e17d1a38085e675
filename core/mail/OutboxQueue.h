#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "db/PreparedStatements.h"
#include "mail/OutboxMail.h"
#include "mail/SmtpOutcome.h"

#include <QCoreApplication>
#include <optional>

// The sender's side of the outbox: claiming due mails under a lease and recording what happened.
//
// The guarantee "never sent twice" rests on three steps, each committed before the next:
//  1. claim: one due mail becomes `sending`, leased to this sender until an expiry time (SQLite:
//     BEGIN IMMEDIATE + UPDATE … RETURNING; PostgreSQL: the same with FOR UPDATE SKIP LOCKED);
//  2. dot: just before the final "." goes to the server, dot_sent_at is set — only if the lease is
//     still ours, otherwise the message is abandoned unsent;
//  3. outcome: sent, retry later, failed or unconfirmed.
// A sender that dies leaves its mail `sending`; once the lease expires the mail is claimable again
// if its dot never went out, and `unconfirmed` (a person decides) if it did.
class OutboxQueue
{
    Q_DECLARE_TR_FUNCTIONS(OutboxQueue)

public:
    // `owner` names this sender uniquely (host, process, instance); `leaseSeconds` must exceed the
    // longest time one attempt can take.
    OutboxQueue(ServiceContext context, QString owner, int leaseSeconds);

    QString owner() const { return m_owner; }
    // Settles mails whose sender's lease ran out: back to `queued`, or `unconfirmed` after a dot.
    // Returns how many were settled.
    Result<int> recoverExpiredLeases() const;
    // Mails due now and not leased.
    Result<qint64> dueCount() const;
    // Claims the next due mail (oldest due first), or nothing when none is due.
    Result<std::optional<OutboxMail>> claimNext() const;
    // Step 2 above, for a mail this sender claimed. False: the lease is no longer ours, so the dot
    // must not be sent. The lease is renewed only when it would not cover `replyWaitSeconds` more
    // (a long body upload); otherwise only dot_sent_at is written, which touches no index.
    Result<bool> recordFinalDot(const OutboxMail& mail, int replyWaitSeconds) const;
    // Step 3 above, for a mail claimed by this sender. A lost lease is not an error: the mail's
    // new owner records its own outcome.
    Status recordOutcome(const OutboxMail& mail, const SmtpOutcome& outcome) const;
    // Hands a claimed mail back untouched (the run stopped before trying it).
    Status release(const OutboxMail& mail) const;

    static QString newOwnerName();

private:
    ServiceContext m_context;
    QString m_owner;
    int m_leaseSeconds;
    // The per-mail statements, prepared once per delivery run (a run claims, marks and records
    // every mail with the same few statements).
    mutable PreparedStatements m_statements;
};
