#pragma once

#include "tickets/TicketTimelineEntry.h"

#include <QStyledItemDelegate>

// Paints the ticket timeline: replies as blue cards, internal notes as amber cards with a dashed
// border and a lock mark (so a note is never mistaken for what the customer saw), events as one
// grey line, attachments as a card with a file mark.
class TicketTimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor cardBackground(TicketTimelineEntry::Kind kind);
    static QColor cardBorder(TicketTimelineEntry::Kind kind);
    // A padlock drawn with the painter, so it shows without an emoji font.
    static void paintLock(QPainter* painter, const QRectF& area, const QColor& colour);

private:
    static int bodyWidth(const QStyleOptionViewItem& option);
};
