#include "tickets/Ticket.h"

#include "tickets/TicketCategory.h"
#include "tickets/TicketPriority.h"
#include "tickets/TicketStatus.h"
#include "tickets/TicketTeam.h"

#include <QCoreApplication>

namespace {
std::optional<double> hoursBetween(const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return static_cast<double>(from.msecsTo(to)) / 3600000.0;
}

QVariant optionalHours(const std::optional<double>& hours)
{
    // Two decimals are plenty for hours and keep JSON/CSV output stable.
    return hours ? QVariant(qRound64(*hours * 100.0) / 100.0) : QVariant();
}

template <QString Ticket::*member> RecordField<Ticket> text(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldKind::Text, label,
            [](const Ticket& t) { return QVariant(t.*member); },
            [](Ticket& t, const QVariant& v) {
                t.*member = v.toString();
            }};
}

template <QString Ticket::*member>
RecordField<Ticket> enumeration(const char* name, const char* label, QStringList (*codes)())
{
    return {QString::fromLatin1(name),
            FieldKind::Enum,
            label,
            [](const Ticket& t) { return QVariant(t.*member); },
            [](Ticket& t, const QVariant& v) { t.*member = v.toString(); },
            codes};
}

template <QDateTime Ticket::*member> RecordField<Ticket> timestamp(const char* name, const char* label)
{
    return {QString::fromLatin1(name),
            FieldKind::Timestamp,
            label,
            [](const Ticket& t) { return QVariant(t.*member); },
            {}};
}
} // namespace

bool Ticket::isOpen() const
{
    const auto code = TicketStatusCodes::fromCode(status);
    return !code || TicketStatusCodes::isOpen(*code);
}

bool Ticket::isOverdue(const QDateTime& dueAt, const QString& status, const QDateTime& now)
{
    const auto code = TicketStatusCodes::fromCode(status);
    const bool open = !code || TicketStatusCodes::isOpen(*code);
    return open && dueAt.isValid() && dueAt < now;
}

std::optional<double> Ticket::firstResponseHours() const
{
    return hoursBetween(createdAt, firstResponseAt);
}

std::optional<double> Ticket::resolutionHours() const
{
    return hoursBetween(createdAt, resolvedAt.isValid() ? resolvedAt : closedAt);
}

const QList<RecordField<Ticket>>& Ticket::fields()
{
    static const QList<RecordField<Ticket>> table = {
        {QStringLiteral("id"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "ID"),
         [](const Ticket& t) { return QVariant(t.id); },
         {}},
        {QStringLiteral("ticket_number"),
         FieldKind::Text,
         QT_TRANSLATE_NOOP("RecordField", "Ticket number"),
         [](const Ticket& t) { return QVariant(t.ticketNumber); },
         {}},
        {QStringLiteral("company_id"), FieldKind::Reference, QT_TRANSLATE_NOOP("RecordField", "Company"),
         [](const Ticket& t) { return QVariant(t.companyId); },
         [](Ticket& t, const QVariant& v) {
             t.companyId = v.toLongLong();
         }},
        {QStringLiteral("contact_id"), FieldKind::Reference, QT_TRANSLATE_NOOP("RecordField", "Contact"),
         [](const Ticket& t) { return QVariant(t.contactId); },
         [](Ticket& t, const QVariant& v) {
             t.contactId = v.toLongLong();
         }},
        text<&Ticket::subject>("subject", QT_TRANSLATE_NOOP("RecordField", "Subject")),
        text<&Ticket::description>("description", QT_TRANSLATE_NOOP("RecordField", "Description")),
        enumeration<&Ticket::status>("status", QT_TRANSLATE_NOOP("RecordField", "Status"),
                                     &TicketStatusCodes::codes),
        enumeration<&Ticket::priority>("priority", QT_TRANSLATE_NOOP("RecordField", "Priority"),
                                       &TicketPriorityCodes::codes),
        enumeration<&Ticket::category>("category", QT_TRANSLATE_NOOP("RecordField", "Category"),
                                       &TicketCategoryCodes::codes),
        {QStringLiteral("assigned_to"), FieldKind::Integer, QT_TRANSLATE_NOOP("RecordField", "Assigned to"),
         [](const Ticket& t) { return t.assignedTo == 0 ? QVariant() : QVariant(t.assignedTo); },
         [](Ticket& t, const QVariant& v) {
             t.assignedTo = v.toLongLong();
         }},
        text<&Ticket::assignedToName>("assigned_to_name", QT_TRANSLATE_NOOP("RecordField", "Assignee")),
        enumeration<&Ticket::assignedTeam>("assigned_team", QT_TRANSLATE_NOOP("RecordField", "Team"),
                                           &TicketTeamCodes::codes),
        {QStringLiteral("due_date"), FieldKind::Timestamp, QT_TRANSLATE_NOOP("RecordField", "Due"),
         [](const Ticket& t) { return QVariant(t.dueAt); },
         [](Ticket& t, const QVariant& v) {
             t.dueAt = v.toDateTime();
         }},
        {QStringLiteral("is_overdue"),
         FieldKind::Boolean,
         QT_TRANSLATE_NOOP("RecordField", "Overdue"),
         [](const Ticket& t) { return QVariant(t.overdue); },
         {}},
        timestamp<&Ticket::firstResponseAt>("first_response_at",
                                            QT_TRANSLATE_NOOP("RecordField", "First response")),
        timestamp<&Ticket::resolvedAt>("resolved_at", QT_TRANSLATE_NOOP("RecordField", "Resolved")),
        timestamp<&Ticket::closedAt>("closed_at", QT_TRANSLATE_NOOP("RecordField", "Closed")),
        {QStringLiteral("first_response_hours"),
         FieldKind::Decimal,
         QT_TRANSLATE_NOOP("RecordField", "First response (hours)"),
         [](const Ticket& t) { return optionalHours(t.firstResponseHours()); },
         {}},
        {QStringLiteral("resolution_hours"),
         FieldKind::Decimal,
         QT_TRANSLATE_NOOP("RecordField", "Resolution (hours)"),
         [](const Ticket& t) { return optionalHours(t.resolutionHours()); },
         {}},
        // Like assigned_to: the user's id, and the name as it was when the ticket was opened.
        {QStringLiteral("created_by"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "Created by (id)"),
         [](const Ticket& t) { return t.createdBy == 0 ? QVariant() : QVariant(t.createdBy); },
         {}},
        {QStringLiteral("created_by_name"),
         FieldKind::Text,
         QT_TRANSLATE_NOOP("RecordField", "Created by"),
         [](const Ticket& t) { return QVariant(t.createdByName); },
         {}},
        timestamp<&Ticket::createdAt>("created_at", QT_TRANSLATE_NOOP("RecordField", "Created")),
        timestamp<&Ticket::updatedAt>("updated_at", QT_TRANSLATE_NOOP("RecordField", "Updated")),
    };
    return table;
}
