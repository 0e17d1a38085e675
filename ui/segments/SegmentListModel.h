#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "segments/Segment.h"
#include "segments/SegmentService.h"

#include <QAbstractTableModel>

// The segments the acting user can see: name, type, members (cached count), counted at, status,
// visibility, owner, times used, last used. Segments are few, so the list is read whole.
class SegmentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Members,
        Counted,
        Status,
        Visibility,
        Owner,
        TimesUsed,
        LastUsed,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1; // for sorting: numbers and times as such

    explicit SegmentListModel(ServiceContext context, QObject* parent = nullptr);

    // Re-reads the list; returns the error to show when it cannot.
    Result<void> refresh(); // not "Status": the Status column above would hide that name
    void setSearch(const QString& search) { m_query.search = search; }
    void setIncludeArchived(bool include) { m_query.includeArchived = include; }

    const Segment* segmentAt(int row) const;
    int rowOf(qint64 segmentId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ServiceContext m_context;
    SegmentListQuery m_query;
    QList<Segment> m_segments;
};
