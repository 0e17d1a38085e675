#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// Private segments are seen by their owner (and admins); public active ones by everyone who
// manages segments.
enum class SegmentVisibility
{
    Private,
    Public
};

// Stored codes and translated labels of the segment visibility.
namespace SegmentVisibilityCodes {
QString toCode(SegmentVisibility value);
std::optional<SegmentVisibility> fromCode(const QString& code);
QString label(SegmentVisibility value);
QStringList codes();
QList<SegmentVisibility> all();
} // namespace SegmentVisibilityCodes
