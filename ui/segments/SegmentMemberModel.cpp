#include "segments/SegmentMemberModel.h"

SegmentMemberModel::SegmentMemberModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<SegmentMemberModel::Column> SegmentMemberModel::columns() const
{
    if (m_entity == FilterEntity::Company)
        return {Name, Country, Active};
    return {Name, Email, Company, Country, Active, Unsubscribed};
}

void SegmentMemberModel::setMembers(FilterEntity entity, const QList<SegmentMember>& members)
{
    beginResetModel();
    m_entity = entity;
    m_members = members;
    endResetModel();
}

qint64 SegmentMemberModel::idAt(int row) const
{
    return row >= 0 && row < m_members.size() ? m_members.at(row).id : 0;
}

int SegmentMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int SegmentMemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant SegmentMemberModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size() || index.column() >= columns().size())
        return {};
    const SegmentMember& member = m_members.at(index.row());
    const Column column = columns().at(index.column());
    if (role == RawValueRole)
        return column == Name ? QVariant(member.id) : data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return member.name;
    case Email:
        return member.email;
    case Company:
        return member.companyName;
    case Country:
        return member.country;
    case Active:
        return member.isActive ? tr("Yes") : tr("No");
    case Unsubscribed:
        return member.unsubscribed ? tr("Yes") : tr("No");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SegmentMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= columns().size())
        return {};
    switch (columns().at(section)) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Company:
        return tr("Company");
    case Country:
        return tr("Country");
    case Active:
        return tr("Active");
    case Unsubscribed:
        return tr("Unsubscribed");
    case ColumnCount:
        break;
    }
    return {};
}
