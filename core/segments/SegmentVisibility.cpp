#include "segments/SegmentVisibility.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<SegmentVisibility>{SegmentVisibility::Private, "private",
                                QT_TRANSLATE_NOOP("SegmentVisibility", "Private")},
    EnumCode<SegmentVisibility>{SegmentVisibility::Public, "public",
                                QT_TRANSLATE_NOOP("SegmentVisibility", "Public")},
};
} // namespace

namespace SegmentVisibilityCodes {
QString toCode(SegmentVisibility value)
{
    return EnumCodes::toCode<SegmentVisibility>(kTable, value);
}

std::optional<SegmentVisibility> fromCode(const QString& code)
{
    return EnumCodes::fromCode<SegmentVisibility>(kTable, code);
}

QString label(SegmentVisibility value)
{
    return EnumCodes::label<SegmentVisibility>(kTable, "SegmentVisibility", value);
}

QStringList codes()
{
    return EnumCodes::codes<SegmentVisibility>(kTable);
}

QList<SegmentVisibility> all()
{
    QList<SegmentVisibility> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace SegmentVisibilityCodes
