#include "filters/FilterFieldCatalogue.h"

#include "records/ContactType.h"
#include "records/Language.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
QString contactTypeLabel(const QString& code)
{
    const auto value = ContactTypeCodes::fromCode(code);
    return value ? ContactTypeCodes::label(*value) : QString();
}

QString languageLabel(const QString& code)
{
    const auto value = LanguageCodes::fromCode(code);
    return value ? LanguageCodes::label(*value) : QString();
}

FilterField column(FilterSource source, const char* name, FilterFieldType type, const char* label,
                   const char* sqlColumn = nullptr)
{
    FilterField field;
    field.name = QString::fromLatin1(name);
    field.type = type;
    field.source = source;
    field.column = QString::fromLatin1(sqlColumn ? sqlColumn : name);
    field.recordField = field.name;
    field.label = label;
    return field;
}

FilterField keyText(FilterSource source, const char* name, const char* keyColumn, const char* label)
{
    FilterField field = column(source, name, FilterFieldType::Text, label, keyColumn);
    field.fold = FilterTextFold::KeyColumn;
    return field;
}

FilterField timestamp(FilterSource source, const char* name, const char* label, bool nullable = false)
{
    FilterField field = column(source, name, FilterFieldType::Date, label);
    field.dateStorage = FilterDateStorage::Timestamp;
    field.nullable = nullable;
    return field;
}

FilterField derived(FilterSource source, const char* name, FilterFieldType type, const char* label,
                    const char* description)
{
    FilterField field;
    field.name = QString::fromLatin1(name);
    field.type = type;
    field.source = source;
    field.label = label;
    field.description = description;
    return field;
}

// The company's own fields, named as a company filter writes them.
QList<FilterField> companyFields()
{
    using T = FilterFieldType;
    constexpr auto S = FilterSource::CompanyColumn;
    return {
        keyText(S, "name", "name_key", QT_TRANSLATE_NOOP("FilterField", "Name")),
        column(S, "industry", T::Text, QT_TRANSLATE_NOOP("FilterField", "Industry")),
        column(S, "country", T::Text, QT_TRANSLATE_NOOP("FilterField", "Country")),
        column(S, "city", T::Text, QT_TRANSLATE_NOOP("FilterField", "City")),
        column(S, "address", T::Text, QT_TRANSLATE_NOOP("FilterField", "Address")),
        column(S, "website", T::Text, QT_TRANSLATE_NOOP("FilterField", "Website")),
        column(S, "billing_entity", T::Text, QT_TRANSLATE_NOOP("FilterField", "Billing entity")),
        column(S, "payment_terms", T::Text, QT_TRANSLATE_NOOP("FilterField", "Payment terms")),
        column(S, "is_active", T::Boolean, QT_TRANSLATE_NOOP("FilterField", "Active")),
        column(S, "notes", T::Text, QT_TRANSLATE_NOOP("FilterField", "Notes")),
        timestamp(S, "created_at", QT_TRANSLATE_NOOP("FilterField", "Created")),
        timestamp(S, "updated_at", QT_TRANSLATE_NOOP("FilterField", "Updated")),
        derived(FilterSource::ActiveContractEndDates, "active_contract_end", T::Date,
                QT_TRANSLATE_NOOP("FilterField", "Active contract ends"),
                QT_TRANSLATE_NOOP(
                    "FilterField",
                    "True when any of the company's active contracts ends as the rule says: "
                    "\"is in the next 30 days\" finds companies with an active contract ending "
                    "within 30 days. \"is not on\" and \"is not set\" mean no active contract ends so.")),
        derived(FilterSource::ActiveContractCount, "active_contract_count", T::Number,
                QT_TRANSLATE_NOOP("FilterField", "Active contracts"),
                QT_TRANSLATE_NOOP("FilterField", "How many of the company's contracts are active.")),
        derived(
            FilterSource::OverdueInvoiceCount, "overdue_invoice_count", T::Number,
            QT_TRANSLATE_NOOP("FilterField", "Overdue invoices"),
            QT_TRANSLATE_NOOP("FilterField", "How many of the company's invoices are past due and unpaid.")),
        derived(FilterSource::ContactCount, "contact_count", T::Number,
                QT_TRANSLATE_NOOP("FilterField", "Contacts"),
                QT_TRANSLATE_NOOP("FilterField", "How many contacts the company has.")),
    };
}

QList<FilterField> contactFields()
{
    using T = FilterFieldType;
    constexpr auto S = FilterSource::ContactColumn;
    FilterField contactType =
        column(S, "contact_type", T::Enum, QT_TRANSLATE_NOOP("FilterField", "Contact type"));
    contactType.enumCodes = &ContactTypeCodes::codes;
    contactType.enumLabel = &contactTypeLabel;
    FilterField language = column(S, "language", T::Enum, QT_TRANSLATE_NOOP("FilterField", "Language"));
    language.enumCodes = &LanguageCodes::codes;
    language.enumLabel = &languageLabel;
    return {
        keyText(S, "name", "name_key", QT_TRANSLATE_NOOP("FilterField", "Name")),
        keyText(S, "email", "email_key", QT_TRANSLATE_NOOP("FilterField", "Email")),
        column(S, "phone", T::Text, QT_TRANSLATE_NOOP("FilterField", "Phone")),
        column(S, "title", T::Text, QT_TRANSLATE_NOOP("FilterField", "Title")),
        column(S, "department", T::Text, QT_TRANSLATE_NOOP("FilterField", "Department")),
        contactType,
        language,
        column(S, "is_billing_contact", T::Boolean, QT_TRANSLATE_NOOP("FilterField", "Billing contact")),
        column(S, "is_active", T::Boolean, QT_TRANSLATE_NOOP("FilterField", "Active")),
        column(S, "unsubscribed", T::Boolean, QT_TRANSLATE_NOOP("FilterField", "Unsubscribed")),
        timestamp(S, "unsubscribed_at", QT_TRANSLATE_NOOP("FilterField", "Unsubscribed on"), true),
        column(S, "notes", T::Text, QT_TRANSLATE_NOOP("FilterField", "Notes")),
        timestamp(S, "created_at", QT_TRANSLATE_NOOP("FilterField", "Created")),
        timestamp(S, "updated_at", QT_TRANSLATE_NOOP("FilterField", "Updated")),
    };
}

QList<FilterField> build(FilterEntity entity)
{
    QList<FilterField> result;
    if (entity == FilterEntity::Contact) {
        result = contactFields();
        for (FilterField field : companyFields()) {
            field.name = QStringLiteral("company.") + field.name;
            result << field;
        }
    } else {
        result = companyFields();
    }
    for (FilterField& field : result)
        field.entity = entity;
    return result;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}
} // namespace

namespace FilterFieldCatalogue {

const QList<FilterField>& fields(FilterEntity entity)
{
    static const QList<FilterField> company = build(FilterEntity::Company);
    static const QList<FilterField> contact = build(FilterEntity::Contact);
    return entity == FilterEntity::Company ? company : contact;
}

const FilterField* find(FilterEntity entity, const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (const FilterField& field : fields(entity)) {
        if (field.name == wanted)
            return &field;
    }
    return nullptr;
}

QString closestName(FilterEntity entity, const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    QString best;
    int bestDistance = std::max<int>(2, int(wanted.size()) / 3) + 1;
    for (const FilterField& field : fields(entity)) {
        int distance = editDistance(wanted, field.name);
        // "country" on a contact filter means "company.country".
        if (entity == FilterEntity::Contact && field.name == QStringLiteral("company.") + wanted)
            distance = 1;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = field.name;
        }
    }
    return best;
}

} // namespace FilterFieldCatalogue
