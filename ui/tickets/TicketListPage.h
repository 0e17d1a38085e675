#pragma once

#include "common/ServiceContext.h"
#include "tickets/TicketQuery.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class TicketListModel;
class TicketMessageBanner;

// The ticket list: filter chips (All, My tickets, Unassigned, Open, Urgent, Overdue), search by
// number, subject or company, coloured status and priority badges, overdue rows marked.
class TicketListPage : public QWidget
{
    Q_OBJECT

public:
    explicit TicketListPage(ServiceContext context, QWidget* parent = nullptr);

    TicketListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setFilter(TicketFilter filter);
    void reload();
    // The selected ticket's id, or 0.
    qint64 selectedTicketId() const;
    // Asks, then deletes the selected ticket (Tech Support and Admin only) and refreshes the list.
    void deleteSelected();
    // True while the list is empty and shows its empty state instead of the table.
    bool showsEmptyState() const;

signals:
    void openTicketRequested(qint64 ticketId);
    void newTicketRequested();
    void statisticsRequested();

private:
    void updateCount();
    void updateActions();
    void saveColumnLayout() const;
    void restoreColumnLayout();

    ServiceContext m_context;
    TicketListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QButtonGroup* m_chips = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_body = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyMessage = nullptr;
    QPushButton* m_emptyNew = nullptr;
    QPushButton* m_emptyShowAll = nullptr;
    QPushButton* m_delete = nullptr;
    TicketMessageBanner* m_banner = nullptr;
};
