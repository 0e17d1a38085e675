#include "segments/SegmentListModel.h"

#include "segments/SegmentService.h"

#include <QLocale>

SegmentListModel::SegmentListModel(ServiceContext context, QObject* parent)
    : QAbstractTableModel(parent), m_context(std::move(context))
{}

Result<void> SegmentListModel::refresh()
{
    auto segments = SegmentService(m_context).list(m_query);
    beginResetModel();
    m_segments = segments ? segments.value() : QList<Segment>();
    endResetModel();
    if (!segments)
        return segments.error();
    return Status::success();
}

const Segment* SegmentListModel::segmentAt(int row) const
{
    return row >= 0 && row < m_segments.size() ? &m_segments.at(row) : nullptr;
}

int SegmentListModel::rowOf(qint64 segmentId) const
{
    for (int i = 0; i < m_segments.size(); ++i) {
        if (m_segments.at(i).id == segmentId)
            return i;
    }
    return -1;
}

int SegmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_segments.size())
        return {};
    const Segment& s = m_segments.at(index.row());
    const QLocale locale;
    const auto when = [&locale](const QDateTime& time) {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    if (role == RawValueRole) {
        switch (index.column()) {
        case Members:
            return s.memberCount ? QVariant(*s.memberCount) : QVariant(-1);
        case Counted:
            return s.memberCountAt;
        case TimesUsed:
            return s.timesUsed;
        case LastUsed:
            return s.lastUsedAt;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Members || index.column() == TimesUsed))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return s.description.isEmpty() ? QVariant() : QVariant(s.description);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return s.name;
    case Type:
        return QString(SegmentTypeCodes::label(s.type) + QStringLiteral(" · ") +
                       FilterEntityCodes::label(s.entity()));
    case Members:
        return s.memberCount ? locale.toString(*s.memberCount) : QString();
    case Counted:
        return when(s.memberCountAt);
    case Status:
        return SegmentStatusCodes::label(s.status);
    case Visibility:
        return SegmentVisibilityCodes::label(s.visibility);
    case Owner:
        return s.ownerName;
    case TimesUsed:
        return locale.toString(s.timesUsed);
    case LastUsed:
        return when(s.lastUsedAt);
    default:
        return {};
    }
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Members:
        return tr("Members");
    case Counted:
        return tr("Counted");
    case Status:
        return tr("Status");
    case Visibility:
        return tr("Visibility");
    case Owner:
        return tr("Owner");
    case TimesUsed:
        return tr("Times used");
    case LastUsed:
        return tr("Last used");
    default:
        return {};
    }
}
