#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// The value type of a filter field; it decides which operators and value editors fit.
enum class FilterFieldType
{
    Text,
    Number,
    Date,
    Boolean,
    Enum
};

// Stored codes and translated labels of filter field types.
namespace FilterFieldTypeCodes {
QString toCode(FilterFieldType value);
std::optional<FilterFieldType> fromCode(const QString& code);
QString label(FilterFieldType value);
QStringList codes();
QList<FilterFieldType> all();
} // namespace FilterFieldTypeCodes
