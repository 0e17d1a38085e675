#include "tickets/TicketTimelineDelegate.h"

#include "tickets/TicketColours.h"
#include "tickets/TicketTimelineModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

namespace {
constexpr int kMargin = 6;   // around each card
constexpr int kPadding = 10; // inside a card
constexpr int kIconSize = 16;

using Kind = TicketTimelineEntry::Kind;

Kind kindOf(const QModelIndex& index)
{
    return static_cast<Kind>(index.data(TicketTimelineModel::KindRole).toInt());
}

QFont headlineFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

void paintFileMark(QPainter* painter, const QRectF& area, const QColor& colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, 1.6);
    painter->setPen(pen);
    const qreal fold = area.width() * 0.3;
    QPainterPath page;
    page.moveTo(area.left() + 2, area.top());
    page.lineTo(area.right() - fold, area.top());
    page.lineTo(area.right() - 2, area.top() + fold);
    page.lineTo(area.right() - 2, area.bottom());
    page.lineTo(area.left() + 2, area.bottom());
    page.closeSubpath();
    painter->drawPath(page);
    painter->drawLine(QPointF(area.right() - fold, area.top()),
                      QPointF(area.right() - fold, area.top() + fold));
    painter->drawLine(QPointF(area.right() - fold, area.top() + fold),
                      QPointF(area.right() - 2, area.top() + fold));
    painter->restore();
}
} // namespace

QColor TicketTimelineDelegate::cardBackground(Kind kind)
{
    switch (kind) {
    case Kind::Comment:
        return TicketColours::publicReplyBackground();
    case Kind::InternalNote:
        return TicketColours::internalNoteBackground();
    case Kind::Attachment:
        return QColor(0xf3, 0xf3, 0xf3);
    case Kind::Created:
        return QColor(0xfa, 0xfa, 0xfa);
    case Kind::Event:
        return Qt::transparent;
    }
    return Qt::transparent;
}

QColor TicketTimelineDelegate::cardBorder(Kind kind)
{
    switch (kind) {
    case Kind::Comment:
        return TicketColours::publicReplyBorder();
    case Kind::InternalNote:
        return TicketColours::internalNoteBorder();
    default:
        return QColor(0xc8, 0xc8, 0xc8);
    }
}

void TicketTimelineDelegate::paintLock(QPainter* painter, const QRectF& area, const QColor& colour)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal w = area.width();
    const QRectF body(area.left() + w * 0.12, area.top() + area.height() * 0.45, w * 0.76,
                      area.height() * 0.55);
    const QRectF shackle(area.left() + w * 0.27, area.top(), w * 0.46, area.height() * 0.7);
    painter->setPen(QPen(colour, std::max(1.5, w / 8.0)));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    painter->drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(body, 2, 2);
    painter->restore();
}

int TicketTimelineDelegate::bodyWidth(const QStyleOptionViewItem& option)
{
    int width = option.rect.width();
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        width = view->viewport()->width();
    return std::max(120, width - 2 * kMargin - 2 * kPadding);
}

QSize TicketTimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Kind kind = kindOf(index);
    const QFontMetrics headline(headlineFont(option.font));
    const int width = bodyWidth(option);
    if (kind == Kind::Event)
        return {width, headline.height() + 2 * kMargin + 4};
    QString body = index.data(TicketTimelineModel::BodyRole).toString();
    if (kind == Kind::Attachment)
        body += QStringLiteral(" ") + TicketTimelineModel::formatSize(
                                          index.data(TicketTimelineModel::AttachmentSizeRole).toLongLong());
    const QRect bodyRect =
        option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft, body);
    return {width,
            2 * kMargin + 2 * kPadding + headline.height() + 6 + std::max(bodyRect.height(), kIconSize)};
}

void TicketTimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    const Kind kind = kindOf(index);
    const QString headline = index.data(TicketTimelineModel::HeadlineRole).toString();
    const QString body = index.data(TicketTimelineModel::BodyRole).toString();
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (kind == Kind::Event) {
        // A quiet line with a dot: field changes should not compete with conversation.
        const QRect line = option.rect.adjusted(kMargin + kPadding, kMargin, -kMargin, -kMargin);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x9e, 0x9e, 0x9e));
        painter->drawEllipse(QPointF(line.left() + 4, line.center().y()), 3.5, 3.5);
        QFont font = option.font;
        font.setItalic(true);
        painter->setFont(font);
        painter->setPen(selected ? option.palette.highlight().color() : QColor(0x61, 0x61, 0x61));
        painter->drawText(line.adjusted(16, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(font).elidedText(headline, Qt::ElideRight, line.width() - 16));
        painter->restore();
        return;
    }

    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    painter->setBrush(cardBackground(kind));
    QPen border(selected ? option.palette.highlight().color() : cardBorder(kind),
                kind == Kind::InternalNote ? 2 : 1);
    if (kind == Kind::InternalNote)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->drawRoundedRect(card, 6, 6);
    if (kind == Kind::Comment || kind == Kind::InternalNote) {
        // A solid stripe on the left edge: blue for the customer's eyes, amber for staff only.
        painter->setPen(Qt::NoPen);
        painter->setBrush(cardBorder(kind));
        painter->drawRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2);
    }

    QRectF inner = card.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFont bold = headlineFont(option.font);
    const QFontMetrics boldMetrics(bold);
    qreal headlineLeft = inner.left();
    if (kind == Kind::InternalNote) {
        paintLock(painter, QRectF(inner.left(), inner.top() + 1, 12, boldMetrics.height() - 3),
                  QColor(0x8a, 0x5a, 0x00));
        headlineLeft += 18;
    }
    painter->setFont(bold);
    painter->setPen(kind == Kind::InternalNote ? QColor(0x6d, 0x4c, 0x00)
                    : kind == Kind::Comment    ? QColor(0x0d, 0x47, 0xa1)
                                               : QColor(0x42, 0x42, 0x42));
    painter->drawText(QRectF(headlineLeft, inner.top(), inner.right() - headlineLeft, boldMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(headline, Qt::ElideRight, int(inner.right() - headlineLeft)));

    QRectF bodyArea(inner.left(), inner.top() + boldMetrics.height() + 6, inner.width(),
                    inner.height() - boldMetrics.height() - 6);
    painter->setFont(option.font);
    painter->setPen(QColor(0x21, 0x21, 0x21));
    if (kind == Kind::Attachment) {
        paintFileMark(painter, QRectF(bodyArea.left(), bodyArea.top(), kIconSize - 2, kIconSize),
                      QColor(0x54, 0x6e, 0x7a));
        bodyArea.setLeft(bodyArea.left() + kIconSize + 6);
        QFont link = option.font;
        link.setUnderline(true);
        painter->setFont(link);
        painter->setPen(QColor(0x15, 0x65, 0xc0));
        const QString text = body + QStringLiteral("  (") +
                             TicketTimelineModel::formatSize(
                                 index.data(TicketTimelineModel::AttachmentSizeRole).toLongLong()) +
                             QLatin1Char(')');
        painter->drawText(bodyArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    } else {
        painter->drawText(bodyArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, body);
    }
    painter->restore();
}
