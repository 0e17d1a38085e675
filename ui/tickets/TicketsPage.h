#pragma once

#include "common/ServiceContext.h"

#include <QWidget>
#include <memory>

class QStackedWidget;
class TicketFileDialogs;
class TicketListPage;
class TicketPage;
class TicketStatisticsView;

// The Tickets area as one page for the main window: the list, one ticket at a time, and the
// statistics view, with the new-ticket form as a dialog.
class TicketsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TicketsPage(ServiceContext context, QWidget* parent = nullptr,
                         std::shared_ptr<TicketFileDialogs> dialogs = {});

    TicketListPage* listPage() const { return m_list; }
    TicketPage* currentTicketPage() const { return m_ticket; }
    TicketStatisticsView* statisticsView() const { return m_statistics; }

    void openTicket(qint64 ticketId);
    void showList();
    void showStatistics();
    void newTicket();

private:
    ServiceContext m_context;
    std::shared_ptr<TicketFileDialogs> m_dialogs;
    QStackedWidget* m_stack = nullptr;
    TicketListPage* m_list = nullptr;
    TicketPage* m_ticket = nullptr;
    TicketStatisticsView* m_statistics = nullptr;
};
