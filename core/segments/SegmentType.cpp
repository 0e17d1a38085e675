#include "segments/SegmentType.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<SegmentType>{SegmentType::Dynamic, "dynamic", QT_TRANSLATE_NOOP("SegmentType", "Dynamic")},
    EnumCode<SegmentType>{SegmentType::Static, "static", QT_TRANSLATE_NOOP("SegmentType", "Static")},
};
} // namespace

namespace SegmentTypeCodes {
QString toCode(SegmentType value)
{
    return EnumCodes::toCode<SegmentType>(kTable, value);
}

std::optional<SegmentType> fromCode(const QString& code)
{
    return EnumCodes::fromCode<SegmentType>(kTable, code);
}

QString label(SegmentType value)
{
    return EnumCodes::label<SegmentType>(kTable, "SegmentType", value);
}

QStringList codes()
{
    return EnumCodes::codes<SegmentType>(kTable);
}

QList<SegmentType> all()
{
    QList<SegmentType> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace SegmentTypeCodes
