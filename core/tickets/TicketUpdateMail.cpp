#include "tickets/TicketUpdateMail.h"

#include "db/Database.h"
#include "db/SqlRun.h"
#include "mail/Outbox.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"
#include "tickets/TicketStatus.h"

namespace {
QString reasonCode(TicketUpdateMail::Reason reason)
{
    switch (reason) {
    case TicketUpdateMail::Reason::Created:
        return QStringLiteral("created");
    case TicketUpdateMail::Reason::Replied:
        return QStringLiteral("replied");
    case TicketUpdateMail::Reason::Resolved:
        return QStringLiteral("resolved");
    }
    return QStringLiteral("update");
}

QString paragraphs(const QString& text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}
} // namespace

TicketUpdateMail::TicketUpdateMail(ServiceContext context) : m_context(std::move(context)) {}

QString TicketUpdateMail::dedupeKey(qint64 ticketId, Reason reason, qint64 sourceKey)
{
    return QStringLiteral("ticket_update:%1:%2:%3").arg(ticketId).arg(reasonCode(reason)).arg(sourceKey);
}

Result<qint64> TicketUpdateMail::queue(const Ticket& ticket, Reason reason, qint64 sourceKey,
                                       const QString& replyText) const
{
    const OfficeSettings settings(m_context);
    const QString enabled = settings.value(QLatin1String(SettingsCatalogue::Keys::TicketCustomerUpdates));
    if (enabled != QLatin1String("true"))
        return qint64(0);
    if (ticket.contactId == 0)
        return qint64(0);

    const QSqlDatabase db = m_context.db().connection();
    auto contact = SqlRun::exec(
        db, QStringLiteral("SELECT name, email, is_active FROM contacts WHERE id = ?"), {ticket.contactId});
    if (!contact)
        return contact.error();
    if (!contact->next())
        return qint64(0);
    const QString name = contact->value(0).toString();
    const QString email = contact->value(1).toString().trimmed();
    // Ticket updates are service mail, not marketing: an unsubscribed contact still hears about
    // their own ticket, but an inactive contact (left the company) or one without address does not.
    if (email.isEmpty() || contact->value(2).toInt() == 0)
        return qint64(0);

    const QString statusLabel = TicketStatusCodes::fromCode(ticket.status)
                                    ? TicketStatusCodes::label(*TicketStatusCodes::fromCode(ticket.status))
                                    : ticket.status;
    QString subject;
    QString lead;
    switch (reason) {
    case Reason::Created:
        subject = tr("[%1] We have received your request: %2").arg(ticket.ticketNumber, ticket.subject);
        lead = tr("Thank you for contacting us. Your request has been logged as ticket %1 and our team "
                  "will get back to you shortly.")
                   .arg(ticket.ticketNumber);
        break;
    case Reason::Replied:
        subject = tr("[%1] New reply: %2").arg(ticket.ticketNumber, ticket.subject);
        lead = tr("There is a new reply on your ticket %1:").arg(ticket.ticketNumber);
        break;
    case Reason::Resolved:
        subject = tr("[%1] Resolved: %2").arg(ticket.ticketNumber, ticket.subject);
        lead = tr("Your ticket %1 has been resolved. If the problem persists, simply reply to this "
                  "email and we will reopen it.")
                   .arg(ticket.ticketNumber);
        break;
    }
    const QString greeting = tr("Dear %1,").arg(name);
    const QString statusLine =
        tr("Ticket %1 \u2014 %2 \u2014 status: %3").arg(ticket.ticketNumber, ticket.subject, statusLabel);
    const QString signature = settings.value(QLatin1String(SettingsCatalogue::Keys::SenderName));

    QStringList textParts = {greeting, lead};
    QString html = paragraphs(greeting) + paragraphs(lead);
    if (reason == Reason::Replied && !replyText.isEmpty()) {
        textParts << replyText;
        html += QStringLiteral("<blockquote>") + paragraphs(replyText) + QStringLiteral("</blockquote>");
    }
    textParts << statusLine << signature;
    html += paragraphs(statusLine) + paragraphs(signature);
    const QString text = textParts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');

    OutgoingMail mail;
    // The dedupe key keeps a retried operation from queuing the same update twice.
    mail.dedupeKey = dedupeKey(ticket.id, reason, sourceKey);
    mail.kind = MailKind::Transactional;
    mail.to = {email, name};
    mail.subject = subject;
    mail.htmlBody = html;
    mail.textBody = text;
    mail.sourceType = QStringLiteral("ticket_update");
    mail.sourceId = ticket.id;
    mail.companyId = ticket.companyId;
    mail.contactId = ticket.contactId;
    auto queued = Outbox(m_context).enqueue(mail);
    if (!queued)
        return queued.error();
    return queued->created ? queued->id : qint64(0);
}
