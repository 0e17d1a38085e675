#include "mail/OutboxRow.h"

#include "common/TimeFormat.h"

#include <QVariant>

namespace OutboxRow {
QString columns(bool withBodies)
{
    if (!withBodies)
        return columns().replace(QStringLiteral("html_body, text_body"),
                                 QStringLiteral("'' AS html_body, '' AS text_body"));
    return QStringLiteral(
        "id, dedupe_key, kind, to_address, to_name, subject, html_body, text_body, reply_to, "
        "unsubscribe_url, "
        "message_id, status, attempts, next_attempt_at, first_attempt_at, last_error, lease_owner, "
        "lease_expires_at, dot_sent_at, sent_at, source_type, source_id, company_id, contact_id, created_at, "
        "updated_at");
}

OutboxMail fromQuery(const QSqlQuery& q, int f)
{
    OutboxMail m;
    m.id = q.value(f + 0).toLongLong();
    m.dedupeKey = q.value(f + 1).toString();
    m.kind = MailKindCodes::fromCode(q.value(f + 2).toString()).value_or(MailKind::Transactional);
    m.toAddress = q.value(f + 3).toString();
    m.toName = q.value(f + 4).toString();
    m.subject = q.value(f + 5).toString();
    m.htmlBody = q.value(f + 6).toString();
    m.textBody = q.value(f + 7).toString();
    m.replyTo = q.value(f + 8).toString();
    m.unsubscribeUrl = q.value(f + 9).toString();
    m.messageId = q.value(f + 10).toString();
    m.status = MailStatusCodes::fromCode(q.value(f + 11).toString()).value_or(MailStatus::Queued);
    m.attempts = q.value(f + 12).toInt();
    m.nextAttemptAt = TimeFormat::fromStoredTimestamp(q.value(f + 13).toString());
    m.firstAttemptAt = TimeFormat::fromStoredTimestamp(q.value(f + 14).toString());
    m.lastError = q.value(f + 15).toString();
    m.leaseOwner = q.value(f + 16).toString();
    m.leaseExpiresAt = TimeFormat::fromStoredTimestamp(q.value(f + 17).toString());
    m.dotSentAt = TimeFormat::fromStoredTimestamp(q.value(f + 18).toString());
    m.sentAt = TimeFormat::fromStoredTimestamp(q.value(f + 19).toString());
    m.sourceType = q.value(f + 20).toString();
    m.sourceId = q.value(f + 21).toLongLong();
    m.companyId = q.value(f + 22).toLongLong();
    m.contactId = q.value(f + 23).toLongLong();
    m.createdAt = TimeFormat::fromStoredTimestamp(q.value(f + 24).toString());
    m.updatedAt = TimeFormat::fromStoredTimestamp(q.value(f + 25).toString());
    return m;
}
} // namespace OutboxRow
