#include "tickets/TicketsPage.h"

#include "tickets/TicketFormDialog.h"
#include "tickets/TicketListPage.h"
#include "tickets/TicketPage.h"
#include "tickets/TicketStatisticsView.h"

#include <QStackedWidget>
#include <QVBoxLayout>

TicketsPage::TicketsPage(ServiceContext context, QWidget* parent, std::shared_ptr<TicketFileDialogs> dialogs)
    : QWidget(parent), m_context(std::move(context)), m_dialogs(std::move(dialogs))
{
    setObjectName(QStringLiteral("ticketsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("ticketsStack"));
    layout->addWidget(m_stack);
    m_list = new TicketListPage(m_context, m_stack);
    m_stack->addWidget(m_list);
    connect(m_list, &TicketListPage::openTicketRequested, this, &TicketsPage::openTicket);
    connect(m_list, &TicketListPage::newTicketRequested, this, &TicketsPage::newTicket);
    connect(m_list, &TicketListPage::statisticsRequested, this, &TicketsPage::showStatistics);
}

void TicketsPage::openTicket(qint64 ticketId)
{
    if (m_ticket) {
        m_stack->removeWidget(m_ticket);
        m_ticket->deleteLater();
    }
    m_ticket = new TicketPage(m_context, ticketId, m_stack, m_dialogs);
    connect(m_ticket, &TicketPage::backRequested, this, &TicketsPage::showList);
    connect(m_ticket, &TicketPage::ticketChanged, m_list, &TicketListPage::reload);
    connect(m_ticket, &TicketPage::ticketDeleted, this, [this] {
        showList();
        m_list->reload();
    });
    m_stack->addWidget(m_ticket);
    m_stack->setCurrentWidget(m_ticket);
}

void TicketsPage::showList()
{
    m_stack->setCurrentWidget(m_list);
}

void TicketsPage::showStatistics()
{
    if (!m_statistics) {
        m_statistics = new TicketStatisticsView(m_context, m_stack);
        connect(m_statistics, &TicketStatisticsView::backRequested, this, &TicketsPage::showList);
        m_stack->addWidget(m_statistics);
    } else {
        m_statistics->reload();
    }
    m_stack->setCurrentWidget(m_statistics);
}

void TicketsPage::newTicket()
{
    TicketFormDialog dialog(m_context, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_list->reload();
    openTicket(dialog.ticket().id);
}
