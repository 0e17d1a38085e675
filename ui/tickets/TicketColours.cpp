#include "tickets/TicketColours.h"

namespace TicketColours {

QColor status(const QString& code)
{
    if (code == QLatin1String("new"))
        return QColor(0x1e, 0x88, 0xe5);
    if (code == QLatin1String("assigned"))
        return QColor(0x5e, 0x35, 0xb1);
    if (code == QLatin1String("in_progress"))
        return QColor(0x00, 0x89, 0x7b);
    if (code == QLatin1String("pending"))
        return QColor(0xef, 0x6c, 0x00);
    if (code == QLatin1String("resolved"))
        return QColor(0x2e, 0x7d, 0x32);
    if (code == QLatin1String("closed"))
        return QColor(0x61, 0x61, 0x61);
    return QColor(0x75, 0x75, 0x75);
}

QColor priority(const QString& code)
{
    if (code == QLatin1String("low"))
        return QColor(0x78, 0x90, 0x9c);
    if (code == QLatin1String("medium"))
        return QColor(0x03, 0x9b, 0xe5);
    if (code == QLatin1String("high"))
        return QColor(0xf5, 0x7c, 0x00);
    if (code == QLatin1String("urgent"))
        return QColor(0xd3, 0x2f, 0x2f);
    return QColor(0x75, 0x75, 0x75);
}

QColor overdue()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor internalNoteBackground()
{
    return QColor(0xff, 0xf4, 0xce);
}

QColor internalNoteBorder()
{
    return QColor(0xe0, 0xa8, 0x00);
}

QColor publicReplyBackground()
{
    return QColor(0xe8, 0xf1, 0xfd);
}

QColor publicReplyBorder()
{
    return QColor(0x1e, 0x88, 0xe5);
}

} // namespace TicketColours
