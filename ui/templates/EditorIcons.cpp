#include "EditorIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
constexpr int kSize = 32; // drawn at 2x of the 16 px toolbar size so it stays crisp on HiDPI

QPixmap canvas()
{
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPen pen(const QColor& ink, qreal width = 2.6)
{
    return QPen(ink, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void lines(QPainter& p, const QColor& ink, const QList<QPair<int, int>>& spans)
{
    p.setPen(pen(ink));
    int y = 7;
    for (const auto& [from, to] : spans) {
        p.drawLine(from, y, to, y);
        y += 6;
    }
}

void arrow(QPainter& p, const QColor& ink, bool mirrored)
{
    if (mirrored) {
        p.translate(kSize, 0);
        p.scale(-1, 1);
    }
    p.setPen(pen(ink));
    QPainterPath path;
    path.moveTo(9, 12);
    path.lineTo(20, 12);
    path.cubicTo(28, 12, 28, 26, 20, 26);
    path.lineTo(13, 26);
    p.drawPath(path);
    QPainterPath head;
    head.moveTo(14, 6);
    head.lineTo(8, 12);
    head.lineTo(14, 18);
    p.drawPath(head);
}

void text(QPainter& p, const QColor& ink, const QString& label, int pixelSize, bool bold, const QRect& box)
{
    QFont font = p.font();
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    p.setFont(font);
    p.setPen(ink);
    p.drawText(box, Qt::AlignCenter, label);
}
} // namespace

namespace EditorIcons {

QIcon icon(const QString& themeName, const QColor& ink)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    static const QStringList drawn = {QStringLiteral("format-justify-left"),
                                      QStringLiteral("format-justify-center"),
                                      QStringLiteral("format-justify-right"),
                                      QStringLiteral("format-justify-fill"),
                                      QStringLiteral("format-list-unordered"),
                                      QStringLiteral("format-list-ordered"),
                                      QStringLiteral("edit-undo"),
                                      QStringLiteral("edit-redo"),
                                      QStringLiteral("insert-link"),
                                      QStringLiteral("edit-clear"),
                                      QStringLiteral("text-html")};
    if (!drawn.contains(themeName))
        return {}; // bold, italic, …: their styled letter reads better than any icon
    QPixmap pixmap = canvas();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (themeName == QLatin1String("format-justify-left")) {
        lines(p, ink, {{4, 28}, {4, 20}, {4, 28}, {4, 18}});
    } else if (themeName == QLatin1String("format-justify-center")) {
        lines(p, ink, {{4, 28}, {9, 23}, {4, 28}, {10, 22}});
    } else if (themeName == QLatin1String("format-justify-right")) {
        lines(p, ink, {{4, 28}, {12, 28}, {4, 28}, {14, 28}});
    } else if (themeName == QLatin1String("format-justify-fill")) {
        lines(p, ink, {{4, 28}, {4, 28}, {4, 28}, {4, 28}});
    } else if (themeName == QLatin1String("format-list-unordered")) {
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        for (int y : {8, 16, 24})
            p.drawEllipse(QPointF(6, y), 2.6, 2.6);
        p.setPen(pen(ink));
        for (int y : {8, 16, 24})
            p.drawLine(12, y, 28, y);
    } else if (themeName == QLatin1String("format-list-ordered")) {
        int y = 3;
        for (const char* digit : {"1", "2", "3"}) {
            text(p, ink, QString::fromLatin1(digit), 10, true, QRect(0, y, 10, 10));
            y += 9;
        }
        p.setPen(pen(ink));
        for (int line : {8, 17, 26})
            p.drawLine(13, line, 28, line);
    } else if (themeName == QLatin1String("edit-undo")) {
        arrow(p, ink, false);
    } else if (themeName == QLatin1String("edit-redo")) {
        arrow(p, ink, true);
    } else if (themeName == QLatin1String("insert-link")) {
        p.setPen(pen(ink, 2.8));
        p.translate(16, 16);
        p.rotate(-45);
        p.drawRoundedRect(QRectF(-13, -5, 15, 10), 5, 5);
        p.drawRoundedRect(QRectF(-2, -5, 15, 10), 5, 5);
    } else if (themeName == QLatin1String("edit-clear")) {
        text(p, ink, QStringLiteral("T"), 22, true, QRect(0, 0, 26, 28));
        p.setPen(pen(QColor(0xc0, 0x1c, 0x28), 3));
        p.drawLine(6, 28, 28, 6);
    } else if (themeName == QLatin1String("text-html")) {
        text(p, ink, QStringLiteral("</>"), 15, true, QRect(0, 0, kSize, kSize));
    }
    p.end();
    return QIcon(pixmap);
}

QIcon colorIcon(const QColor& ink, const QColor& swatch)
{
    QPixmap pixmap = canvas();
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    text(p, ink, QStringLiteral("A"), 22, true, QRect(0, -2, kSize, 26));
    p.fillRect(QRect(4, 25, 24, 5), swatch);
    p.end();
    return QIcon(pixmap);
}

} // namespace EditorIcons
