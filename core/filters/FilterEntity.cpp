#include "filters/FilterEntity.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<FilterEntity>{FilterEntity::Company, "company", QT_TRANSLATE_NOOP("FilterEntity", "Companies")},
    EnumCode<FilterEntity>{FilterEntity::Contact, "contact", QT_TRANSLATE_NOOP("FilterEntity", "Contacts")},
};
} // namespace

namespace FilterEntityCodes {
QString toCode(FilterEntity value)
{
    return EnumCodes::toCode<FilterEntity>(kTable, value);
}

std::optional<FilterEntity> fromCode(const QString& code)
{
    return EnumCodes::fromCode<FilterEntity>(kTable, code);
}

QString label(FilterEntity value)
{
    return EnumCodes::label<FilterEntity>(kTable, "FilterEntity", value);
}

QStringList codes()
{
    return EnumCodes::codes<FilterEntity>(kTable);
}

QList<FilterEntity> all()
{
    QList<FilterEntity> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace FilterEntityCodes
