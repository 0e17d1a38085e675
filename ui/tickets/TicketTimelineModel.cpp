#include "tickets/TicketTimelineModel.h"

#include "common/TimeFormat.h"
#include "tickets/TicketPriority.h"
#include "tickets/TicketStatus.h"
#include "tickets/TicketTeam.h"

#include <QLocale>

namespace {
QString valueLabel(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return field == QLatin1String("assigned_to") ? TicketTimelineModel::tr("nobody")
                                                     : TicketTimelineModel::tr("none");
    if (field == QLatin1String("status")) {
        const auto code = TicketStatusCodes::fromCode(value);
        return code ? TicketStatusCodes::label(*code) : value;
    }
    if (field == QLatin1String("priority")) {
        const auto code = TicketPriorityCodes::fromCode(value);
        return code ? TicketPriorityCodes::label(*code) : value;
    }
    if (field == QLatin1String("assigned_team")) {
        const auto code = TicketTeamCodes::fromCode(value);
        return code ? TicketTeamCodes::label(*code) : value;
    }
    if (field == QLatin1String("due_date"))
        return QLocale().toString(TimeFormat::fromStoredTimestamp(value).toLocalTime(), QLocale::ShortFormat);
    return value;
}
} // namespace

int TicketTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

void TicketTimelineModel::setEntries(QList<TicketTimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QString TicketTimelineModel::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString TicketTimelineModel::describeEvent(const TicketEvent& event)
{
    const QString from = valueLabel(event.field, event.oldValue);
    const QString to = valueLabel(event.field, event.newValue);
    if (event.field == QLatin1String("status"))
        return tr("changed the status from %1 to %2").arg(from, to);
    if (event.field == QLatin1String("priority"))
        return tr("changed the priority from %1 to %2").arg(from, to);
    if (event.field == QLatin1String("assigned_to"))
        return tr("reassigned the ticket from %1 to %2").arg(from, to);
    if (event.field == QLatin1String("assigned_team"))
        return tr("moved the ticket from team %1 to %2").arg(from, to);
    if (event.field == QLatin1String("due_date"))
        return tr("changed the due date from %1 to %2").arg(from, to);
    return tr("changed %1 from %2 to %3").arg(event.field, from, to);
}

QVariant TicketTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TicketTimelineEntry& e = m_entries.at(index.row());
    using Kind = TicketTimelineEntry::Kind;
    const QString when = QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    switch (role) {
    case KindRole:
        return static_cast<int>(e.kind);
    case AuthorRole:
        return e.author;
    case AtRole:
        return e.at;
    case InternalRole:
        return e.kind == Kind::InternalNote;
    case AttachmentIdRole:
        return e.kind == Kind::Attachment ? QVariant(e.attachment.id) : QVariant();
    case AttachmentSizeRole:
        return e.kind == Kind::Attachment ? QVariant(e.attachment.sizeBytes) : QVariant();
    case AttachmentTypeRole:
        return e.kind == Kind::Attachment ? QVariant(e.attachment.mimeType) : QVariant();
    case BodyRole:
        switch (e.kind) {
        case Kind::Created:
            return e.text;
        case Kind::Comment:
        case Kind::InternalNote:
            return e.comment.body;
        case Kind::Event:
            return describeEvent(e.event);
        case Kind::Attachment:
            return e.attachment.fileName;
        }
        return {};
    case HeadlineRole:
        switch (e.kind) {
        case Kind::Created:
            return tr("%1 opened the ticket \u00b7 %2").arg(e.author, when);
        case Kind::Comment:
            return tr("%1 replied to the customer \u00b7 %2").arg(e.author, when);
        case Kind::InternalNote:
            return tr("Internal note by %1 \u00b7 %2 \u00b7 not visible to the customer").arg(e.author, when);
        case Kind::Event:
            return tr("%1 %2 \u00b7 %3").arg(e.author, describeEvent(e.event), when);
        case Kind::Attachment:
            return tr("%1 attached a file \u00b7 %2").arg(e.author, when);
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return QString(data(index, HeadlineRole).toString() + QLatin1Char('\n') +
                       (e.kind == Kind::Event ? QString() : data(index, BodyRole).toString()));
    case Qt::ToolTipRole:
        if (e.kind == Kind::Attachment)
            return tr("%1, %2, SHA-256 %3. Double-click to open; right-click to save.")
                .arg(e.attachment.mimeType, formatSize(e.attachment.sizeBytes), e.attachment.sha256);
        return {};
    default:
        return {};
    }
}
