#include "tickets/TicketStatisticsView.h"

#include "tickets/TicketColours.h"
#include "tickets/TicketMessageBanner.h"
#include "tickets/TicketPriority.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStatus.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

TicketStatisticsView::TicketStatisticsView(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("ticketStatisticsView"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* back = new QToolButton(this);
    back->setObjectName(QStringLiteral("statisticsBackButton"));
    back->setText(tr("\u2190 Tickets"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &TicketStatisticsView::backRequested);
    header->addWidget(back);
    auto* title = new QLabel(tr("Ticket statistics"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    header->addWidget(title, 1);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("statisticsRefreshButton"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &TicketStatisticsView::reload);
    header->addWidget(refresh);
    layout->addLayout(header);

    m_banner = new TicketMessageBanner(this);
    m_banner->setObjectName(QStringLiteral("statisticsBanner"));
    layout->addWidget(m_banner);

    auto* figures = new QGroupBox(tr("At a glance"), this);
    auto* grid = new QGridLayout(figures);
    m_total = figure(grid, 0, 0, QStringLiteral("statTotal"), tr("Tickets"));
    m_open = figure(grid, 0, 1, QStringLiteral("statOpen"), tr("Open"));
    m_myOpen = figure(grid, 0, 2, QStringLiteral("statMyOpen"), tr("My open"));
    m_unassigned = figure(grid, 0, 3, QStringLiteral("statUnassigned"), tr("Unassigned"));
    m_overdue = figure(grid, 2, 0, QStringLiteral("statOverdue"), tr("Overdue"));
    m_firstResponse =
        figure(grid, 2, 1, QStringLiteral("statAverageFirstResponse"), tr("Average first response"));
    m_resolution = figure(grid, 2, 2, QStringLiteral("statAverageResolution"), tr("Average resolution"));
    layout->addWidget(figures);

    auto* bars = new QHBoxLayout;
    auto* statusBox = new QGroupBox(tr("By status"), this);
    m_byStatus = new QGridLayout(statusBox);
    bars->addWidget(statusBox);
    auto* priorityBox = new QGroupBox(tr("By priority"), this);
    m_byPriority = new QGridLayout(priorityBox);
    bars->addWidget(priorityBox);
    layout->addLayout(bars);
    layout->addStretch(1);
    reload();
}

QLabel* TicketStatisticsView::figure(QGridLayout* grid, int row, int column, const QString& objectName,
                                     const QString& caption)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto* label = new QLabel(caption, this);
    label->setStyleSheet(QStringLiteral("color: #616161;"));
    grid->addWidget(value, row, column);
    grid->addWidget(label, row + 1, column);
    return value;
}

void TicketStatisticsView::fillBars(QGridLayout* grid, const QMap<QString, qint64>& counts, bool statuses)
{
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList order = statuses ? TicketStatusCodes::codes() : TicketPriorityCodes::codes();
    qint64 maximum = 1;
    for (const QString& code : order)
        maximum = std::max(maximum, counts.value(code));
    int row = 0;
    for (const QString& code : order) {
        const QColor colour = statuses ? TicketColours::status(code) : TicketColours::priority(code);
        QString label = code;
        if (statuses && TicketStatusCodes::fromCode(code))
            label = TicketStatusCodes::label(*TicketStatusCodes::fromCode(code));
        else if (!statuses && TicketPriorityCodes::fromCode(code))
            label = TicketPriorityCodes::label(*TicketPriorityCodes::fromCode(code));
        auto* badge = new QLabel(label);
        badge->setAlignment(Qt::AlignCenter);
        badge->setStyleSheet(
            QStringLiteral("background: %1; color: white; border-radius: 9px; padding: 2px 10px; "
                           "font-weight: bold;")
                .arg(colour.name()));
        auto* bar = new QProgressBar;
        bar->setObjectName((statuses ? QStringLiteral("statStatus_") : QStringLiteral("statPriority_")) +
                           code);
        bar->setRange(0, static_cast<int>(maximum));
        bar->setValue(static_cast<int>(counts.value(code)));
        bar->setFormat(QString::number(counts.value(code)));
        bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid #cfd8dc; border-radius: 3px; "
                                          "text-align: center; } QProgressBar::chunk { background: %1; }")
                               .arg(colour.lighter(140).name()));
        grid->addWidget(badge, row, 0);
        grid->addWidget(bar, row, 1);
        ++row;
    }
}

void TicketStatisticsView::reload()
{
    auto stats = TicketService(m_context).statistics();
    if (!stats) {
        m_banner->showError(stats.error().message);
        return;
    }
    m_banner->hide();
    m_stats = stats.value();
    const QLocale locale;
    const auto hours = [&](const std::optional<double>& h) {
        return h ? tr("%1 h").arg(locale.toString(*h, 'f', 1)) : tr("\u2014");
    };
    m_total->setText(locale.toString(m_stats.total));
    m_open->setText(locale.toString(m_stats.open));
    m_myOpen->setText(locale.toString(m_stats.myOpen));
    m_unassigned->setText(locale.toString(m_stats.unassigned));
    m_overdue->setText(locale.toString(m_stats.overdue));
    m_overdue->setStyleSheet(m_stats.overdue > 0 ? QStringLiteral("color: #c62828;") : QString());
    m_firstResponse->setText(hours(m_stats.averageFirstResponseHours));
    m_resolution->setText(hours(m_stats.averageResolutionHours));
    fillBars(m_byStatus, m_stats.byStatus, true);
    fillBars(m_byPriority, m_stats.byPriority, false);
}
