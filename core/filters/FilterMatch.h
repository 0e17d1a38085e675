#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// How the rules of a group combine: all of them (AND) or any of them (OR).
enum class FilterMatch
{
    All,
    Any
};

// Stored codes and translated labels of a group's match mode.
namespace FilterMatchCodes {
QString toCode(FilterMatch value);
std::optional<FilterMatch> fromCode(const QString& code);
QString label(FilterMatch value);
QStringList codes();
QList<FilterMatch> all();
} // namespace FilterMatchCodes
