#include "mail/OutboxQueue.h"

#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "mail/OutboxRow.h"
#include "mail/RetrySchedule.h"

#include <QHostInfo>
#include <QRandomGenerator>

OutboxQueue::OutboxQueue(ServiceContext context, QString owner, int leaseSeconds)
    : m_context(std::move(context)), m_owner(std::move(owner)), m_leaseSeconds(leaseSeconds)
{}

QString OutboxQueue::newOwnerName()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

Result<int> OutboxQueue::recoverExpiredLeases() const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    auto unconfirmed = SqlRun::exec(
        transaction.connection(),
        QStringLiteral(
            "UPDATE outbox SET status = 'unconfirmed', last_error = ?, lease_owner = NULL, lease_expires_at "
            "= NULL, "
            "updated_at = ? WHERE status = 'sending' AND lease_expires_at <= ? AND dot_sent_at IS NOT NULL"),
        {tr("The sender stopped after the whole message had gone to the server but before the server "
            "confirmed it; it may or "
            "may not have been delivered."),
         now, now});
    if (!unconfirmed)
        return unconfirmed.error();
    // Read at once: SQLite reports the changes of the latest statement on the connection.
    const int madeUnconfirmed = unconfirmed->numRowsAffected();
    auto requeued = SqlRun::exec(
        transaction.connection(),
        QStringLiteral(
            "UPDATE outbox SET status = 'queued', lease_owner = NULL, lease_expires_at = NULL, "
            "updated_at = ? WHERE status = 'sending' AND lease_expires_at <= ? AND dot_sent_at IS NULL"),
        {now, now});
    if (!requeued)
        return requeued.error();
    const int settled = madeUnconfirmed + requeued->numRowsAffected();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return settled;
}

Result<qint64> OutboxQueue::dueCount() const
{
    auto count = SqlRun::scalar(
        m_context.db().connection(),
        QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'queued' AND next_attempt_at <= ?"),
        {TimeFormat::toStoredTimestamp(m_context.now())});
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<std::optional<OutboxMail>> OutboxQueue::claimNext() const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    const QDateTime now = m_context.now();
    const QString nowText = TimeFormat::toStoredTimestamp(now);
    // On SQLite the write lock taken by BEGIN IMMEDIATE makes select-then-update atomic; on
    // PostgreSQL the row lock with SKIP LOCKED lets two senders claim different mails at once.
    const QString suffix = m_context.db().dialect().skipLockedSuffix();
    auto claimed = m_statements.exec(
        transaction.connection(),
        QStringLiteral("UPDATE outbox SET status = 'sending', attempts = attempts + 1, lease_owner = ?, "
                       "lease_expires_at = ?, "
                       "first_attempt_at = COALESCE(first_attempt_at, ?), dot_sent_at = NULL, updated_at = ? "
                       "WHERE id = (SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? "
                       "ORDER BY next_attempt_at, id LIMIT 1") +
            (suffix.isEmpty() ? QString() : QLatin1Char(' ') + suffix) +
            QStringLiteral(") AND status = 'queued' RETURNING ") + OutboxRow::columns(),
        {m_owner, TimeFormat::toStoredTimestamp(now.addSecs(m_leaseSeconds)), nowText, nowText, nowText});
    if (!claimed)
        return claimed.error();
    std::optional<OutboxMail> mail;
    QSqlQuery* rows = claimed.value();
    if (rows->next())
        mail = OutboxRow::fromQuery(*rows);
    rows->finish();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return mail;
}

Result<bool> OutboxQueue::recordFinalDot(const OutboxMail& mail, int replyWaitSeconds) const
{
    // One statement, which autocommit makes atomic: an explicit transaction around it would only
    // add two statements to every mail's critical path. The owner check is what keeps a sender
    // whose lease ran out (and whose mail another sender took) from sending the dot.
    const QDateTime now = m_context.now();
    const QString nowText = TimeFormat::toStoredTimestamp(now);
    // A renewal moves the row in the lease index: one more page written just before the dot. The
    // lease from the claim normally has most of its time left, more than the reply can take.
    const bool renew =
        !mail.leaseExpiresAt.isValid() || now.secsTo(mail.leaseExpiresAt) < replyWaitSeconds + 60;
    QVariantList binds = {nowText};
    if (renew)
        binds << TimeFormat::toStoredTimestamp(now.addSecs(m_leaseSeconds));
    binds << nowText << mail.id << m_owner;
    auto marked = m_statements.exec(
        m_context.db().connection(),
        QStringLiteral("UPDATE outbox SET dot_sent_at = ?, ") +
            (renew ? QStringLiteral("lease_expires_at = ?, ") : QString()) +
            QStringLiteral("updated_at = ? WHERE id = ? AND status = 'sending' AND lease_owner = ?"),
        binds);
    if (!marked)
        return marked.error();
    return marked.value()->numRowsAffected() == 1;
}

Status OutboxQueue::recordOutcome(const OutboxMail& mail, const SmtpOutcome& outcome) const
{
    const QDateTime now = m_context.now();
    const QString nowText = TimeFormat::toStoredTimestamp(now);
    QString sql;
    QVariantList binds;
    switch (outcome.kind) {
    case SmtpOutcome::Kind::Ok:
        sql = QStringLiteral(
            "UPDATE outbox SET status = 'sent', sent_at = ?, last_error = '', lease_owner = NULL, "
            "lease_expires_at = NULL, updated_at = ?");
        binds = {nowText, nowText};
        break;
    case SmtpOutcome::Kind::Temporary: {
        const QDateTime next = RetrySchedule::nextAttempt(
            mail.attempts, mail.firstAttemptAt.isValid() ? mail.firstAttemptAt : now, now);
        if (next.isValid()) {
            sql = QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_error = ?, "
                                 "dot_sent_at = NULL, "
                                 "lease_owner = NULL, lease_expires_at = NULL, updated_at = ?");
            binds = {TimeFormat::toStoredTimestamp(next), outcome.message, nowText};
        } else {
            sql = QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, lease_owner = NULL, "
                                 "lease_expires_at = NULL, "
                                 "updated_at = ?");
            binds = {tr("Gave up after %1 attempts over 5 days; the last one: %2")
                         .arg(mail.attempts)
                         .arg(outcome.message),
                     nowText};
        }
        break;
    }
    case SmtpOutcome::Kind::Permanent:
        sql = QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ?, lease_owner = NULL, "
                             "lease_expires_at = NULL, "
                             "updated_at = ?");
        binds = {outcome.message, nowText};
        break;
    case SmtpOutcome::Kind::Unconfirmed:
        sql = QStringLiteral("UPDATE outbox SET status = 'unconfirmed', last_error = ?, lease_owner = NULL, "
                             "lease_expires_at = NULL, updated_at = ?");
        binds = {outcome.message, nowText};
        break;
    case SmtpOutcome::Kind::Abandoned:
        return Status::success();
    }
    // A single statement, atomic under autocommit (as in recordFinalDot).
    auto updated =
        m_statements.exec(m_context.db().connection(),
                          sql + QStringLiteral(" WHERE id = ? AND status = 'sending' AND lease_owner = ?"),
                          binds << mail.id << m_owner);
    if (!updated)
        return updated.error();
    return Status::success();
}

Status OutboxQueue::release(const OutboxMail& mail) const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto released = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("UPDATE outbox SET status = 'queued', attempts = attempts - 1, lease_owner = NULL, "
                       "lease_expires_at = NULL, updated_at = ? "
                       "WHERE id = ? AND status = 'sending' AND lease_owner = ? AND dot_sent_at IS NULL"),
        {TimeFormat::toStoredTimestamp(m_context.now()), mail.id, m_owner});
    if (!released)
        return released.error();
    return transaction.commit();
}
