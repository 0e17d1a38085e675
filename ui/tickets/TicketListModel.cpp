#include "tickets/TicketListModel.h"

#include "tickets/TicketColours.h"
#include "tickets/TicketPriority.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStatus.h"
#include "tickets/TicketTeam.h"

#include <QBrush>
#include <QLocale>

namespace {
const char* const kSortFields[] = {"ticket_number", "subject",       "company",  "status",    "priority",
                                   "assigned_to",   "assigned_team", "due_date", "created_at"};

QString statusLabel(const QString& code)
{
    const auto value = TicketStatusCodes::fromCode(code);
    return value ? TicketStatusCodes::label(*value) : code;
}

QString priorityLabel(const QString& code)
{
    const auto value = TicketPriorityCodes::fromCode(code);
    return value ? TicketPriorityCodes::label(*value) : code;
}

QString teamLabel(const QString& code)
{
    const auto value = TicketTeamCodes::fromCode(code);
    return value ? TicketTeamCodes::label(*value) : code;
}
} // namespace

TicketListModel::TicketListModel(ServiceContext context, QObject* parent)
    : QAbstractTableModel(parent), m_context(std::move(context))
{
    m_query.limit = kPageSize;
}

int TicketListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tickets.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TicketListModel::ticketId(int row) const
{
    return row >= 0 && row < m_tickets.size() ? m_tickets.at(row).id : 0;
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_tickets.size())
        return {};
    const Ticket& t = m_tickets.at(index.row());
    if (role == TicketIdRole)
        return t.id;
    if (role == OverdueRole)
        return t.overdue;
    if (role == Qt::BackgroundRole && t.overdue)
        return QBrush(QColor(0xfd, 0xec, 0xea));
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return t.ticketNumber;
        break;
    case SubjectColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return t.subject;
        if (role == Qt::ToolTipRole)
            return t.description.left(500);
        break;
    case CompanyColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return t.companyName;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusLabel(t.status);
        if (role == RawValueRole)
            return t.status;
        if (role == BadgeColourRole)
            return TicketColours::status(t.status);
        break;
    case PriorityColumn:
        if (role == Qt::DisplayRole)
            return priorityLabel(t.priority);
        if (role == RawValueRole)
            return t.priority;
        if (role == BadgeColourRole)
            return TicketColours::priority(t.priority);
        break;
    case AssigneeColumn:
        if (role == Qt::DisplayRole)
            return t.assignedTo != 0 ? t.assignedToName : tr("Unassigned");
        if (role == RawValueRole)
            return t.assignedTo;
        if (role == Qt::ForegroundRole && t.assignedTo == 0)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case TeamColumn:
        if (role == Qt::DisplayRole)
            return teamLabel(t.assignedTeam);
        if (role == RawValueRole)
            return t.assignedTeam;
        break;
    case DueColumn:
        if (role == Qt::DisplayRole) {
            const QString due = locale.toString(t.dueAt.toLocalTime(), QLocale::ShortFormat);
            return t.overdue ? tr("Overdue \u00b7 %1").arg(due) : due;
        }
        if (role == RawValueRole)
            return t.dueAt;
        if (role == BadgeColourRole && t.overdue)
            return TicketColours::overdue();
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat);
        if (role == RawValueRole)
            return t.createdAt;
        break;
    default:
        break;
    }
    return {};
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case SubjectColumn:
        return tr("Subject");
    case CompanyColumn:
        return tr("Company");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case AssigneeColumn:
        return tr("Assignee");
    case TeamColumn:
        return tr("Team");
    case DueColumn:
        return tr("Due");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

bool TicketListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void TicketListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    TicketQuery page = m_query;
    page.offset = static_cast<int>(m_tickets.size());
    auto tickets = TicketService(m_context).list(page);
    if (!tickets) {
        m_more = false;
        emit loadFailed(tickets.error().message);
        return;
    }
    m_more = tickets->size() == kPageSize;
    if (tickets->isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_tickets.size()),
                    static_cast<int>(m_tickets.size() + tickets->size() - 1));
    m_tickets.append(tickets.value());
    endInsertRows();
}

void TicketListModel::reload()
{
    // The first page is read inside the reset, so views never see rows arrive mid-reset.
    TicketQuery page = m_query;
    page.offset = 0;
    auto tickets = TicketService(m_context).list(page);
    beginResetModel();
    m_tickets = tickets ? tickets.value() : QList<Ticket>();
    m_more = tickets && tickets->size() == kPageSize;
    endResetModel();
    if (!tickets)
        emit loadFailed(tickets.error().message);
}

void TicketListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortField = QString::fromLatin1(kSortFields[column]);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

void TicketListModel::setFilter(TicketFilter filter)
{
    m_query.filter = filter;
    reload();
}

void TicketListModel::setSearch(const QString& search)
{
    m_query.search = search;
    reload();
}
