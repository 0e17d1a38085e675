#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// What a filter selects: companies, or contacts (which can also be filtered on their company).
enum class FilterEntity
{
    Company,
    Contact
};

// Stored codes and translated labels of what a filter selects.
namespace FilterEntityCodes {
QString toCode(FilterEntity value);
std::optional<FilterEntity> fromCode(const QString& code);
QString label(FilterEntity value);
QStringList codes();
QList<FilterEntity> all();
} // namespace FilterEntityCodes
