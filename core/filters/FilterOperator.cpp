#include "filters/FilterOperator.h"

#include <QCoreApplication>
#include <array>

namespace {
struct Entry
{
    FilterOperator op;
    const char* code;
    const char* label;     // for text, number, boolean and enum fields
    const char* dateLabel; // for date fields
    FilterValueShape shape;
};

// clang-format off
constexpr std::array kTable = {
    Entry{FilterOperator::Equals,             "equals",                QT_TRANSLATE_NOOP("FilterOperator", "is"),                  QT_TRANSLATE_NOOP("FilterOperator", "is on"),            FilterValueShape::Single},
    Entry{FilterOperator::NotEquals,          "not_equals",            QT_TRANSLATE_NOOP("FilterOperator", "is not"),              QT_TRANSLATE_NOOP("FilterOperator", "is not on"),        FilterValueShape::Single},
    Entry{FilterOperator::Contains,           "contains",              QT_TRANSLATE_NOOP("FilterOperator", "contains"),            nullptr,                                                  FilterValueShape::Single},
    Entry{FilterOperator::NotContains,        "not_contains",          QT_TRANSLATE_NOOP("FilterOperator", "does not contain"),    nullptr,                                                  FilterValueShape::Single},
    Entry{FilterOperator::StartsWith,         "starts_with",           QT_TRANSLATE_NOOP("FilterOperator", "starts with"),         nullptr,                                                  FilterValueShape::Single},
    Entry{FilterOperator::EndsWith,           "ends_with",             QT_TRANSLATE_NOOP("FilterOperator", "ends with"),           nullptr,                                                  FilterValueShape::Single},
    Entry{FilterOperator::GreaterThan,        "greater_than",          QT_TRANSLATE_NOOP("FilterOperator", "is greater than"),     QT_TRANSLATE_NOOP("FilterOperator", "is after"),         FilterValueShape::Single},
    Entry{FilterOperator::GreaterThanOrEqual, "greater_than_or_equal", QT_TRANSLATE_NOOP("FilterOperator", "is at least"),         QT_TRANSLATE_NOOP("FilterOperator", "is on or after"),   FilterValueShape::Single},
    Entry{FilterOperator::LessThan,           "less_than",             QT_TRANSLATE_NOOP("FilterOperator", "is less than"),        QT_TRANSLATE_NOOP("FilterOperator", "is before"),        FilterValueShape::Single},
    Entry{FilterOperator::LessThanOrEqual,    "less_than_or_equal",    QT_TRANSLATE_NOOP("FilterOperator", "is at most"),          QT_TRANSLATE_NOOP("FilterOperator", "is on or before"),  FilterValueShape::Single},
    Entry{FilterOperator::Between,            "between",               QT_TRANSLATE_NOOP("FilterOperator", "is between"),          QT_TRANSLATE_NOOP("FilterOperator", "is between"),       FilterValueShape::Pair},
    Entry{FilterOperator::InList,             "in_list",               QT_TRANSLATE_NOOP("FilterOperator", "is one of"),           nullptr,                                                  FilterValueShape::List},
    Entry{FilterOperator::IsEmpty,            "is_empty",              QT_TRANSLATE_NOOP("FilterOperator", "is empty"),            QT_TRANSLATE_NOOP("FilterOperator", "is not set"),       FilterValueShape::None},
    Entry{FilterOperator::IsNotEmpty,         "is_not_empty",          QT_TRANSLATE_NOOP("FilterOperator", "is not empty"),        QT_TRANSLATE_NOOP("FilterOperator", "is set"),           FilterValueShape::None},
    Entry{FilterOperator::InLastDays,         "in_last_days",          nullptr,                                                     QT_TRANSLATE_NOOP("FilterOperator", "is in the last … days"), FilterValueShape::Days},
    Entry{FilterOperator::InNextDays,         "in_next_days",          nullptr,                                                     QT_TRANSLATE_NOOP("FilterOperator", "is in the next … days"), FilterValueShape::Days},
};
// clang-format on

const Entry* find(FilterOperator op)
{
    for (const Entry& entry : kTable) {
        if (entry.op == op)
            return &entry;
    }
    return nullptr;
}

using Op = FilterOperator;
} // namespace

namespace FilterOperators {

QString toCode(FilterOperator op)
{
    const Entry* entry = find(op);
    return entry ? QString::fromLatin1(entry->code) : QString();
}

std::optional<FilterOperator> fromCode(const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    for (const Entry& entry : kTable) {
        if (wanted == QLatin1String(entry.code))
            return entry.op;
    }
    return std::nullopt;
}

QStringList codes()
{
    QStringList result;
    for (const Entry& entry : kTable)
        result << QString::fromLatin1(entry.code);
    return result;
}

QList<FilterOperator> all()
{
    QList<FilterOperator> result;
    for (const Entry& entry : kTable)
        result << entry.op;
    return result;
}

QString label(FilterOperator op, FilterFieldType type)
{
    const Entry* entry = find(op);
    if (!entry)
        return {};
    const char* text = type == FilterFieldType::Date && entry->dateLabel ? entry->dateLabel : entry->label;
    if (!text)
        text = entry->dateLabel ? entry->dateLabel : entry->code;
    return QCoreApplication::translate("FilterOperator", text);
}

FilterValueShape valueShape(FilterOperator op)
{
    const Entry* entry = find(op);
    return entry ? entry->shape : FilterValueShape::None;
}

const QList<FilterOperator>& operatorsFor(FilterFieldType type)
{
    // Negative operators are the exact complement of their positive twin (not_equals = not equals,
    // is_not_empty = not is_empty), also for missing values; the compiler and evaluator rely on it.
    static const QList<Op> text = {Op::Equals,   Op::NotEquals, Op::Contains, Op::NotContains, Op::StartsWith,
                                   Op::EndsWith, Op::InList,    Op::IsEmpty,  Op::IsNotEmpty};
    static const QList<Op> number = {
        Op::Equals,   Op::NotEquals,       Op::GreaterThan, Op::GreaterThanOrEqual,
        Op::LessThan, Op::LessThanOrEqual, Op::Between,     Op::InList};
    static const QList<Op> date = {
        Op::Equals,     Op::NotEquals,       Op::GreaterThan, Op::GreaterThanOrEqual,
        Op::LessThan,   Op::LessThanOrEqual, Op::Between,     Op::InLastDays,
        Op::InNextDays, Op::IsEmpty,         Op::IsNotEmpty};
    static const QList<Op> boolean = {Op::Equals, Op::NotEquals};
    static const QList<Op> enumeration = {Op::Equals, Op::NotEquals, Op::InList};
    switch (type) {
    case FilterFieldType::Text:
        return text;
    case FilterFieldType::Number:
        return number;
    case FilterFieldType::Date:
        return date;
    case FilterFieldType::Boolean:
        return boolean;
    case FilterFieldType::Enum:
        return enumeration;
    }
    return text;
}

bool accepts(FilterFieldType type, FilterOperator op)
{
    return operatorsFor(type).contains(op);
}

} // namespace FilterOperators
