#include "filters/FilterFieldType.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<FilterFieldType>{FilterFieldType::Text, "text", QT_TRANSLATE_NOOP("FilterFieldType", "Text")},
    EnumCode<FilterFieldType>{FilterFieldType::Number, "number",
                              QT_TRANSLATE_NOOP("FilterFieldType", "Number")},
    EnumCode<FilterFieldType>{FilterFieldType::Date, "date", QT_TRANSLATE_NOOP("FilterFieldType", "Date")},
    EnumCode<FilterFieldType>{FilterFieldType::Boolean, "boolean",
                              QT_TRANSLATE_NOOP("FilterFieldType", "Yes/no")},
    EnumCode<FilterFieldType>{FilterFieldType::Enum, "enum", QT_TRANSLATE_NOOP("FilterFieldType", "Choice")},
};
} // namespace

namespace FilterFieldTypeCodes {
QString toCode(FilterFieldType value)
{
    return EnumCodes::toCode<FilterFieldType>(kTable, value);
}

std::optional<FilterFieldType> fromCode(const QString& code)
{
    return EnumCodes::fromCode<FilterFieldType>(kTable, code);
}

QString label(FilterFieldType value)
{
    return EnumCodes::label<FilterFieldType>(kTable, "FilterFieldType", value);
}

QStringList codes()
{
    return EnumCodes::codes<FilterFieldType>(kTable);
}

QList<FilterFieldType> all()
{
    QList<FilterFieldType> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace FilterFieldTypeCodes
