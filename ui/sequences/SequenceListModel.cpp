#include "SequenceListModel.h"

#include "auth/Authorizer.h"
#include "sequences/SequenceService.h"

SequenceListModel::SequenceListModel(ServiceContext context, QObject* parent)
    : QAbstractTableModel(parent), m_context(std::move(context))
{}

QString SequenceListModel::reload()
{
    auto sequences = SequenceService(m_context).list();
    beginResetModel();
    m_sequences = sequences ? sequences.value() : QList<Sequence>();
    endResetModel();
    return sequences ? QString() : sequences.error().message;
}

const Sequence* SequenceListModel::sequenceAt(int row) const
{
    return row >= 0 && row < m_sequences.size() ? &m_sequences.at(row) : nullptr;
}

int SequenceListModel::rowOf(qint64 sequenceId) const
{
    for (int row = 0; row < m_sequences.size(); ++row) {
        if (m_sequences.at(row).id == sequenceId)
            return row;
    }
    return -1;
}

int SequenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sequences.size());
}

int SequenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SequenceListModel::data(const QModelIndex& index, int role) const
{
    const Sequence* s = sequenceAt(index.row());
    if (!s)
        return {};
    if (index.column() == Active && role == Qt::CheckStateRole)
        return s->isActive ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case Name:
        return s->name;
    case Type:
        return raw ? SequenceTypeCodes::toCode(s->sequenceType) : SequenceTypeCodes::label(s->sequenceType);
    case Trigger:
        if (!s->triggerEvent)
            return QString();
        return raw ? TriggerEventCodes::toCode(*s->triggerEvent) : TriggerEventCodes::label(*s->triggerEvent);
    case Steps:
        return s->stepCount;
    case ActiveEnrolments:
        return s->openEnrolments;
    case Active:
        return raw ? QVariant(s->isActive) : QVariant();
    default:
        return {};
    }
}

QVariant SequenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Trigger:
        return tr("Trigger");
    case Steps:
        return tr("Steps");
    case ActiveEnrolments:
        return tr("Active enrolments");
    case Active:
        return tr("Active");
    default:
        return {};
    }
}

Qt::ItemFlags SequenceListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Active && Authorizer::can(m_context.actor, Permission::ManageTemplates))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool SequenceListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (index.column() != Active || role != Qt::CheckStateRole || !sequenceAt(index.row()))
        return false;
    const bool active = value.toInt() == Qt::Checked;
    Sequence& s = m_sequences[index.row()];
    if (auto changed = SequenceService(m_context).setActive(s.id, active); !changed) {
        emit failed(changed.error().message);
        return false;
    }
    s.isActive = active;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}
