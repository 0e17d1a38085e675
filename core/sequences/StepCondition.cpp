#include "sequences/StepCondition.h"

#include "filters/FilterChecker.h"
#include "filters/FilterEvaluator.h"
#include "filters/FilterFieldCatalogue.h"
#include "filters/RecordMatcher.h"

#include <QCoreApplication>

namespace {
// Conditions are written on the contact being mailed; its company's fields are "company.*".
constexpr FilterEntity kEntity = FilterEntity::Contact;
} // namespace

namespace StepCondition {

const QList<FilterField>& fields()
{
    return FilterFieldCatalogue::fields(kEntity);
}

const FilterField* find(const QString& name)
{
    return FilterFieldCatalogue::find(kEntity, name);
}

FilterOperator toFilterOperator(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::Equals:
        return FilterOperator::Equals;
    case ConditionOperator::NotEquals:
        return FilterOperator::NotEquals;
    case ConditionOperator::Contains:
        return FilterOperator::Contains;
    case ConditionOperator::GreaterThan:
        return FilterOperator::GreaterThan;
    case ConditionOperator::LessThan:
        return FilterOperator::LessThan;
    case ConditionOperator::IsEmpty:
        return FilterOperator::IsEmpty;
    case ConditionOperator::IsNotEmpty:
        return FilterOperator::IsNotEmpty;
    }
    return FilterOperator::Equals;
}

QList<ConditionOperator> operatorsFor(FilterFieldType type)
{
    QList<ConditionOperator> result;
    for (ConditionOperator op : ConditionOperatorCodes::all()) {
        if (FilterOperators::accepts(type, toFilterOperator(op)))
            result << op;
    }
    return result;
}

bool needsValue(ConditionOperator op)
{
    return FilterOperators::valueShape(toFilterOperator(op)) != FilterValueShape::None;
}

QString operatorLabel(ConditionOperator op, FilterFieldType type)
{
    return FilterOperators::label(toFilterOperator(op), type);
}

FilterNode toRule(const QString& fieldName, ConditionOperator op, const QString& value)
{
    return FilterNode::rule(fieldName.trimmed(), FilterOperators::toCode(toFilterOperator(op)),
                            needsValue(op) ? QJsonValue(value.trimmed()) : QJsonValue(QJsonValue::Undefined));
}

Status validate(const QString& fieldName, std::optional<ConditionOperator> op, const QString& value)
{
    const QString fieldKey = QStringLiteral("condition_field");
    if (fieldName.trimmed().isEmpty()) {
        if (op || !value.trimmed().isEmpty())
            return Error::invalid(fieldKey, QCoreApplication::translate(
                                                "StepCondition", "Choose the field the condition tests."));
        return Status::success();
    }
    const FilterField* field = find(fieldName);
    if (!field) {
        const QString closest = FilterFieldCatalogue::closestName(kEntity, fieldName);
        return Error::invalid(
            fieldKey,
            closest.isEmpty()
                ? QCoreApplication::translate(
                      "StepCondition", "\"%1\" is not a contact or company field a condition can test.")
                      .arg(fieldName)
                : QCoreApplication::translate(
                      "StepCondition",
                      "\"%1\" is not a contact or company field a condition can test; did you mean "
                      "\"%2\"?")
                      .arg(fieldName, closest));
    }
    const QString operatorKey = QStringLiteral("condition_operator");
    if (!op)
        return Error::invalid(
            operatorKey, QCoreApplication::translate("StepCondition", "Choose the condition's operator."));
    const QList<ConditionOperator> fitting = operatorsFor(field->type);
    if (!fitting.contains(*op)) {
        QStringList codes;
        for (ConditionOperator candidate : fitting)
            codes << ConditionOperatorCodes::toCode(candidate);
        return Error::invalid(
            operatorKey,
            QCoreApplication::translate("StepCondition",
                                        "\"%1\" does not apply to the field %2; use one of: %3.")
                .arg(ConditionOperatorCodes::toCode(*op), field->name, codes.join(QStringLiteral(", "))));
    }
    const QString valueKey = QStringLiteral("condition_value");
    // An empty text would make "equals" test for emptiness, which is what is_empty is for.
    if (needsValue(*op) && value.trimmed().isEmpty())
        return Error::invalid(
            valueKey, QCoreApplication::translate("StepCondition", "Enter the value to compare %1 with.")
                          .arg(field->name));
    if (auto checked = FilterChecker::checkRule(kEntity, toRule(fieldName, *op, value)); !checked)
        return Error::invalid(valueKey, checked.error().message);
    return Status::success();
}

Result<bool> evaluate(const QString& fieldName, ConditionOperator op, const QString& value,
                      const FilterSubject& subject, const FilterContext& context)
{
    if (auto valid = validate(fieldName, op, value); !valid)
        return valid.error();
    auto rule = FilterChecker::checkRule(kEntity, toRule(fieldName, op, value));
    if (!rule)
        return rule.error();
    return FilterEvaluator(context).matches(rule.value(), subject);
}

Result<bool> evaluate(const ServiceContext& context, const QString& fieldName, ConditionOperator op,
                      const QString& value, qint64 contactId)
{
    if (auto valid = validate(fieldName, op, value); !valid)
        return valid.error();
    return RecordMatcher(context).ruleMatches(kEntity, toRule(fieldName, op, value), contactId);
}

} // namespace StepCondition
