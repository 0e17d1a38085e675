#pragma once

#include "filters/Filter.h"
#include "records/RecordField.h"
#include "segments/SegmentStatus.h"
#include "segments/SegmentType.h"
#include "segments/SegmentVisibility.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// A saved group of contacts (or companies) for marketing (SPEC §7). A dynamic segment is its
// filter; a static one is a list of contacts kept by hand (its filter is an empty contact filter).
struct Segment
{
    qint64 id = 0;
    QString name;
    QString description;
    SegmentType type = SegmentType::Dynamic;
    Filter filter;                     // its entity is the segment's entity
    std::optional<qint64> memberCount; // cached; empty until first computed
    QDateTime memberCountAt;           // when memberCount was computed
    SegmentStatus status = SegmentStatus::Active;
    SegmentVisibility visibility = SegmentVisibility::Private;
    qint64 ownerUserId = 0; // 0: the command-line tool
    QString ownerName;      // the owner's username when it was created, for display
    QStringList tags;
    qint64 timesUsed = 0; // exports, and bulk enrolments once sequences exist
    QDateTime lastUsedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    FilterEntity entity() const { return filter.entity; }
    // For `list segments` (table, CSV, JSON) and the audit trail.
    static const QList<RecordField<Segment>>& fields();
};
