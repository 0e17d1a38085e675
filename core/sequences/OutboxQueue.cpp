#include "sequences/OutboxQueue.h"

#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QUuid>

namespace OutboxQueue {

Result<qint64> enqueue(const ServiceContext& context, const OutgoingMail& mail)
{
    const QString sender =
        OfficeSettings(context).value(QLatin1String(SettingsCatalogue::Keys::SenderAddress));
    const qsizetype at = sender.indexOf(QLatin1Char('@'));
    const QString domain = at > 0 ? sender.mid(at + 1) : QStringLiteral("rapport.invalid");
    const QString messageId =
        QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain);
    const QString now = TimeFormat::toStoredTimestamp(context.now());
    auto inserted = SqlRun::exec(
        context.db().connection(),
        QStringLiteral(
            "INSERT INTO outbox (dedupe_key, kind, to_address, to_name, subject, html_body, text_body, "
            "message_id, status, attempts, next_attempt_at, source_type, source_id, company_id, "
            "contact_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"),
        {mail.dedupeKey, mail.kind, mail.toAddress, mail.toName, mail.subject, mail.htmlBody, mail.textBody,
         messageId, now, mail.sourceType, SqlRun::nullIfZero(mail.sourceId),
         SqlRun::nullIfZero(mail.companyId), SqlRun::nullIfZero(mail.contactId), now, now});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return qint64(0);
    return inserted->value(0).toLongLong();
}

} // namespace OutboxQueue
