#include "tickets/TicketBadgeDelegate.h"

#include "tickets/TicketColours.h"
#include "tickets/TicketListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

void TicketBadgeDelegate::paintBadge(QPainter* painter, const QRect& area, const QString& text,
                                     const QColor& colour, const QFont& font)
{
    QFont badgeFont = font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    const QFontMetrics metrics(badgeFont);
    const int height = std::min(area.height() - 4, metrics.height() + 4);
    const int width = std::min(area.width() - 4, metrics.horizontalAdvance(text) + 16);
    const QRect pill(area.left() + 4, area.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), height / 2.0, height / 2.0);
    painter->fillPath(path, colour);
    painter->setPen(Qt::white);
    painter->setFont(badgeFont);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - 8));
    painter->restore();
}

void TicketBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const QVariant badge = index.data(TicketListModel::BadgeColourRole);
    if (!badge.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
    } else {
        // Background and selection from the style, then the pill instead of the text.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
        paintBadge(painter, option.rect, index.data(Qt::DisplayRole).toString(), badge.value<QColor>(),
                   option.font);
    }
    if (index.column() == 0 && index.data(TicketListModel::OverdueRole).toBool()) {
        painter->save();
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                          TicketColours::overdue());
        painter->restore();
    }
}

QSize TicketBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(TicketListModel::BadgeColourRole).isValid())
        size.setWidth(size.width() + 20);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}
