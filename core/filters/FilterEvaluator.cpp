#include "filters/FilterEvaluator.h"

#include "filters/FilterText.h"
#include "records/RecordFields.h"

FilterEvaluator::FilterEvaluator(FilterContext context) : m_context(std::move(context)) {}

bool FilterEvaluator::matches(const CheckedFilter& filter, const FilterSubject& subject) const
{
    return matches(filter.root, subject);
}

bool FilterEvaluator::matches(const CheckedNode& node, const FilterSubject& subject) const
{
    if (!node.isGroup)
        return matches(node.rule, subject);
    if (node.children.isEmpty())
        return true; // only the root may be empty: it selects every record
    if (node.match == FilterMatch::All) {
        for (const CheckedNode& child : node.children) {
            if (!matches(child, subject))
                return false;
        }
        return true;
    }
    for (const CheckedNode& child : node.children) {
        if (matches(child, subject))
            return true;
    }
    return false;
}

QVariant FilterEvaluator::fieldValue(const FilterField& field, const FilterSubject& subject) const
{
    switch (field.source) {
    case FilterSource::ContactColumn:
    case FilterSource::CompanyColumn: {
        QVariant raw;
        if (field.source == FilterSource::ContactColumn) {
            if (const auto* recordField = RecordFields::find(Contact::fields(), field.recordField))
                raw = recordField->get(subject.contact);
        } else if (const auto* recordField = RecordFields::find(Company::fields(), field.recordField)) {
            raw = recordField->get(subject.company);
        }
        switch (field.type) {
        case FilterFieldType::Text:
        case FilterFieldType::Enum:
            return raw.toString();
        case FilterFieldType::Number:
            return raw.toDouble();
        case FilterFieldType::Boolean:
            return raw.toBool();
        case FilterFieldType::Date:
            if (field.dateStorage == FilterDateStorage::Timestamp)
                return m_context.localDate(raw.toDateTime());
            return raw.toDate();
        }
        return raw;
    }
    case FilterSource::ContactCount:
        return double(subject.contactCount);
    case FilterSource::ActiveContractCount: {
        qint64 count = 0;
        for (const Contract& contract : subject.contracts)
            count += contract.status == QLatin1String("active") ? 1 : 0;
        return double(count);
    }
    case FilterSource::OverdueInvoiceCount: {
        qint64 count = 0;
        for (const Invoice& invoice : subject.invoices)
            count += Invoice::overdueOn(invoice.dueDate, invoice.status, m_context.today) ? 1 : 0;
        return double(count);
    }
    case FilterSource::ActiveContractEndDates: {
        QVariantList dates;
        for (const Contract& contract : subject.contracts) {
            if (contract.status == QLatin1String("active") && contract.endDate.isValid())
                dates << contract.endDate;
        }
        return dates;
    }
    }
    return {};
}

bool FilterEvaluator::matches(const CheckedRule& rule, const FilterSubject& subject) const
{
    const FilterField& field = *rule.field;
    const QVariant value = fieldValue(field, subject);
    if (field.source == FilterSource::ActiveContractEndDates) {
        // Any active contract ending so; the negative operators are the complement.
        const QVariantList dates = value.toList();
        switch (rule.op) {
        case FilterOperator::IsEmpty:
            return dates.isEmpty();
        case FilterOperator::IsNotEmpty:
            return !dates.isEmpty();
        case FilterOperator::NotEquals:
            for (const QVariant& date : dates) {
                if (date.toDate() == rule.values.value(0).toDate())
                    return false;
            }
            return true;
        default:
            for (const QVariant& date : dates) {
                if (dateInRange(rule, date.toDate()))
                    return true;
            }
            return false;
        }
    }
    switch (field.type) {
    case FilterFieldType::Text:
        return text(rule, value.toString());
    case FilterFieldType::Number:
        return number(rule, value.toDouble());
    case FilterFieldType::Boolean: {
        const bool equal = value.toBool() == rule.values.value(0).toBool();
        return rule.op == FilterOperator::Equals ? equal : !equal;
    }
    case FilterFieldType::Enum: {
        const QString code = value.toString();
        if (rule.op == FilterOperator::InList) {
            for (const QVariant& item : rule.values) {
                if (item.toString() == code)
                    return true;
            }
            return false;
        }
        const bool equal = code == rule.values.value(0).toString();
        return rule.op == FilterOperator::Equals ? equal : !equal;
    }
    case FilterFieldType::Date:
        return date(rule, value.toDate());
    }
    return false;
}

bool FilterEvaluator::text(const CheckedRule& rule, const QString& stored) const
{
    const bool key = rule.field->fold == FilterTextFold::KeyColumn;
    const auto fold = [key](const QString& text) -> QString {
        return key ? FilterText::fold(text) : FilterText::asciiLower(text);
    };
    const QString value = fold(stored);
    const QString wanted = fold(rule.values.value(0).toString());
    switch (rule.op) {
    case FilterOperator::Equals:
        return value == wanted;
    case FilterOperator::NotEquals:
        return value != wanted;
    case FilterOperator::Contains:
        return value.contains(wanted);
    case FilterOperator::NotContains:
        return !value.contains(wanted);
    case FilterOperator::StartsWith:
        return value.startsWith(wanted);
    case FilterOperator::EndsWith:
        return value.endsWith(wanted);
    case FilterOperator::InList:
        for (const QVariant& item : rule.values) {
            if (fold(item.toString()) == value)
                return true;
        }
        return false;
    case FilterOperator::IsEmpty:
        return value.isEmpty(); // a key column holds the trimmed text
    case FilterOperator::IsNotEmpty:
        return !value.isEmpty();
    default:
        return false;
    }
}

bool FilterEvaluator::number(const CheckedRule& rule, double value) const
{
    const double wanted = rule.values.value(0).toDouble();
    switch (rule.op) {
    case FilterOperator::Equals:
        return value == wanted;
    case FilterOperator::NotEquals:
        return value != wanted;
    case FilterOperator::GreaterThan:
        return value > wanted;
    case FilterOperator::GreaterThanOrEqual:
        return value >= wanted;
    case FilterOperator::LessThan:
        return value < wanted;
    case FilterOperator::LessThanOrEqual:
        return value <= wanted;
    case FilterOperator::Between:
        return value >= wanted && value <= rule.values.value(1).toDouble();
    case FilterOperator::InList:
        for (const QVariant& item : rule.values) {
            if (item.toDouble() == value)
                return true;
        }
        return false;
    default:
        return false;
    }
}

bool FilterEvaluator::dateInRange(const CheckedRule& rule, const QDate& value) const
{
    if (!value.isValid())
        return false;
    const QDate wanted = rule.values.value(0).toDate();
    const qint64 days = rule.values.value(0).toLongLong();
    switch (rule.op) {
    case FilterOperator::Equals:
    case FilterOperator::NotEquals:
        return value == wanted;
    case FilterOperator::GreaterThan:
        return value > wanted;
    case FilterOperator::GreaterThanOrEqual:
        return value >= wanted;
    case FilterOperator::LessThan:
        return value < wanted;
    case FilterOperator::LessThanOrEqual:
        return value <= wanted;
    case FilterOperator::Between:
        return value >= wanted && value <= rule.values.value(1).toDate();
    case FilterOperator::InLastDays:
        return value >= m_context.today.addDays(-days) && value <= m_context.today;
    case FilterOperator::InNextDays:
        return value >= m_context.today && value <= m_context.today.addDays(days);
    default:
        return false;
    }
}

bool FilterEvaluator::date(const CheckedRule& rule, const QDate& value) const
{
    switch (rule.op) {
    case FilterOperator::IsEmpty:
        return !value.isValid();
    case FilterOperator::IsNotEmpty:
        return value.isValid();
    case FilterOperator::NotEquals:
        return !dateInRange(rule, value);
    default:
        return dateInRange(rule, value);
    }
}
