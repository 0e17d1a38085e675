#pragma once

#include "records/RecordField.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// A support ticket (SPEC §8). Enumerations are held as their stored codes (TicketStatus,
// TicketPriority, TicketCategory, TicketTeam). Overdue and the response/resolution times are
// derived when the ticket is read, never stored.
struct Ticket
{
    qint64 id = 0;
    QString ticketNumber; // T-YYYYMMDD-NNNN, given by TicketService::create
    qint64 companyId = 0;
    qint64 contactId = 0; // 0 = none
    QString subject;
    QString description;
    QString status = QStringLiteral("new");
    QString priority = QStringLiteral("medium");
    QString category = QStringLiteral("general");
    qint64 assignedTo = 0; // user id; 0 = unassigned
    QString assignedToName;
    QString assignedTeam; // empty on create = the category's team
    QDateTime dueAt;      // empty on create = created + 3 days
    QDateTime firstResponseAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Read-only display values filled in by TicketService when reading.
    QString companyName;
    QString contactName;
    bool overdue = false;

    bool isOpen() const;
    // Past its due time and neither resolved nor closed.
    static bool isOverdue(const QDateTime& dueAt, const QString& status, const QDateTime& now);
    std::optional<double> firstResponseHours() const;
    // Created → resolved (or closed, for a ticket closed without being resolved first).
    std::optional<double> resolutionHours() const;

    static const QList<RecordField<Ticket>>& fields();
};
