#include "sequences/StepCondition.h"

#include "common/TimeFormat.h"

#include <QCoreApplication>

namespace {
// lupdate files this file's tr() calls under the same context as translate() uses at run time.
/* TRANSLATOR StepCondition */
QString tr(const char* text)
{
    return QCoreApplication::translate("StepCondition", text);
}

const QString kCompanyPrefix = QStringLiteral("company.");

// Fields a condition can sensibly test: not ids, references or bookkeeping timestamps.
bool offered(const QString& name, FieldKind kind)
{
    if (kind == FieldKind::Reference || name == QLatin1String("id"))
        return false;
    return name != QLatin1String("created_at") && name != QLatin1String("updated_at");
}

bool isNumeric(FieldKind kind)
{
    return kind == FieldKind::Integer || kind == FieldKind::Money || kind == FieldKind::Reference;
}

bool isDate(FieldKind kind)
{
    return kind == FieldKind::Date || kind == FieldKind::Timestamp;
}

std::optional<bool> parseBool(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("true") || lower == QLatin1String("1") || lower == QLatin1String("yes"))
        return true;
    if (lower == QLatin1String("false") || lower == QLatin1String("0") || lower == QLatin1String("no"))
        return false;
    return std::nullopt;
}

std::optional<qint64> parseNumber(const QString& text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QVariant fieldValue(const QString& name, const Company& company, const Contact& contact)
{
    if (name.startsWith(kCompanyPrefix)) {
        const QString bare = name.mid(kCompanyPrefix.size());
        for (const auto& field : Company::fields()) {
            if (field.name == bare)
                return field.get(company);
        }
        return {};
    }
    for (const auto& field : Contact::fields()) {
        if (field.name == name)
            return field.get(contact);
    }
    return {};
}

bool isEmptyValue(FieldKind kind, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (kind) {
    case FieldKind::Date:
        return !value.toDate().isValid();
    case FieldKind::Timestamp:
        return !value.toDateTime().isValid();
    case FieldKind::Text:
    case FieldKind::Enum:
        return value.toString().trimmed().isEmpty();
    default:
        return false;
    }
}

// -1, 0, 1 comparing the field's value with the condition's value by the field's type.
std::optional<int> compare(FieldKind kind, const QVariant& actual, const QString& expected)
{
    const auto sign = [](auto a, auto b) {
        return a < b ? -1 : (a > b ? 1 : 0);
    };
    if (kind == FieldKind::Boolean) {
        const auto wanted = parseBool(expected);
        if (!wanted)
            return std::nullopt;
        return sign(int(actual.toBool()), int(*wanted));
    }
    if (isNumeric(kind)) {
        const auto wanted = parseNumber(expected);
        if (!wanted)
            return std::nullopt;
        return sign(actual.toLongLong(), *wanted);
    }
    if (isDate(kind)) {
        const QDate wanted = TimeFormat::fromStoredDate(expected.trimmed());
        const QDate have = kind == FieldKind::Date ? actual.toDate() : actual.toDateTime().date();
        if (!wanted.isValid() || !have.isValid())
            return std::nullopt;
        return sign(have.toJulianDay(), wanted.toJulianDay());
    }
    const int result = QString::compare(actual.toString().toCaseFolded(), expected.trimmed().toCaseFolded());
    return sign(result, 0);
}
} // namespace

namespace StepCondition {

const QList<Field>& fields()
{
    static const QList<Field> table = [] {
        QList<Field> result;
        for (const auto& field : Contact::fields()) {
            if (offered(field.name, field.kind))
                result << Field{field.name, field.kind,
                                QCoreApplication::translate("RecordField", field.label),
                                field.enumCodes ? field.enumCodes() : QStringList()};
        }
        for (const auto& field : Company::fields()) {
            if (offered(field.name, field.kind))
                result << Field{
                    kCompanyPrefix + field.name, field.kind,
                    tr("Company: %1").arg(QCoreApplication::translate("RecordField", field.label)),
                    field.enumCodes ? field.enumCodes() : QStringList()};
        }
        return result;
    }();
    return table;
}

std::optional<Field> find(const QString& name)
{
    for (const Field& field : fields()) {
        if (field.name == name.trimmed())
            return field;
    }
    return std::nullopt;
}

QList<ConditionOperator> operatorsFor(FieldKind kind)
{
    using Op = ConditionOperator;
    if (kind == FieldKind::Boolean)
        return {Op::Equals, Op::NotEquals};
    if (isNumeric(kind) || isDate(kind))
        return {Op::Equals, Op::NotEquals, Op::GreaterThan, Op::LessThan, Op::IsEmpty, Op::IsNotEmpty};
    if (kind == FieldKind::Enum)
        return {Op::Equals, Op::NotEquals, Op::IsEmpty, Op::IsNotEmpty};
    return {Op::Equals, Op::NotEquals, Op::Contains, Op::IsEmpty, Op::IsNotEmpty};
}

bool needsValue(ConditionOperator op)
{
    return op != ConditionOperator::IsEmpty && op != ConditionOperator::IsNotEmpty;
}

Status validate(const QString& fieldName, std::optional<ConditionOperator> op, const QString& value)
{
    const QString fieldKey = QStringLiteral("condition_field");
    if (fieldName.trimmed().isEmpty()) {
        if (op || !value.trimmed().isEmpty())
            return Error::invalid(fieldKey, tr("Choose the field the condition tests."));
        return Status::success();
    }
    const auto field = find(fieldName);
    if (!field)
        return Error::invalid(
            fieldKey, tr("\"%1\" is not a contact or company field a condition can test.").arg(fieldName));
    if (!op)
        return Error::invalid(QStringLiteral("condition_operator"), tr("Choose the condition's operator."));
    if (!operatorsFor(field->kind).contains(*op))
        return Error::invalid(QStringLiteral("condition_operator"),
                              tr("\"%1\" does not apply to the field %2.")
                                  .arg(ConditionOperatorCodes::toCode(*op), field->name));
    if (!needsValue(*op))
        return Status::success();
    const QString valueKey = QStringLiteral("condition_value");
    const QString text = value.trimmed();
    if (field->kind == FieldKind::Boolean && !parseBool(text))
        return Error::invalid(valueKey, tr("The value for %1 must be true or false.").arg(field->name));
    if (isNumeric(field->kind) && !parseNumber(text))
        return Error::invalid(valueKey, tr("The value for %1 must be a whole number.").arg(field->name));
    if (isDate(field->kind) && !TimeFormat::fromStoredDate(text).isValid())
        return Error::invalid(valueKey, tr("The value for %1 must be a date (YYYY-MM-DD).").arg(field->name));
    if (field->kind == FieldKind::Enum && !field->enumCodes.isEmpty() &&
        !field->enumCodes.contains(text.toLower()))
        return Error::invalid(valueKey, tr("The value for %1 must be one of: %2.")
                                            .arg(field->name, field->enumCodes.join(QStringLiteral(", "))));
    if (field->kind == FieldKind::Text && text.isEmpty())
        return Error::invalid(valueKey, tr("Enter the value to compare %1 with.").arg(field->name));
    return Status::success();
}

bool evaluate(const QString& fieldName, ConditionOperator op, const QString& value, const Company& company,
              const Contact& contact)
{
    const auto field = find(fieldName);
    if (!field)
        return false;
    const QVariant actual = fieldValue(field->name, company, contact);
    switch (op) {
    case ConditionOperator::IsEmpty:
        return isEmptyValue(field->kind, actual);
    case ConditionOperator::IsNotEmpty:
        return !isEmptyValue(field->kind, actual);
    case ConditionOperator::Contains:
        return actual.toString().toCaseFolded().contains(value.trimmed().toCaseFolded());
    default:
        break;
    }
    if (isEmptyValue(field->kind, actual) && field->kind != FieldKind::Text)
        return op == ConditionOperator::NotEquals; // nothing equals, exceeds or precedes a missing value
    const auto order = compare(field->kind, actual, value);
    if (!order)
        return false;
    switch (op) {
    case ConditionOperator::Equals:
        return *order == 0;
    case ConditionOperator::NotEquals:
        return *order != 0;
    case ConditionOperator::GreaterThan:
        return *order > 0;
    case ConditionOperator::LessThan:
        return *order < 0;
    default:
        return false;
    }
}

} // namespace StepCondition
