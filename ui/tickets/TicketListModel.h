#pragma once

#include "common/ServiceContext.h"
#include "tickets/Ticket.h"
#include "tickets/TicketQuery.h"

#include <QAbstractTableModel>

// The ticket list, read page by page from TicketService (filtering, search and sorting run in
// SQL), so the view stays smooth with many tickets.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        CompanyColumn,
        StatusColumn,
        PriorityColumn,
        AssigneeColumn,
        TeamColumn,
        DueColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // stored code or timestamp, for sorting and tests
        TicketIdRole,
        OverdueRole,
        BadgeColourRole, // set on cells the delegate paints as a coloured badge
    };

    explicit TicketListModel(ServiceContext context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(TicketFilter filter);
    void setSearch(const QString& search);
    TicketQuery query() const { return m_query; }
    // Re-reads from the first page; emits loadFailed with a message when the database refuses.
    void reload();
    qint64 ticketId(int row) const;

    static constexpr int kPageSize = 200;

signals:
    void loadFailed(const QString& message);

private:
    ServiceContext m_context;
    TicketQuery m_query;
    QList<Ticket> m_tickets;
    bool m_more = false;
};
