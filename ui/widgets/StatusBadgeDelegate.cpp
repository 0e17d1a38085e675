#include "widgets/StatusBadgeDelegate.h"

#include "records/RecordTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

StatusBadgeDelegate::StatusBadgeDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void StatusBadgeDelegate::setColour(const QString& code, const QColor& colour)
{
    m_colours.insert(code, colour);
}

StatusBadgeDelegate* StatusBadgeDelegate::forRecordStatuses(QObject* parent)
{
    auto* delegate = new StatusBadgeDelegate(parent);
    const QColor green(0x2e, 0x7d, 0x32), blue(0x15, 0x65, 0xc0), amber(0xb2, 0x6a, 0x00),
        red(0xc6, 0x28, 0x28), grey(0x75, 0x75, 0x75), purple(0x6a, 0x1b, 0x9a);
    delegate->setColour(QStringLiteral("active"), green);
    delegate->setColour(QStringLiteral("paid"), green);
    delegate->setColour(QStringLiteral("sent"), blue);
    delegate->setColour(QStringLiteral("renewed"), purple);
    delegate->setColour(QStringLiteral("draft"), grey);
    delegate->setColour(QStringLiteral("inactive"), grey);
    delegate->setColour(QStringLiteral("cancelled"), grey);
    delegate->setColour(QStringLiteral("expired"), amber);
    delegate->setColour(QStringLiteral("expiring"), amber);
    delegate->setColour(QStringLiteral("overdue"), red);
    delegate->setColour(QStringLiteral("unsubscribed"), red);
    return delegate;
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, alternate rows) as a normal cell, then the badge on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QColor colour =
        m_colours.value(index.data(RecordTableModel::RawValueRole).toString(), QColor(0x75, 0x75, 0x75));
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics metrics(font);
    const int padding = 7;
    const int height = qMin(option.rect.height() - 4, metrics.height() + 4);
    // horizontalAdvance() rounds; the drawn text can be a fraction wider, and elidedText() below
    // then cut a label that fits ("Queu…"): two pixels of slack keep whole labels whole.
    const int width = qMin(option.rect.width() - 8, metrics.horizontalAdvance(text) + 2 + 2 * padding);
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    QColor fill = colour;
    fill.setAlpha(38);
    painter->fillPath(path, fill);
    painter->setPen(colour.darker(115));
    painter->setFont(font);
    painter->drawText(badge.adjusted(padding, 0, -padding, 0), Qt::AlignCenter,
                      metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * padding));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 16);
    return size;
}
