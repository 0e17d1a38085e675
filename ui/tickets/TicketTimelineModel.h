#pragma once

#include "tickets/TicketTimelineEntry.h"

#include <QAbstractListModel>

// A ticket's timeline (opening, replies, internal notes, field changes, attachments) in time
// order, for TicketTimelineDelegate.
class TicketTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // TicketTimelineEntry::Kind as int
        AuthorRole,
        AtRole,
        BodyRole, // comment or description text, or the event sentence, or the file name
        InternalRole,
        AttachmentIdRole,
        AttachmentSizeRole,
        AttachmentTypeRole,
        HeadlineRole, // "nok · 2 Mar 2026 10:00 · Internal note"
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setEntries(QList<TicketTimelineEntry> entries);
    const TicketTimelineEntry& entry(int row) const { return m_entries.at(row); }

    // "changed priority from Medium to High", translated, with labels instead of codes.
    static QString describeEvent(const TicketEvent& event);
    static QString formatSize(qint64 bytes);

private:
    QList<TicketTimelineEntry> m_entries;
};
