#include "templates/TemplateCatalogue.h"

#include <QCoreApplication>

QString TemplateVariable::translatedDescription() const
{
    return QCoreApplication::translate("TemplateVariable", description);
}

QString TemplateTypeInfo::translatedLabel() const
{
    return QCoreApplication::translate("TemplateType", label);
}

namespace {
TemplateVariable var(const char* name, VariableKind kind, const char* description)
{
    return {QString::fromLatin1(name), kind, description};
}

// Every template can use these (SPEC §3).
const QList<TemplateVariable>& commonVariables()
{
    static const QList<TemplateVariable> list = {
        var("company_name", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The customer company's name.")),
        var("contact_name", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The full name of the contact receiving the email.")),
        var("current_year", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "The current year (Buddhist Era in Thai templates, e.g. 2568).")),
        var("unsubscribe_url", VariableKind::Url,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "A link the recipient follows to stop receiving these emails.")),
        var("sender_name", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The sender name from the office mail settings.")),
    };
    return list;
}

const QList<TemplateVariable>& renewalVariables()
{
    static const QList<TemplateVariable> list = {
        var("contract_number", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The contract's number, e.g. C-2025-001.")),
        var("end_date", VariableKind::Date,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "The date the contract ends, written for the template's language.")),
        var("days_until_expiry", VariableKind::Number,
            QT_TRANSLATE_NOOP("TemplateVariable", "Whole days from today until the contract ends.")),
        var("monthly_value", VariableKind::Money,
            QT_TRANSLATE_NOOP("TemplateVariable", "The contract's monthly value with its currency.")),
    };
    return list;
}

const QList<TemplateVariable>& contractSignedVariables()
{
    static const QList<TemplateVariable> list = {
        var("contract_number", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The contract's number, e.g. C-2025-001.")),
        var("start_date", VariableKind::Date,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "The date the contract starts, written for the template's language.")),
        var("end_date", VariableKind::Date,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "The date the contract ends, written for the template's language.")),
        var("monthly_value", VariableKind::Money,
            QT_TRANSLATE_NOOP("TemplateVariable", "The contract's monthly value with its currency.")),
    };
    return list;
}

const QList<TemplateVariable>& paymentVariables()
{
    static const QList<TemplateVariable> list = {
        var("invoice_number", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The invoice's number.")),
        var("amount", VariableKind::Money,
            QT_TRANSLATE_NOOP("TemplateVariable", "The invoice amount with its currency.")),
        var("due_date", VariableKind::Date,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "The date payment is due, written for the template's language.")),
        var("days_overdue", VariableKind::Number,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "Whole days since the due date (0 when the invoice is not yet overdue).")),
        var("days_until_due", VariableKind::Number,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "Whole days from today until the due date (0 when it is due or overdue).")),
    };
    return list;
}

const QList<TemplateVariable>& ticketVariables()
{
    static const QList<TemplateVariable> list = {
        var("ticket_number", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The ticket's number, e.g. T-20250314-0001.")),
        var("ticket_subject", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The ticket's subject line.")),
        var("ticket_status", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The ticket's current status, e.g. Resolved.")),
        // One template serves all three customer updates (created, answered, resolved), so the
        // mail quotes the latest public message rather than a per-cause sentence.
        var("ticket_message", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable",
                              "The latest public message on the ticket: the reply this update is about, "
                              "else the customer's original request. Internal notes never appear.")),
    };
    return list;
}

const QList<TemplateVariable>& sequenceVariables()
{
    static const QList<TemplateVariable> list = {
        var("sequence_name", VariableKind::Text,
            QT_TRANSLATE_NOOP("TemplateVariable", "The name of the email sequence sending this step.")),
    };
    return list;
}

TemplateTypeInfo type(const char* code, TemplateGroup group, const char* label)
{
    return {QString::fromLatin1(code), group, label};
}
} // namespace

namespace TemplateCatalogue {

const QList<TemplateTypeInfo>& types()
{
    static const QList<TemplateTypeInfo> list = {
        type("renewal_30_days", TemplateGroup::Renewal,
             QT_TRANSLATE_NOOP("TemplateType", "Renewal: 30 days before")),
        type("renewal_14_days", TemplateGroup::Renewal,
             QT_TRANSLATE_NOOP("TemplateType", "Renewal: 14 days before")),
        type("renewal_7_days", TemplateGroup::Renewal,
             QT_TRANSLATE_NOOP("TemplateType", "Renewal: 7 days before")),
        type("renewal_urgent", TemplateGroup::Renewal,
             QT_TRANSLATE_NOOP("TemplateType", "Renewal: urgent (3 days or fewer)")),
        type("invoice_new", TemplateGroup::Payment, QT_TRANSLATE_NOOP("TemplateType", "New invoice")),
        type("payment_reminder", TemplateGroup::Payment,
             QT_TRANSLATE_NOOP("TemplateType", "Payment reminder")),
        type("payment_overdue", TemplateGroup::Payment, QT_TRANSLATE_NOOP("TemplateType", "Payment overdue")),
        type("quarterly_checkin", TemplateGroup::General,
             QT_TRANSLATE_NOOP("TemplateType", "Quarterly check-in")),
        type("contract_signed", TemplateGroup::Contract,
             QT_TRANSLATE_NOOP("TemplateType", "Contract signed")),
        type("welcome", TemplateGroup::General, QT_TRANSLATE_NOOP("TemplateType", "Welcome")),
        type("seasonal_new_year", TemplateGroup::General,
             QT_TRANSLATE_NOOP("TemplateType", "Seasonal: New Year")),
        type("seasonal_songkran", TemplateGroup::General,
             QT_TRANSLATE_NOOP("TemplateType", "Seasonal: Songkran")),
        type("seasonal_chinese_new_year", TemplateGroup::General,
             QT_TRANSLATE_NOOP("TemplateType", "Seasonal: Chinese New Year")),
        type("seasonal_christmas", TemplateGroup::General,
             QT_TRANSLATE_NOOP("TemplateType", "Seasonal: Christmas")),
        type("zone_offline_alert", TemplateGroup::General,
             QT_TRANSLATE_NOOP("TemplateType", "Zone offline alert")),
        type("ticket_update", TemplateGroup::Ticket, QT_TRANSLATE_NOOP("TemplateType", "Ticket update")),
        type("sequence_step", TemplateGroup::Sequence, QT_TRANSLATE_NOOP("TemplateType", "Sequence step")),
        type("custom", TemplateGroup::General, QT_TRANSLATE_NOOP("TemplateType", "Custom")),
    };
    return list;
}

const TemplateTypeInfo* findType(const QString& code)
{
    for (const TemplateTypeInfo& info : types()) {
        if (info.code == code)
            return &info;
    }
    return nullptr;
}

QStringList typeCodes()
{
    QStringList codes;
    for (const TemplateTypeInfo& info : types())
        codes << info.code;
    return codes;
}

QString typeLabel(const QString& code)
{
    const TemplateTypeInfo* info = findType(code);
    return info ? info->translatedLabel() : code;
}

QList<TemplateVariable> variables(const QString& typeCode)
{
    const TemplateTypeInfo* info = findType(typeCode);
    if (!info)
        return {};
    QList<TemplateVariable> list = commonVariables();
    switch (info->group) {
    case TemplateGroup::Renewal:
        list += renewalVariables();
        break;
    case TemplateGroup::Payment:
        list += paymentVariables();
        break;
    case TemplateGroup::Contract:
        list += contractSignedVariables();
        break;
    case TemplateGroup::Ticket:
        list += ticketVariables();
        break;
    case TemplateGroup::Sequence:
        list += sequenceVariables();
        break;
    case TemplateGroup::General:
        break;
    }
    return list;
}

const TemplateVariable* findVariable(const QString& name)
{
    for (const auto* group : {&commonVariables(), &renewalVariables(), &contractSignedVariables(),
                              &paymentVariables(), &ticketVariables(), &sequenceVariables()}) {
        for (const TemplateVariable& variable : *group) {
            if (variable.name == name)
                return &variable;
        }
    }
    return nullptr;
}

bool offers(const QString& typeCode, const QString& variableName)
{
    const QList<TemplateVariable> list = variables(typeCode);
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const TemplateVariable& v) { return v.name == variableName; });
}

QStringList renewalAndPaymentTypes()
{
    QStringList codes;
    for (const TemplateTypeInfo& info : types()) {
        if (info.group == TemplateGroup::Renewal || info.group == TemplateGroup::Payment)
            codes << info.code;
    }
    return codes;
}

} // namespace TemplateCatalogue
