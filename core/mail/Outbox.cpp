#include "mail/Outbox.h"

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "mail/MimeMessage.h"
#include "mail/OutboxRow.h"
#include "records/RecordValidation.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

namespace {
const QStringList kSortable = {
    QStringLiteral("id"),         QStringLiteral("created_at"),      QStringLiteral("sent_at"),
    QStringLiteral("to_address"), QStringLiteral("subject"),         QStringLiteral("status"),
    QStringLiteral("attempts"),   QStringLiteral("next_attempt_at"), QStringLiteral("updated_at")};

QString whereClause(const OutboxQuery& query, QVariantList& binds)
{
    QStringList conditions;
    if (query.status) {
        conditions << QStringLiteral("status = ?");
        binds << MailStatusCodes::toCode(*query.status);
    }
    if (!query.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("search_key LIKE ? ESCAPE '\\'");
        binds << RecordValidation::likePattern(query.search);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// Text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

Outbox::Outbox(ServiceContext context) : m_context(std::move(context)) {}

Status Outbox::validate(const OutgoingMail& mail)
{
    if (mail.dedupeKey.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("dedupe_key"), tr("A mail needs a dedupe key."));
    if (!MailAddress::isValidAddress(mail.to.address.trimmed()))
        return Error::invalid(QStringLiteral("to"),
                              tr("\"%1\" is not a valid email address.").arg(mail.to.address));
    if (mail.subject.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("subject"), tr("A mail needs a subject."));
    if (mail.htmlBody.trimmed().isEmpty() && mail.textBody.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("body"), tr("A mail needs a body."));
    if (!mail.replyTo.isEmpty() && !MailAddress::isValidAddress(mail.replyTo))
        return Error::invalid(QStringLiteral("reply_to"),
                              tr("\"%1\" is not a valid reply-to address.").arg(mail.replyTo));
    return Status::success();
}

Result<Outbox::Enqueued> Outbox::enqueue(const OutgoingMail& mail) const
{
    if (auto valid = validate(mail); !valid)
        return valid.error();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    const QSqlDatabase db = transaction.connection();
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    const QString due = mail.notBefore.isValid() ? TimeFormat::toStoredTimestamp(mail.notBefore) : now;
    const QString senderDomain = MailAddress::domainOf(
        OfficeSettings(m_context).value(QLatin1String(SettingsCatalogue::Keys::SenderAddress)));
    const QString messageId = MimeMessage::newMessageId(senderDomain);
    const QString to = mail.to.address.trimmed();
    const QString searchKey = QString(mail.to.name.simplified() + QLatin1Char(' ') + to + QLatin1Char(' ') +
                                      mail.subject.simplified())
                                  .toCaseFolded();
    auto inserted = SqlRun::scalar(
        db,
        QStringLiteral("INSERT INTO outbox (dedupe_key, kind, to_address, to_name, subject, html_body, "
                       "text_body, reply_to, "
                       "unsubscribe_url, message_id, status, attempts, next_attempt_at, source_type, "
                       "source_id, company_id, "
                       "contact_id, search_key, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"),
        {mail.dedupeKey.trimmed(), MailKindCodes::toCode(mail.kind), to, text(mail.to.name.simplified()),
         mail.subject.simplified(), text(mail.htmlBody), text(mail.textBody), text(mail.replyTo.trimmed()),
         text(mail.unsubscribeUrl.trimmed()), messageId, due, text(mail.sourceType),
         SqlRun::nullIfZero(mail.sourceId), SqlRun::nullIfZero(mail.companyId),
         SqlRun::nullIfZero(mail.contactId), searchKey, now, now});
    if (!inserted)
        return inserted.error();
    Enqueued result;
    if (inserted->isNull()) {
        // Already queued (by an earlier run, another desktop, …): the first one stands.
        auto existing =
            SqlRun::exec(db, QStringLiteral("SELECT id, message_id FROM outbox WHERE dedupe_key = ?"),
                         {mail.dedupeKey.trimmed()});
        if (!existing)
            return existing.error();
        if (!existing->next())
            return Error::database(
                tr("The mail with dedupe key %1 vanished while it was being queued.").arg(mail.dedupeKey));
        result = {existing->value(0).toLongLong(), false, existing->value(1).toString()};
    } else {
        result = {inserted->toLongLong(), true, messageId};
        for (qsizetype i = 0; i < mail.attachments.size(); ++i) {
            const MailAttachment& attachment = mail.attachments.at(i);
            auto stored = SqlRun::exec(
                db,
                QStringLiteral(
                    "INSERT INTO outbox_attachments (outbox_id, position, file_name, content_type, data) "
                    "VALUES (?, ?, ?, ?, ?)"),
                {result.id, int(i), text(attachment.fileName), text(attachment.contentType),
                 attachment.data});
            if (!stored)
                return stored.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return result;
}

Result<OutboxMail> Outbox::get(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + OutboxRow::columns() + QStringLiteral(" FROM outbox WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no mail with id %1 in the outbox.").arg(id));
    return OutboxRow::fromQuery(query.value());
}

Result<QList<OutboxMail>> Outbox::list(const OutboxQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + OutboxRow::columns(query.includeBodies) +
                  QStringLiteral(" FROM outbox") + whereClause(query, binds);
    const QString sortField =
        kSortable.contains(query.sortField) ? query.sortField : QStringLiteral("created_at");
    sql += QStringLiteral(" ORDER BY %1 %2, id %2")
               .arg(sortField, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<OutboxMail> mails;
    while (rows->next())
        mails << OutboxRow::fromQuery(rows.value());
    return mails;
}

Result<qint64> Outbox::count(const OutboxQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    auto total =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT count(*) FROM outbox") + whereClause(query, binds), binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<QHash<MailStatus, qint64>> Outbox::countByStatus() const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto rows = SqlRun::exec(m_context.db().connection(),
                             QStringLiteral("SELECT status, count(*) FROM outbox GROUP BY status"));
    if (!rows)
        return rows.error();
    QHash<MailStatus, qint64> counts;
    while (rows->next()) {
        if (const auto status = MailStatusCodes::fromCode(rows->value(0).toString()))
            counts.insert(*status, rows->value(1).toLongLong());
    }
    return counts;
}

Result<QList<MailAttachment>> Outbox::attachments(qint64 id) const
{
    auto rows = SqlRun::exec(m_context.db().connection(),
                             QStringLiteral("SELECT file_name, content_type, data FROM outbox_attachments "
                                            "WHERE outbox_id = ? ORDER BY position"),
                             {id});
    if (!rows)
        return rows.error();
    QList<MailAttachment> files;
    while (rows->next())
        files << MailAttachment{rows->value(0).toString(), rows->value(1).toString(),
                                rows->value(2).toByteArray()};
    return files;
}

Status Outbox::changeStatus(qint64 id, const QList<MailStatus>& from, const QString& refusal,
                            const QString& sql, const QVariantList& binds) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageSettings); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(id);
    if (!before)
        return before.error();
    if (!from.contains(before->status))
        return Error::conflict(QStringLiteral("status"),
                               refusal.arg(id).arg(MailStatusCodes::label(before->status)));
    QStringList allowedCodes;
    for (MailStatus status : from)
        allowedCodes << QLatin1Char('\'') + MailStatusCodes::toCode(status) + QLatin1Char('\'');
    // The status condition again, in SQL: a sender may have claimed the mail in the meantime.
    auto changed = SqlRun::exec(transaction.connection(),
                                sql + QStringLiteral(" WHERE id = ? AND status IN (") +
                                    allowedCodes.join(QLatin1Char(',')) + QLatin1Char(')'),
                                QVariantList(binds) << id);
    if (!changed)
        return changed.error();
    if (changed->numRowsAffected() != 1)
        return Error::conflict(QStringLiteral("status"),
                               tr("Mail %1 changed while you looked at it; please try again.").arg(id));
    auto after = get(id);
    if (!after)
        return after.error();
    if (auto audited = AuditLog(m_context).recordUpdate(
            QStringLiteral("outbox"), id,
            {{QStringLiteral("status"), MailStatusCodes::toCode(before->status)},
             {QStringLiteral("attempts"), before->attempts}},
            {{QStringLiteral("status"), MailStatusCodes::toCode(after->status)},
             {QStringLiteral("attempts"), after->attempts}});
        !audited)
        return audited;
    return transaction.commit();
}

Status Outbox::retry(qint64 id) const
{
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    // A person's retry starts a fresh 5-day window.
    return changeStatus(
        id, {MailStatus::Queued, MailStatus::Failed, MailStatus::Unconfirmed, MailStatus::Cancelled},
        tr("Mail %1 cannot be retried: it is %2."),
        QStringLiteral("UPDATE outbox SET status = 'queued', next_attempt_at = ?, first_attempt_at = NULL, "
                       "dot_sent_at = NULL, lease_owner = NULL, lease_expires_at = NULL, updated_at = ?"),
        {now, now});
}

Status Outbox::cancel(qint64 id) const
{
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    return changeStatus(
        id, {MailStatus::Queued, MailStatus::Failed, MailStatus::Unconfirmed},
        tr("Mail %1 cannot be cancelled: it is %2."),
        QStringLiteral("UPDATE outbox SET status = 'cancelled', lease_owner = NULL, lease_expires_at = NULL, "
                       "updated_at = ?"),
        {now});
}

Status Outbox::markSent(qint64 id) const
{
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    return changeStatus(
        id, {MailStatus::Unconfirmed}, tr("Only an unconfirmed mail can be marked as sent; mail %1 is %2."),
        QStringLiteral(
            "UPDATE outbox SET status = 'sent', sent_at = COALESCE(dot_sent_at, ?), last_error = '', "
            "updated_at = ?"),
        {now, now});
}
