#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// Dynamic segments are their filter, evaluated when used; static segments are a hand-kept list
// of contacts.
enum class SegmentType
{
    Dynamic,
    Static
};

// Stored codes and translated labels of the segment type.
namespace SegmentTypeCodes {
QString toCode(SegmentType value);
std::optional<SegmentType> fromCode(const QString& code);
QString label(SegmentType value);
QStringList codes();
QList<SegmentType> all();
} // namespace SegmentTypeCodes
