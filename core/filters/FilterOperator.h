#pragma once

#include "filters/FilterFieldType.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The operators of SPEC §7 (segment rules) and §4 (sequence step conditions): one set for both.
enum class FilterOperator
{
    Equals,
    NotEquals,
    Contains,
    NotContains,
    StartsWith,
    EndsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    Between,
    InList,
    IsEmpty,
    IsNotEmpty,
    InLastDays,
    InNextDays,
};

// What value an operator takes, which decides the JSON shape and the editor the builder shows.
enum class FilterValueShape
{
    None,   // is_empty, is_not_empty: no value
    Single, // one value of the field's type
    Pair,   // between: [low, high], both inclusive
    List,   // in_list: [v1, v2, …], at most FilterOperators::kMaxListValues
    Days,   // in_last_days, in_next_days: a whole number of days, 0 = today only
};

namespace FilterOperators {
// in_list is bounded so a filter cannot grow a statement past the database's parameter limit.
inline constexpr int kMaxListValues = 500;
inline constexpr int kMaxDays = 36500;

QString toCode(FilterOperator op);
std::optional<FilterOperator> fromCode(const QString& code);
QStringList codes();
QList<FilterOperator> all();

// The translated label as the builder shows it for a field of `type` ("is after" for dates).
QString label(FilterOperator op, FilterFieldType type);
FilterValueShape valueShape(FilterOperator op);

// The type → operators table: only these are offered by the builder and accepted by the checker.
const QList<FilterOperator>& operatorsFor(FilterFieldType type);
bool accepts(FilterFieldType type, FilterOperator op);
} // namespace FilterOperators
