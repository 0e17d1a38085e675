#include "templates/TemplateVariables.h"

#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateFormat.h"

#include <QUrl>
#include <QUrlQuery>

TemplateVariables::TemplateVariables(ServiceContext context) : m_context(std::move(context)) {}

QDate TemplateVariables::today() const
{
    return OfficeSettings(m_context).today();
}

QString TemplateVariables::unsubscribeUrl(const QString& webAddress, const QString& mailbox,
                                          const QString& contactEmail)
{
    const QString email = contactEmail.trimmed();
    // The office's web page wins (the same setting the List-Unsubscribe header uses), with {email}
    // filled in; otherwise a mail to the unsubscribe mailbox that names the address to remove.
    if (webAddress.trimmed().startsWith(QLatin1String("https://"))) {
        QString url = webAddress.trimmed();
        url.replace(QStringLiteral("{email}"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
        return url;
    }
    if (mailbox.trimmed().isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(mailbox.trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), email.isEmpty() ? QStringLiteral("Unsubscribe")
                                                                  : QStringLiteral("Unsubscribe ") + email);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

Result<TemplateValues> TemplateVariables::forContact(qint64 contactId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed.error();
    auto row = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT contacts.name, contacts.email, companies.name FROM contacts "
                       "JOIN companies ON companies.id = contacts.company_id WHERE contacts.id = ?"),
        {contactId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(tr("There is no contact with id %1.").arg(contactId));
    const OfficeSettings settings(m_context);
    TemplateValues values;
    values.set(QStringLiteral("contact_name"), row->value(0).toString());
    values.set(QStringLiteral("company_name"), row->value(2).toString());
    values.set(QStringLiteral("current_year"), CalendarYear{today().year()});
    values.set(QStringLiteral("sender_name"),
               settings.value(QLatin1String(SettingsCatalogue::Keys::SenderName)));
    const QString unsubscribeMailbox =
        settings.value(QLatin1String(SettingsCatalogue::Keys::UnsubscribeAddress));
    const QString unsubscribe = unsubscribeUrl(
        settings.value(QLatin1String(SettingsCatalogue::Keys::UnsubscribeUrl)),
        unsubscribeMailbox.isEmpty() ? settings.value(QLatin1String(SettingsCatalogue::Keys::SenderAddress))
                                     : unsubscribeMailbox,
        row->value(1).toString());
    if (!unsubscribe.isEmpty())
        values.set(QStringLiteral("unsubscribe_url"), unsubscribe);
    return values;
}

Result<TemplateValues> TemplateVariables::collect(qint64 contactId, const QString& templateType,
                                                  const TemplateSources& sources) const
{
    auto values = forContact(contactId);
    if (!values)
        return values;
    if (!sources.senderName.trimmed().isEmpty())
        values->set(QStringLiteral("sender_name"), sources.senderName.trimmed());
    const TemplateTypeInfo* type = TemplateCatalogue::findType(templateType);
    if (!type)
        return values;
    auto company =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT company_id FROM contacts WHERE id = ?"), {contactId});
    if (!company)
        return company.error();
    const qint64 companyId = company->toLongLong();
    const auto belongs = [&](const QString& sql, qint64 id, const QString& what) -> Status {
        auto owner = SqlRun::scalar(m_context.db().connection(), sql, {id});
        if (!owner)
            return owner.error();
        if (owner->isNull())
            return Error::notFound(tr("There is no %1 with id %2.").arg(what).arg(id));
        if (owner->toLongLong() != companyId)
            return Error::invalid(
                what, tr("The %1 with id %2 belongs to another company than the contact.").arg(what).arg(id));
        return Status::success();
    };
    switch (type->group) {
    case TemplateGroup::Renewal:
    case TemplateGroup::Contract: {
        qint64 contractId = sources.contractId;
        if (contractId) {
            if (auto ok = belongs(QStringLiteral("SELECT company_id FROM contracts WHERE id = ?"), contractId,
                                  QStringLiteral("contract"));
                !ok)
                return ok.error();
        } else {
            auto picked = pickContract(companyId, templateType);
            if (!picked)
                return picked.error();
            contractId = picked.value();
        }
        if (contractId)
            if (auto added = addContract(values.value(), contractId); !added)
                return added.error();
        break;
    }
    case TemplateGroup::Payment: {
        qint64 invoiceId = sources.invoiceId;
        if (invoiceId) {
            if (auto ok = belongs(QStringLiteral("SELECT contracts.company_id FROM invoices JOIN contracts "
                                                 "ON contracts.id = invoices.contract_id "
                                                 "WHERE invoices.id = ?"),
                                  invoiceId, QStringLiteral("invoice"));
                !ok)
                return ok.error();
        } else {
            auto picked = pickInvoice(companyId);
            if (!picked)
                return picked.error();
            invoiceId = picked.value();
        }
        if (invoiceId)
            if (auto added = addInvoice(values.value(), invoiceId); !added)
                return added.error();
        break;
    }
    case TemplateGroup::Ticket:
        if (sources.ticket)
            addTicket(values.value(), *sources.ticket);
        break;
    case TemplateGroup::Sequence:
        if (!sources.sequenceName.isEmpty())
            addSequence(values.value(), sources.sequenceName);
        break;
    case TemplateGroup::General:
        break;
    }
    return values;
}

Result<qint64> TemplateVariables::pickContract(qint64 companyId, const QString& templateType) const
{
    const QString today = TimeFormat::toStoredDate(this->today());
    const bool signedMail = templateType == QLatin1String("contract_signed");
    // Renewal: the active contract ending soonest from today; contract_signed: the latest active
    // one. Either way, any contract of the company rather than none.
    const QString sql =
        signedMail
            ? QStringLiteral(
                  "SELECT id FROM contracts WHERE company_id = ? "
                  "ORDER BY CASE WHEN status = 'active' THEN 0 ELSE 1 END, start_date DESC, id DESC LIMIT 1")
            : QStringLiteral("SELECT id FROM contracts WHERE company_id = ? "
                             "ORDER BY CASE WHEN status = 'active' AND end_date >= ? THEN 0 "
                             "WHEN status = 'active' THEN 1 ELSE 2 END, end_date, id LIMIT 1");
    auto id = signedMail ? SqlRun::scalar(m_context.db().connection(), sql, {companyId})
                         : SqlRun::scalar(m_context.db().connection(), sql, {companyId, today});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<qint64> TemplateVariables::pickInvoice(qint64 companyId) const
{
    auto id = SqlRun::scalar(
        m_context.db().connection(),
        QStringLiteral(
            "SELECT invoices.id FROM invoices JOIN contracts ON contracts.id = invoices.contract_id "
            "WHERE contracts.company_id = ? "
            "ORDER BY CASE WHEN invoices.status IN ('paid', 'cancelled', 'draft') THEN 1 ELSE 0 END, "
            "invoices.due_date, invoices.id LIMIT 1"),
        {companyId});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Status TemplateVariables::addContract(TemplateValues& values, qint64 contractId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed;
    auto row = SqlRun::exec(m_context.db().connection(),
                            QStringLiteral("SELECT contract_number, start_date, end_date, "
                                           "monthly_value_minor, currency FROM contracts WHERE id = ?"),
                            {contractId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(tr("There is no contract with id %1.").arg(contractId));
    values.set(QStringLiteral("contract_number"), row->value(0).toString());
    const QDate start = TimeFormat::fromStoredDate(row->value(1).toString());
    const QDate end = TimeFormat::fromStoredDate(row->value(2).toString());
    if (start.isValid())
        values.set(QStringLiteral("start_date"), start);
    if (end.isValid()) {
        values.set(QStringLiteral("end_date"), end);
        values.set(QStringLiteral("days_until_expiry"), today().daysTo(end));
    }
    values.set(QStringLiteral("monthly_value"),
               MoneyAmount{row->value(3).toLongLong(), row->value(4).toString()});
    return Status::success();
}

Status TemplateVariables::addInvoice(TemplateValues& values, qint64 invoiceId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewRecords); !allowed)
        return allowed;
    auto row = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT invoice_number, due_date, amount_minor, currency FROM invoices WHERE id = ?"),
        {invoiceId});
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(tr("There is no invoice with id %1.").arg(invoiceId));
    values.set(QStringLiteral("invoice_number"), row->value(0).toString());
    values.set(QStringLiteral("amount"), MoneyAmount{row->value(2).toLongLong(), row->value(3).toString()});
    const QDate due = TimeFormat::fromStoredDate(row->value(1).toString());
    if (due.isValid()) {
        const qint64 days = today().daysTo(due);
        values.set(QStringLiteral("due_date"), due);
        values.set(QStringLiteral("days_until_due"), std::max<qint64>(0, days));
        values.set(QStringLiteral("days_overdue"), std::max<qint64>(0, -days));
    }
    return Status::success();
}

void TemplateVariables::addTicket(TemplateValues& values, const TemplateTicket& ticket)
{
    values.set(QStringLiteral("ticket_number"), ticket.number);
    values.set(QStringLiteral("ticket_subject"), ticket.subject);
    values.set(QStringLiteral("ticket_status"), ticket.status);
    values.set(QStringLiteral("ticket_message"), ticket.message);
}

void TemplateVariables::addSequence(TemplateValues& values, const QString& sequenceName)
{
    values.set(QStringLiteral("sequence_name"), sequenceName);
}

TemplateValues TemplateVariables::sample(const QString& templateType, const QString& language,
                                         const QDate& today)
{
    const bool thai = language == QLatin1String("th");
    const auto pick = [thai](const char* english, const QString& thaiText) {
        return thai ? thaiText : QString::fromUtf8(english);
    };
    TemplateValues values;
    values.set(QStringLiteral("company_name"),
               pick("Riverside Hotel Bangkok", QStringLiteral("โรงแรมริเวอร์ไซด์ กรุงเทพฯ")));
    values.set(QStringLiteral("contact_name"), pick("Somchai Jaidee", QStringLiteral("สมชาย ใจดี")));
    values.set(QStringLiteral("current_year"), CalendarYear{today.year()});
    values.set(QStringLiteral("unsubscribe_url"), unsubscribeUrl({}, QStringLiteral("office@example.com"),
                                                                 QStringLiteral("somchai@example.com")));
    values.set(QStringLiteral("sender_name"), pick("Rapport Music", QStringLiteral("ทีมงาน Rapport Music")));
    values.set(QStringLiteral("contract_number"), QStringLiteral("C-%1-0042").arg(today.year()));
    values.set(QStringLiteral("start_date"), today.addYears(-1).addDays(30));
    values.set(QStringLiteral("end_date"), today.addDays(30));
    values.set(QStringLiteral("days_until_expiry"), qint64(30));
    values.set(QStringLiteral("monthly_value"), MoneyAmount{1250000, QStringLiteral("THB")});
    values.set(QStringLiteral("invoice_number"), QStringLiteral("INV-%1-0117").arg(today.year()));
    values.set(QStringLiteral("amount"), MoneyAmount{3750000, QStringLiteral("THB")});
    values.set(QStringLiteral("due_date"), today.addDays(3));
    values.set(QStringLiteral("days_until_due"), qint64(3));
    values.set(QStringLiteral("days_overdue"), qint64(0));
    values.set(QStringLiteral("ticket_number"),
               QStringLiteral("T-%1-0001").arg(today.toString(QStringLiteral("yyyyMMdd"))));
    values.set(QStringLiteral("ticket_subject"),
               pick("Lobby zone stopped playing", QStringLiteral("โซนล็อบบี้ไม่มีเสียงเพลง")));
    values.set(QStringLiteral("ticket_status"), pick("In progress", QStringLiteral("กำลังดำเนินการ")));
    values.set(QStringLiteral("ticket_message"),
               pick("We have restarted the player in the lobby zone; the music is back.",
                    QStringLiteral("เราได้รีสตาร์ตเครื่องเล่นในโซนล็อบบี้แล้ว เพลงกลับมาเล่นตามปกติ")));
    values.set(QStringLiteral("sequence_name"),
               pick("New customer onboarding", QStringLiteral("ต้อนรับลูกค้าใหม่")));
    // Only what the type offers, so the preview shows exactly what a real mail would.
    TemplateValues offered;
    for (const TemplateVariable& variable : TemplateCatalogue::variables(templateType)) {
        if (const TemplateValue* value = values.find(variable.name))
            offered.set(variable.name, *value);
    }
    return offered;
}
