#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "filters/Filter.h"
#include "filters/FilterContext.h"
#include "filters/FilterField.h"
#include "filters/FilterOperator.h"
#include "filters/FilterSubject.h"
#include "sequences/SequenceEnums.h"

#include <QList>
#include <QString>

// Step conditions (SPEC §4): a contact or company field, one of seven operators and a value.
//
// A condition is a one-rule contact filter, so it is checked and evaluated by core/filters: the
// same typed field catalogue (FilterFieldCatalogue, company fields as "company.country") and the
// same comparisons as segment rules (numbers as numbers, booleans as booleans, dates as dates,
// text ignoring case). This namespace only narrows the operators to the seven of §4 and names the
// condition part at fault (condition_field, condition_operator, condition_value).
namespace StepCondition {
// The fields a condition can test, in the builder's order.
const QList<FilterField>& fields();
const FilterField* find(const QString& name);

FilterOperator toFilterOperator(ConditionOperator op);
// The operators that fit a field type: the seven that segments also accept for that type.
QList<ConditionOperator> operatorsFor(FilterFieldType type);
bool needsValue(ConditionOperator op);
// The translated operator label for a field of this type ("is after" for dates).
QString operatorLabel(ConditionOperator op, FilterFieldType type);

// The condition as a filter rule; the value stays text (the checker parses it by the field's type).
FilterNode toRule(const QString& fieldName, ConditionOperator op, const QString& value);

// Checks a condition before it is saved; the Error names the condition part at fault.
Status validate(const QString& fieldName, std::optional<ConditionOperator> op, const QString& value);
// Whether the condition holds for one contact (and its company). Fails for a condition that
// does not validate.
Result<bool> evaluate(const QString& fieldName, ConditionOperator op, const QString& value,
                      const FilterSubject& subject, const FilterContext& context);
// The same for a stored contact, read from the database, today being the office's today.
Result<bool> evaluate(const ServiceContext& context, const QString& fieldName, ConditionOperator op,
                      const QString& value, qint64 contactId);
} // namespace StepCondition
