#include "tickets/TicketUpdateMail.h"

#include "db/Database.h"
#include "db/SqlRun.h"
#include "i18n/TranslationLoader.h"
#include "mail/Outbox.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"
#include "templates/StarterTemplates.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateService.h"
#include "templates/TemplateVariables.h"
#include "tickets/TicketStatus.h"

#include <QTranslator>

namespace {
const QString kTemplateType = QStringLiteral("ticket_update");

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
} // namespace

TicketUpdateMail::TicketUpdateMail(ServiceContext context) : m_context(std::move(context)) {}

QString TicketUpdateMail::dedupeKey(qint64 ticketId, Reason reason, qint64 sourceKey)
{
    return QStringLiteral("ticket_update:%1:%2:%3").arg(ticketId).arg(reasonCode(reason)).arg(sourceKey);
}

QString TicketUpdateMail::statusLabel(const QString& statusCode, const QString& language)
{
    const auto status = TicketStatusCodes::fromCode(statusCode);
    if (!status)
        return statusCode;
    const char* source = TicketStatusCodes::sourceLabel(*status);
    if (language != QLatin1String("en")) {
        // The customer's language, not the agent's: a translator of its own for this one lookup.
        const QString catalogue =
            TranslationLoader::findCatalogue(QCoreApplication::applicationDirPath(), language);
        QTranslator translator;
        if (!catalogue.isEmpty() && translator.load(catalogue)) {
            const QString translated = translator.translate("TicketStatus", source);
            if (!translated.isEmpty())
                return translated;
        }
    }
    return QString::fromLatin1(source);
}

Result<EmailTemplate> TicketUpdateMail::chooseTemplate(const QString& language) const
{
    auto active = TemplateService(m_context).findActive(kTemplateType, language);
    if (!active)
        return active.error();
    if (active.value())
        return *active.value();
    // No active ticket_update template in any language: the shipped starter text, so that a
    // customer still hears about their ticket in their own language.
    auto starters = StarterTemplates::load();
    if (!starters)
        return starters.error();
    std::optional<EmailTemplate> english;
    for (const EmailTemplate& starter : starters.value()) {
        if (starter.templateType != kTemplateType)
            continue;
        if (starter.language == language)
            return starter;
        if (starter.language == QLatin1String("en"))
            english = starter;
    }
    if (english)
        return *english;
    return Error::io(tr("This build has no built-in ticket_update text; activate a ticket_update template."));
}

Result<QString> TicketUpdateMail::latestMessage(const Ticket& ticket, Reason reason,
                                                const QString& replyText) const
{
    if (reason == Reason::Replied)
        return replyText;
    if (reason == Reason::Resolved) {
        // The answer that resolved it, when there was one; internal notes are never quoted.
        auto latest = SqlRun::scalar(m_context.db().connection(),
                                     QStringLiteral("SELECT body FROM ticket_comments WHERE ticket_id = ? "
                                                    "AND is_internal = 0 ORDER BY id DESC LIMIT 1"),
                                     {ticket.id});
        if (!latest)
            return latest.error();
        if (!latest->isNull() && !latest->toString().trimmed().isEmpty())
            return latest->toString();
    }
    return ticket.description;
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
    auto contact =
        SqlRun::exec(db, QStringLiteral("SELECT name, email, is_active, language FROM contacts WHERE id = ?"),
                     {ticket.contactId});
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
    QString language = contact->value(3).toString().trimmed().toLower();
    if (language.isEmpty())
        language = QStringLiteral("en");
    contact->finish();

    auto chosen = chooseTemplate(language);
    if (!chosen)
        return chosen.error();
    auto message = latestMessage(ticket, reason, replyText);
    if (!message)
        return message.error();
    TemplateSources sources;
    // The status is written in the template's language, which is the contact's unless the
    // office only has an English template.
    sources.ticket = TemplateTicket{ticket.ticketNumber, ticket.subject,
                                    statusLabel(ticket.status, chosen->language), message.value()};
    auto values = TemplateVariables(m_context).collect(ticket.contactId, kTemplateType, sources);
    if (!values)
        return values.error();
    const RenderedEmail rendered = TemplateRenderer::render(chosen.value(), values.value());

    OutgoingMail mail;
    // The dedupe key keeps a retried operation from queuing the same update twice.
    mail.dedupeKey = dedupeKey(ticket.id, reason, sourceKey);
    mail.kind = MailKind::Transactional;
    mail.to = {email, name};
    mail.subject = rendered.subject;
    mail.htmlBody = rendered.html;
    mail.textBody = rendered.text;
    mail.sourceType = kTemplateType;
    mail.sourceId = ticket.id;
    mail.companyId = ticket.companyId;
    mail.contactId = ticket.contactId;
    auto queued = Outbox(m_context).enqueue(mail);
    if (!queued)
        return queued.error();
    return queued->created ? queued->id : qint64(0);
}
