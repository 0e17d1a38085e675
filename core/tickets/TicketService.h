#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "tickets/Ticket.h"
#include "tickets/TicketAttachment.h"
#include "tickets/TicketComment.h"
#include "tickets/TicketEvent.h"
#include "tickets/TicketQuery.h"
#include "tickets/TicketStatistics.h"
#include "tickets/TicketTimelineEntry.h"

#include <QCoreApplication>
#include <QPair>

// Support tickets (SPEC §8): numbering, status timestamps, events, comments, attachments,
// statistics and customer updates. Every write is one transaction that also holds its audit rows,
// events and outbox mail.
//
// Permissions (SPEC §1): everyone views and creates tickets; Sales and Marketing edit (and comment
// on) only their own tickets — created by them or assigned to them —; Tech Support and Admin edit
// any. Changing the assignee or team needs AssignTickets; deleting needs DeleteTickets.
class TicketService
{
    Q_DECLARE_TR_FUNCTIONS(TicketService)

public:
    explicit TicketService(ServiceContext context);

    Result<Ticket> get(qint64 id) const;
    Result<Ticket> getByNumber(const QString& ticketNumber) const;
    // "42" or "T-20260301-0007".
    Result<Ticket> find(const QString& idOrNumber) const;
    Result<QList<Ticket>> list(const TicketQuery& query = {}) const;
    Result<qint64> count(const TicketQuery& query = {}) const;

    // Validates and stores a new ticket; fills in number, team (from the category when empty),
    // due time (now + 3 days when empty) and created_by. Returns the stored ticket.
    Result<Ticket> create(const Ticket& ticket) const;
    // Stores the editable fields of `ticket` (by id). Server-kept fields (number, timestamps,
    // created_by) are ignored. Status changes stamp or clear resolved_at/closed_at.
    Status update(const Ticket& ticket) const;
    Status setStatus(qint64 id, const QString& statusCode) const;
    Status close(qint64 id) const;
    // Back to in_progress when someone is assigned, else new; clears resolved_at and closed_at.
    Status reopen(qint64 id) const;
    Status remove(qint64 id) const;

    Result<TicketComment> addComment(qint64 ticketId, const QString& body, bool internal) const;
    Result<QList<TicketComment>> comments(qint64 ticketId) const;
    Result<QList<TicketEvent>> events(qint64 ticketId) const;

    // Refuses data over the attachment size limit (naming the limit) and stores nothing then.
    // An empty `mimeType` is detected from the name and content.
    Result<TicketAttachment> attach(qint64 ticketId, const QString& fileName, const QByteArray& data,
                                    const QString& mimeType = {}) const;
    // Checks the file's size before reading it, so an oversized file is never loaded.
    Result<TicketAttachment> attachFile(qint64 ticketId, const QString& path) const;
    Result<QList<TicketAttachment>> attachments(qint64 ticketId) const; // without content
    Result<TicketAttachment> attachmentContent(qint64 attachmentId) const;

    Result<QList<TicketTimelineEntry>> timeline(qint64 ticketId) const;
    Result<TicketStatistics> statistics() const;

    // Who a ticket can be assigned to (id, name), by name: every active user, plus anyone tickets
    // were assigned to before who has no active account any more (so a current assignee shows).
    Result<QList<QPair<qint64, QString>>> assigneeChoices() const;
    // The display name of the active user `userId`, or an invalid-input error naming assigned_to.
    Result<QString> assignableUserName(qint64 userId) const;

    bool canEdit(const Ticket& ticket) const;
    bool canAssign() const;
    bool canDelete() const;

    Status validate(const Ticket& ticket) const;
    qint64 attachmentLimitBytes() const;

    static constexpr int kDefaultDueDays = 3;

private:
    Result<Ticket> load(qint64 id) const;
    Result<QString> nextNumber() const;
    Result<qint64> recordEvent(qint64 ticketId, const QString& field, const QString& oldValue,
                               const QString& newValue) const;
    Error tooLarge(const QString& fileName, qint64 size) const;
    Status requireEdit(const Ticket& ticket) const;

    ServiceContext m_context;
};
