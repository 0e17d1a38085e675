#include "sequences/TemplateMail.h"

#include "common/Money.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QRegularExpression>

namespace {
const QString kColumns =
    QStringLiteral("id, name, template_type, language, subject, html_body, text_body, is_active");

MailTemplate fromRow(const QSqlQuery& query)
{
    MailTemplate t;
    t.id = query.value(0).toLongLong();
    t.name = query.value(1).toString();
    t.templateType = query.value(2).toString();
    t.language = query.value(3).toString();
    t.subject = query.value(4).toString();
    t.htmlBody = query.value(5).toString();
    t.textBody = query.value(6).toString();
    t.isActive = query.value(7).toBool();
    return t;
}

QString substitute(const QString& text, const QHash<QString, QString>& values, bool html)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1));
        result += html ? value.toHtmlEscaped() : value;
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

QString htmlToText(const QString& html)
{
    QString text = html;
    text.replace(QRegularExpression(QStringLiteral("<(br|/p|/div|/h[1-6]|/li)[^>]*>"),
                                    QRegularExpression::CaseInsensitiveOption),
                 QStringLiteral("\n"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.trimmed();
}
} // namespace

TemplateMail::TemplateMail(ServiceContext context) : m_context(std::move(context)) {}

Result<std::optional<MailTemplate>> TemplateMail::get(qint64 id) const
{
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM email_templates WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<MailTemplate>();
    return std::optional<MailTemplate>(fromRow(query.value()));
}

Result<QList<MailTemplate>> TemplateMail::list() const
{
    auto query = SqlRun::exec(m_context.db().connection(),
                              QStringLiteral("SELECT ") + kColumns +
                                  QStringLiteral(" FROM email_templates ORDER BY name_key"));
    if (!query)
        return query.error();
    QList<MailTemplate> result;
    while (query->next())
        result << fromRow(query.value());
    return result;
}

Result<std::optional<MailTemplate>> TemplateMail::findActive(const QString& templateType,
                                                             const QString& language) const
{
    QStringList languages{language};
    if (language != QLatin1String("en"))
        languages << QStringLiteral("en");
    for (const QString& wanted : languages) {
        auto query =
            SqlRun::exec(m_context.db().connection(),
                         QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM email_templates WHERE template_type = ? AND language = ? "
                                            "AND is_active = 1 ORDER BY updated_at DESC, id DESC LIMIT 1"),
                         {templateType, wanted});
        if (!query)
            return query.error();
        if (query->next())
            return std::optional<MailTemplate>(fromRow(query.value()));
    }
    return std::optional<MailTemplate>();
}

Result<ComposedMail> TemplateMail::compose(const MailTemplate& mailTemplate, const Contact& contact,
                                           const Company& company, const Subject& subject) const
{
    OfficeSettings settings(m_context);
    const QDate today = settings.today();
    QHash<QString, QString> values;
    values.insert(QStringLiteral("company_name"), company.name);
    values.insert(QStringLiteral("contact_name"), contact.name);
    values.insert(QStringLiteral("current_year"), QString::number(today.year()));
    values.insert(QStringLiteral("sender_name"),
                  settings.value(QLatin1String(SettingsCatalogue::Keys::SenderName)));
    const QString sender = settings.value(QLatin1String(SettingsCatalogue::Keys::SenderAddress));
    if (!sender.isEmpty())
        values.insert(QStringLiteral("unsubscribe_url"),
                      QStringLiteral("mailto:%1?subject=Unsubscribe%20%2").arg(sender, contact.email));
    if (!subject.sequenceName.isEmpty())
        values.insert(QStringLiteral("sequence_name"), subject.sequenceName);
    if (subject.contract) {
        const Contract& c = *subject.contract;
        values.insert(QStringLiteral("contract_number"), c.contractNumber);
        values.insert(QStringLiteral("end_date"), TimeFormat::toStoredDate(c.endDate));
        if (const auto days = Contract::daysUntil(c.endDate, today))
            values.insert(QStringLiteral("days_until_expiry"), QString::number(*days));
        values.insert(QStringLiteral("monthly_value"),
                      QStringLiteral("%1 %2").arg(c.currency, Money::toPlain(c.monthlyValueMinor)));
    }
    if (subject.invoice) {
        const Invoice& i = *subject.invoice;
        values.insert(QStringLiteral("invoice_number"), i.invoiceNumber);
        values.insert(QStringLiteral("amount"),
                      QStringLiteral("%1 %2").arg(i.currency, Money::toPlain(i.amountMinor)));
        values.insert(QStringLiteral("due_date"), TimeFormat::toStoredDate(i.dueDate));
        values.insert(QStringLiteral("days_overdue"),
                      QString::number(qMax<qint64>(0, i.dueDate.daysTo(today))));
    }
    ComposedMail mail;
    mail.subject = substitute(mailTemplate.subject, values, false).simplified();
    mail.html = substitute(mailTemplate.htmlBody, values, true);
    mail.text = mailTemplate.textBody.trimmed().isEmpty() ? htmlToText(mail.html)
                                                          : substitute(mailTemplate.textBody, values, false);
    return mail;
}
