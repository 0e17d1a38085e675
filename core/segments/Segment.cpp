#include "segments/Segment.h"

#include "filters/FilterJson.h"

#include <QCoreApplication>

const QList<RecordField<Segment>>& Segment::fields()
{
    static const QList<RecordField<Segment>> table = {
        {QStringLiteral("id"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "ID"),
         [](const Segment& s) { return QVariant(s.id); },
         {}},
        {QStringLiteral("name"), FieldKind::Text, QT_TRANSLATE_NOOP("RecordField", "Name"),
         [](const Segment& s) { return QVariant(s.name); },
         [](Segment& s, const QVariant& v) {
             s.name = v.toString();
         }},
        {QStringLiteral("description"), FieldKind::Text, QT_TRANSLATE_NOOP("RecordField", "Description"),
         [](const Segment& s) { return QVariant(s.description); },
         [](Segment& s, const QVariant& v) {
             s.description = v.toString();
         }},
        {QStringLiteral("segment_type"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Type"),
         [](const Segment& s) { return QVariant(SegmentTypeCodes::toCode(s.type)); },
         [](Segment& s, const QVariant& v) {
             s.type = SegmentTypeCodes::fromCode(v.toString()).value_or(SegmentType::Dynamic);
         },
         &SegmentTypeCodes::codes},
        {QStringLiteral("entity"),
         FieldKind::Enum,
         QT_TRANSLATE_NOOP("RecordField", "Selects"),
         [](const Segment& s) { return QVariant(FilterEntityCodes::toCode(s.filter.entity)); },
         {},
         &FilterEntityCodes::codes},
        {QStringLiteral("member_count"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "Members"),
         [](const Segment& s) { return s.memberCount ? QVariant(*s.memberCount) : QVariant(); },
         {}},
        {QStringLiteral("member_count_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Counted"),
         [](const Segment& s) { return QVariant(s.memberCountAt); },
         {}},
        {QStringLiteral("status"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Status"),
         [](const Segment& s) { return QVariant(SegmentStatusCodes::toCode(s.status)); },
         [](Segment& s, const QVariant& v) {
             s.status = SegmentStatusCodes::fromCode(v.toString()).value_or(SegmentStatus::Active);
         },
         &SegmentStatusCodes::codes},
        {QStringLiteral("visibility"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Visibility"),
         [](const Segment& s) { return QVariant(SegmentVisibilityCodes::toCode(s.visibility)); },
         [](Segment& s, const QVariant& v) {
             s.visibility =
                 SegmentVisibilityCodes::fromCode(v.toString()).value_or(SegmentVisibility::Private);
         },
         &SegmentVisibilityCodes::codes},
        {QStringLiteral("owner"),
         FieldKind::Text,
         QT_TRANSLATE_NOOP("RecordField", "Owner"),
         [](const Segment& s) { return QVariant(s.ownerName); },
         {}},
        {QStringLiteral("tags"), FieldKind::Text, QT_TRANSLATE_NOOP("RecordField", "Tags"),
         [](const Segment& s) { return QVariant(s.tags.join(QStringLiteral(", "))); },
         [](Segment& s, const QVariant& v) {
             s.tags.clear();
             for (const QString& tag : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                 s.tags << tag.trimmed();
         }},
        {QStringLiteral("times_used"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "Times used"),
         [](const Segment& s) { return QVariant(s.timesUsed); },
         {}},
        {QStringLiteral("last_used_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Last used"),
         [](const Segment& s) { return QVariant(s.lastUsedAt); },
         {}},
        {QStringLiteral("filter"),
         FieldKind::Text,
         QT_TRANSLATE_NOOP("RecordField", "Filter"),
         [](const Segment& s) { return QVariant(QString::fromUtf8(FilterJson::serialise(s.filter))); },
         {}},
        {QStringLiteral("created_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Created"),
         [](const Segment& s) { return QVariant(s.createdAt); },
         {}},
        {QStringLiteral("updated_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Updated"),
         [](const Segment& s) { return QVariant(s.updatedAt); },
         {}},
    };
    return table;
}
