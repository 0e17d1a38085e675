#pragma once

#include "common/Result.h"
#include "records/Company.h"
#include "records/Contact.h"
#include "sequences/SequenceEnums.h"

#include <QList>
#include <QString>

// Step conditions: a contact or company field, one of seven operators and a value, compared by
// the field's type (numbers as numbers, booleans as booleans, dates as dates, text ignoring case).
//
// The fields are read from the records' own field tables (Contact::fields(), Company::fields()),
// so nothing is repeated here. Segment rules will share one typed catalogue with this once
// core/filters is on main; the field names ("language", "company.country") are already the ones
// that catalogue uses, so stored conditions keep working when this switches over.
namespace StepCondition {
struct Field
{
    QString name; // "email", "is_billing_contact", "company.country"
    FieldKind kind = FieldKind::Text;
    QString label; // translated; "Company: Country" for company fields
    QStringList enumCodes;
};

const QList<Field>& fields();
std::optional<Field> find(const QString& name);
// The operators that fit a field kind; only these are offered and accepted.
QList<ConditionOperator> operatorsFor(FieldKind kind);
bool needsValue(ConditionOperator op);

// Checks a condition before it is saved; the Error names the condition part at fault.
Status validate(const QString& fieldName, std::optional<ConditionOperator> op, const QString& value);
// Whether the condition holds for this contact and its company. An unknown field is false.
bool evaluate(const QString& fieldName, ConditionOperator op, const QString& value, const Company& company,
              const Contact& contact);
} // namespace StepCondition
