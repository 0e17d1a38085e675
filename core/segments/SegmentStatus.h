#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// Active segments can be used; paused ones are kept but not offered for enrolment; archived ones
// are hidden from the list and read-only until restored.
enum class SegmentStatus
{
    Active,
    Paused,
    Archived
};

// Stored codes and translated labels of the segment status.
namespace SegmentStatusCodes {
QString toCode(SegmentStatus value);
std::optional<SegmentStatus> fromCode(const QString& code);
QString label(SegmentStatus value);
QStringList codes();
QList<SegmentStatus> all();
} // namespace SegmentStatusCodes
