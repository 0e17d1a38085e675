#pragma once

#include "filters/FilterEntity.h"
#include "segments/SegmentMember.h"

#include <QAbstractTableModel>

// Segment members as a table: name, email, company, country, active, unsubscribed (companies:
// name, country, active). The builder's preview and the static members view fill it with a page
// of rows they fetched in the background.
class SegmentMemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Company,
        Country,
        Active,
        Unsubscribed,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1; // the member id on column 0

    explicit SegmentMemberModel(QObject* parent = nullptr);

    void setMembers(FilterEntity entity, const QList<SegmentMember>& members);
    const QList<SegmentMember>& members() const { return m_members; }
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> columns() const;

    FilterEntity m_entity = FilterEntity::Contact;
    QList<SegmentMember> m_members;
};
