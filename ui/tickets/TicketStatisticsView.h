#pragma once

#include "common/ServiceContext.h"
#include "tickets/TicketStatistics.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class TicketMessageBanner;

// Ticket statistics (SPEC §8): headline figures, then totals by status and by priority as
// coloured bars.
class TicketStatisticsView : public QWidget
{
    Q_OBJECT

public:
    explicit TicketStatisticsView(ServiceContext context, QWidget* parent = nullptr);

    void reload();
    const TicketStatistics& statistics() const { return m_stats; }

signals:
    void backRequested();

private:
    QLabel* figure(QGridLayout* grid, int row, int column, const QString& objectName, const QString& caption);
    void fillBars(QGridLayout* grid, const QMap<QString, qint64>& counts, bool statuses);

    ServiceContext m_context;
    TicketStatistics m_stats;
    TicketMessageBanner* m_banner = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_open = nullptr;
    QLabel* m_myOpen = nullptr;
    QLabel* m_unassigned = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_firstResponse = nullptr;
    QLabel* m_resolution = nullptr;
    QGridLayout* m_byStatus = nullptr;
    QGridLayout* m_byPriority = nullptr;
};
