#pragma once

#include <QStyledItemDelegate>

// Paints cells that carry TicketListModel::BadgeColourRole as coloured pills (status, priority,
// overdue), and marks overdue rows with a red bar at their left edge.
class TicketBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Draws one pill; shared with the ticket page's details panel and the statistics view.
    static void paintBadge(QPainter* painter, const QRect& area, const QString& text, const QColor& colour,
                           const QFont& font);
};
