#include "segments/SegmentStatus.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<SegmentStatus>{SegmentStatus::Active, "active", QT_TRANSLATE_NOOP("SegmentStatus", "Active")},
    EnumCode<SegmentStatus>{SegmentStatus::Paused, "paused", QT_TRANSLATE_NOOP("SegmentStatus", "Paused")},
    EnumCode<SegmentStatus>{SegmentStatus::Archived, "archived",
                            QT_TRANSLATE_NOOP("SegmentStatus", "Archived")},
};
} // namespace

namespace SegmentStatusCodes {
QString toCode(SegmentStatus value)
{
    return EnumCodes::toCode<SegmentStatus>(kTable, value);
}

std::optional<SegmentStatus> fromCode(const QString& code)
{
    return EnumCodes::fromCode<SegmentStatus>(kTable, code);
}

QString label(SegmentStatus value)
{
    return EnumCodes::label<SegmentStatus>(kTable, "SegmentStatus", value);
}

QStringList codes()
{
    return EnumCodes::codes<SegmentStatus>(kTable);
}

QList<SegmentStatus> all()
{
    QList<SegmentStatus> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace SegmentStatusCodes
