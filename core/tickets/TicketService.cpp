#include "tickets/TicketService.h"

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/RecordFields.h"
#include "records/RecordValidation.h"
#include "settings/OfficeSettings.h"
#include "tickets/TicketCategory.h"
#include "tickets/TicketPriority.h"
#include "tickets/TicketStatus.h"
#include "tickets/TicketTeam.h"
#include "tickets/TicketUpdateMail.h"

#include <QCollator>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT t.id, t.ticket_number, t.company_id, t.contact_id, t.subject, t.description, t.status, "
    "t.priority, t.category, t.assigned_to, t.assigned_to_name, t.assigned_team, t.due_at, "
    "t.first_response_at, t.resolved_at, t.closed_at, t.created_by, t.created_by_name, t.created_at, "
    "t.updated_at, c.name, ct.name FROM tickets t JOIN companies c ON c.id = t.company_id "
    "LEFT JOIN contacts ct ON ct.id = t.contact_id");

const QString kOpenCondition = QStringLiteral("t.status NOT IN ('resolved', 'closed')");

Ticket fromRow(const QSqlQuery& q, const QDateTime& now)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.ticketNumber = q.value(1).toString();
    t.companyId = q.value(2).toLongLong();
    t.contactId = q.value(3).toLongLong();
    t.subject = q.value(4).toString();
    t.description = q.value(5).toString();
    t.status = q.value(6).toString();
    t.priority = q.value(7).toString();
    t.category = q.value(8).toString();
    t.assignedTo = q.value(9).toLongLong();
    t.assignedToName = q.value(10).toString();
    t.assignedTeam = q.value(11).toString();
    t.dueAt = TimeFormat::fromStoredTimestamp(q.value(12).toString());
    t.firstResponseAt = TimeFormat::fromStoredTimestamp(q.value(13).toString());
    t.resolvedAt = TimeFormat::fromStoredTimestamp(q.value(14).toString());
    t.closedAt = TimeFormat::fromStoredTimestamp(q.value(15).toString());
    t.createdBy = q.value(16).toLongLong();
    t.createdByName = q.value(17).toString();
    t.createdAt = TimeFormat::fromStoredTimestamp(q.value(18).toString());
    t.updatedAt = TimeFormat::fromStoredTimestamp(q.value(19).toString());
    t.companyName = q.value(20).toString();
    t.contactName = q.value(21).toString();
    t.overdue = Ticket::isOverdue(t.dueAt, t.status, now);
    return t;
}

QString stamp(const QDateTime& time)
{
    return TimeFormat::toStoredTimestamp(time);
}

QString sortColumn(const QString& field)
{
    static const QList<QPair<QString, QString>> columns = {
        {QStringLiteral("id"), QStringLiteral("t.id")},
        {QStringLiteral("ticket_number"), QStringLiteral("t.ticket_number")},
        {QStringLiteral("subject"), QStringLiteral("t.subject_key")},
        {QStringLiteral("company"), QStringLiteral("c.name_key")},
        {QStringLiteral("company_id"), QStringLiteral("c.name_key")},
        {QStringLiteral("status"),
         QStringLiteral("CASE t.status WHEN 'new' THEN 0 WHEN 'assigned' THEN 1 WHEN 'in_progress' THEN 2 "
                        "WHEN 'pending' THEN 3 WHEN 'resolved' THEN 4 ELSE 5 END")},
        {QStringLiteral("priority"), QStringLiteral("CASE t.priority WHEN 'low' THEN 0 WHEN 'medium' THEN 1 "
                                                    "WHEN 'high' THEN 2 ELSE 3 END")},
        {QStringLiteral("category"), QStringLiteral("t.category")},
        {QStringLiteral("assigned_to"), QStringLiteral("t.assigned_to_name")},
        {QStringLiteral("assigned_to_name"), QStringLiteral("t.assigned_to_name")},
        {QStringLiteral("assigned_team"), QStringLiteral("t.assigned_team")},
        {QStringLiteral("due_date"), QStringLiteral("t.due_at")},
        {QStringLiteral("created_at"), QStringLiteral("t.created_at")},
        {QStringLiteral("updated_at"), QStringLiteral("t.updated_at")},
    };
    for (const auto& [name, column] : columns) {
        if (name == field)
            return column;
    }
    return {};
}

QString whereClause(const TicketQuery& q, const Actor& actor, const QDateTime& now, QVariantList& binds)
{
    QStringList conditions;
    switch (q.filter) {
    case TicketFilter::All:
        break;
    case TicketFilter::Mine:
        conditions << QStringLiteral("t.assigned_to = ?") << kOpenCondition;
        binds << actor.userId;
        break;
    case TicketFilter::Unassigned:
        conditions << QStringLiteral("t.assigned_to IS NULL") << kOpenCondition;
        break;
    case TicketFilter::Open:
        conditions << kOpenCondition;
        break;
    case TicketFilter::Urgent:
        conditions << QStringLiteral("t.priority = 'urgent'") << kOpenCondition;
        break;
    case TicketFilter::Overdue:
        conditions << QStringLiteral("t.due_at < ?") << kOpenCondition;
        binds << stamp(now);
        break;
    }
    if (!q.status.trimmed().isEmpty()) {
        conditions << QStringLiteral("t.status = ?");
        binds << q.status.trimmed().toLower();
    }
    if (q.companyId != 0) {
        conditions << QStringLiteral("t.company_id = ?");
        binds << q.companyId;
    }
    if (!q.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("(lower(t.ticket_number) LIKE ? ESCAPE '\\' OR t.subject_key LIKE ? "
                                     "ESCAPE '\\' OR c.name_key LIKE ? ESCAPE '\\')");
        const QString pattern = RecordValidation::likePattern(q.search);
        binds << pattern << pattern << pattern;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// What to show for an assignee: the given name, or "#id" when only the user id is known (until
// the users table can be consulted).
QString assigneeName(const Ticket& ticket)
{
    if (ticket.assignedTo == 0)
        return {};
    const QString name = ticket.assignedToName.trimmed();
    return name.isEmpty() ? QStringLiteral("#%1").arg(ticket.assignedTo) : name;
}

QString formatMegabytes(qint64 bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

TicketService::TicketService(ServiceContext context) : m_context(std::move(context)) {}

// ---- permissions -------------------------------------------------------------------------------

bool TicketService::canEdit(const Ticket& ticket) const
{
    const Actor& actor = m_context.actor;
    if (Authorizer::can(actor, Permission::EditAnyTicket))
        return true;
    return Authorizer::can(actor, Permission::CreateTickets) && actor.isUser() &&
           (ticket.createdBy == actor.userId || ticket.assignedTo == actor.userId);
}

bool TicketService::canAssign() const
{
    return Authorizer::can(m_context.actor, Permission::AssignTickets);
}

bool TicketService::canDelete() const
{
    return Authorizer::can(m_context.actor, Permission::DeleteTickets);
}

Status TicketService::requireEdit(const Ticket& ticket) const
{
    if (canEdit(ticket))
        return Status::success();
    if (auto own = Authorizer::require(m_context.actor, Permission::CreateTickets); !own)
        return own;
    return Error::forbidden(tr("%1 may only change their own tickets, and %2 is not theirs.")
                                .arg(m_context.actor.username, ticket.ticketNumber));
}

// ---- reading -----------------------------------------------------------------------------------

Result<Ticket> TicketService::load(qint64 id) const
{
    auto query = SqlRun::exec(m_context.db().connection(), kSelect + QStringLiteral(" WHERE t.id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no ticket with id %1.").arg(id));
    return fromRow(query.value(), m_context.now());
}

Result<Ticket> TicketService::get(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    return load(id);
}

Result<Ticket> TicketService::getByNumber(const QString& ticketNumber) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    auto query =
        SqlRun::exec(m_context.db().connection(), kSelect + QStringLiteral(" WHERE t.ticket_number = ?"),
                     {ticketNumber.trimmed().toUpper()});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no ticket numbered %1.").arg(ticketNumber.trimmed()));
    return fromRow(query.value(), m_context.now());
}

Result<Ticket> TicketService::find(const QString& idOrNumber) const
{
    bool isId = false;
    const qint64 id = idOrNumber.trimmed().toLongLong(&isId);
    if (isId)
        return get(id);
    static const QRegularExpression number(QStringLiteral("^T-\\d{8}-\\d{4,}$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!number.match(idOrNumber.trimmed()).hasMatch())
        return Error::invalid(
            QStringLiteral("ticket"),
            tr("\"%1\" is neither a ticket id nor a ticket number such as T-20260301-0001.").arg(idOrNumber));
    return getByNumber(idOrNumber);
}

Result<QList<Ticket>> TicketService::list(const TicketQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    const QDateTime now = m_context.now();
    QVariantList binds;
    QString sql = kSelect + whereClause(query, m_context.actor, now, binds);
    const QString column = sortColumn(query.sortField);
    if (column.isEmpty())
        sql += query.descending ? QStringLiteral(" ORDER BY t.created_at, t.id")
                                : QStringLiteral(" ORDER BY t.created_at DESC, t.id DESC");
    else
        sql += QStringLiteral(" ORDER BY %1 %2, t.id %2")
                   .arg(column, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<Ticket> tickets;
    while (rows->next())
        tickets.append(fromRow(rows.value(), now));
    return tickets;
}

Result<qint64> TicketService::count(const TicketQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    QVariantList binds;
    auto total = SqlRun::scalar(m_context.db().connection(),
                                QStringLiteral("SELECT count(*) FROM tickets t JOIN companies c ON c.id = "
                                               "t.company_id") +
                                    whereClause(query, m_context.actor, m_context.now(), binds),
                                binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

// ---- validation and numbering ------------------------------------------------------------------

Status TicketService::validate(const Ticket& ticket) const
{
    const QSqlDatabase db = m_context.db().connection();
    if (ticket.companyId == 0)
        return Error::invalid(QStringLiteral("company_id"), tr("Choose the company this ticket is for."));
    auto company =
        SqlRun::scalar(db, QStringLiteral("SELECT id FROM companies WHERE id = ?"), {ticket.companyId});
    if (!company)
        return company.error();
    if (company->isNull())
        return Error::invalid(QStringLiteral("company_id"),
                              tr("There is no company with id %1.").arg(ticket.companyId));
    if (ticket.contactId != 0) {
        auto contactCompany = SqlRun::scalar(
            db, QStringLiteral("SELECT company_id FROM contacts WHERE id = ?"), {ticket.contactId});
        if (!contactCompany)
            return contactCompany.error();
        if (contactCompany->isNull())
            return Error::invalid(QStringLiteral("contact_id"),
                                  tr("There is no contact with id %1.").arg(ticket.contactId));
        if (contactCompany->toLongLong() != ticket.companyId)
            return Error::invalid(QStringLiteral("contact_id"),
                                  tr("The contact must work for the ticket's company."));
    }
    if (ticket.subject.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("subject"), tr("The subject is required."));
    if (ticket.description.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("description"), tr("Describe the problem or request."));
    if (!TicketStatusCodes::fromCode(ticket.status))
        return Error::invalid(
            QStringLiteral("status"),
            tr("The status must be one of %1.").arg(TicketStatusCodes::codes().join(QStringLiteral(", "))));
    if (!TicketPriorityCodes::fromCode(ticket.priority))
        return Error::invalid(QStringLiteral("priority"),
                              tr("The priority must be one of %1.")
                                  .arg(TicketPriorityCodes::codes().join(QStringLiteral(", "))));
    if (!TicketCategoryCodes::fromCode(ticket.category))
        return Error::invalid(QStringLiteral("category"),
                              tr("The category must be one of %1.")
                                  .arg(TicketCategoryCodes::codes().join(QStringLiteral(", "))));
    if (!ticket.assignedTeam.isEmpty() && !TicketTeamCodes::fromCode(ticket.assignedTeam))
        return Error::invalid(
            QStringLiteral("assigned_team"),
            tr("The team must be one of %1.").arg(TicketTeamCodes::codes().join(QStringLiteral(", "))));
    if (ticket.assignedTo < 0)
        return Error::invalid(QStringLiteral("assigned_to"), tr("The assignee must be a user id."));
    return Status::success();
}

Result<QString> TicketService::nextNumber() const
{
    // The office-local day, so a ticket opened at 06:30 in Bangkok counts on that day, not on
    // yesterday's UTC date. The UPSERT takes the counter inside the caller's write transaction.
    const QDate day = OfficeSettings(m_context).today();
    const QString dayKey = day.toString(QStringLiteral("yyyyMMdd"));
    auto next = SqlRun::scalar(m_context.db().connection(),
                               QStringLiteral("INSERT INTO ticket_counters (day, last_number) VALUES (?, 1) "
                                              "ON CONFLICT (day) DO UPDATE SET last_number = "
                                              "ticket_counters.last_number + 1 RETURNING last_number"),
                               {dayKey});
    if (!next)
        return next.error();
    return QStringLiteral("T-%1-%2").arg(dayKey).arg(next->toLongLong(), 4, 10, QLatin1Char('0'));
}

Result<qint64> TicketService::recordEvent(qint64 ticketId, const QString& field, const QString& oldValue,
                                          const QString& newValue) const
{
    auto inserted = SqlRun::scalar(
        m_context.db().connection(),
        QStringLiteral(
            "INSERT INTO ticket_events (ticket_id, field, old_value, new_value, actor_id, actor_name, "
            "at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {ticketId, field, oldValue, newValue, SqlRun::nullIfZero(m_context.actor.userId),
         m_context.actor.username, stamp(m_context.now())});
    if (!inserted)
        return inserted.error();
    return inserted->toLongLong();
}

// ---- writing -----------------------------------------------------------------------------------

Result<Ticket> TicketService::create(const Ticket& ticket) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::CreateTickets); !allowed)
        return allowed.error();
    if (ticket.assignedTo != 0) {
        if (auto allowed = Authorizer::require(m_context.actor, Permission::AssignTickets); !allowed)
            return allowed.error();
    }
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();

    const QDateTime now = m_context.now();
    Ticket t = ticket;
    t.id = 0;
    t.status = t.status.trimmed().isEmpty() ? QStringLiteral("new") : t.status.trimmed().toLower();
    t.priority = t.priority.trimmed().isEmpty() ? QStringLiteral("medium") : t.priority.trimmed().toLower();
    t.category = t.category.trimmed().isEmpty() ? QStringLiteral("general") : t.category.trimmed().toLower();
    t.assignedTeam = t.assignedTeam.trimmed().toLower();
    if (auto valid = validate(t); !valid)
        return valid.error();
    if (t.assignedTeam.isEmpty())
        t.assignedTeam =
            TicketTeamCodes::toCode(TicketCategoryCodes::teamFor(*TicketCategoryCodes::fromCode(t.category)));
    if (!t.dueAt.isValid())
        t.dueAt = now.addDays(kDefaultDueDays);
    if (t.assignedTo != 0 && t.status == QLatin1String("new"))
        t.status = QStringLiteral("assigned");
    t.firstResponseAt = {};
    t.resolvedAt = t.status == QLatin1String("resolved") ? now : QDateTime();
    t.closedAt = t.status == QLatin1String("closed") ? now : QDateTime();
    t.createdBy = m_context.actor.userId;
    t.createdByName = m_context.actor.username;

    auto number = nextNumber();
    if (!number)
        return number.error();
    t.ticketNumber = number.value();

    auto inserted = SqlRun::scalar(
        transaction.connection(),
        QStringLiteral(
            "INSERT INTO tickets (ticket_number, company_id, contact_id, subject, subject_key, "
            "description, status, priority, category, assigned_to, assigned_to_name, assigned_team, "
            "due_at, first_response_at, resolved_at, closed_at, created_by, created_by_name, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, "
            "?, ?, ?) RETURNING id"),
        {t.ticketNumber, t.companyId, SqlRun::nullIfZero(t.contactId), t.subject.trimmed(),
         t.subject.trimmed().toCaseFolded(), t.description, t.status, t.priority, t.category,
         SqlRun::nullIfZero(t.assignedTo), assigneeName(t), t.assignedTeam, stamp(t.dueAt),
         SqlRun::nullIfEmpty(stamp(t.resolvedAt)), SqlRun::nullIfEmpty(stamp(t.closedAt)),
         SqlRun::nullIfZero(t.createdBy), t.createdByName, stamp(now), stamp(now)});
    if (!inserted)
        return inserted.error();
    auto stored = load(inserted->toLongLong());
    if (!stored)
        return stored.error();
    if (auto audited = AuditLog(m_context).recordCreate(QStringLiteral("ticket"), stored->id,
                                                        RecordFields::toAuditMap(Ticket::fields(), *stored));
        !audited)
        return audited.error();
    if (auto mailed =
            TicketUpdateMail(m_context).queue(*stored, TicketUpdateMail::Reason::Created, stored->id);
        !mailed)
        return mailed.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Status TicketService::update(const Ticket& ticket) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = load(ticket.id);
    if (!before)
        return before.error();
    if (auto editable = requireEdit(*before); !editable)
        return editable;

    const QDateTime now = m_context.now();
    Ticket t = before.value();
    t.companyId = ticket.companyId;
    t.contactId = ticket.contactId;
    t.subject = ticket.subject;
    t.description = ticket.description;
    t.status = ticket.status.trimmed().toLower();
    t.priority = ticket.priority.trimmed().toLower();
    t.category = ticket.category.trimmed().toLower();
    t.assignedTo = ticket.assignedTo;
    t.assignedToName = assigneeName(ticket);
    t.assignedTeam = ticket.assignedTeam.trimmed().toLower();
    t.dueAt = ticket.dueAt;
    if (t.assignedTeam.isEmpty() && TicketCategoryCodes::fromCode(t.category))
        t.assignedTeam =
            TicketTeamCodes::toCode(TicketCategoryCodes::teamFor(*TicketCategoryCodes::fromCode(t.category)));

    const bool assigneeChanged = t.assignedTo != before->assignedTo;
    if ((assigneeChanged || t.assignedTeam != before->assignedTeam)) {
        if (auto allowed = Authorizer::require(m_context.actor, Permission::AssignTickets); !allowed)
            return allowed;
    }
    if (auto valid = validate(t); !valid)
        return valid;
    if (!t.dueAt.isValid())
        return Error::invalid(QStringLiteral("due_date"), tr("The due date is required."));

    // Assigning a new ticket starts it; taking the assignee away from an assigned one returns it.
    if (t.status == before->status && assigneeChanged) {
        if (t.assignedTo != 0 && t.status == QLatin1String("new"))
            t.status = QStringLiteral("assigned");
        else if (t.assignedTo == 0 && t.status == QLatin1String("assigned"))
            t.status = QStringLiteral("new");
    }
    if (t.status != before->status) {
        if (t.status == QLatin1String("resolved")) {
            t.resolvedAt = now;
            t.closedAt = {};
        } else if (t.status == QLatin1String("closed")) {
            t.closedAt = now;
        } else {
            // Reopened (or still open): neither time applies any more.
            t.resolvedAt = {};
            t.closedAt = {};
        }
    }

    auto updated = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("UPDATE tickets SET company_id = ?, contact_id = ?, subject = ?, subject_key = ?, "
                       "description = ?, status = ?, priority = ?, category = ?, assigned_to = ?, "
                       "assigned_to_name = ?, assigned_team = ?, due_at = ?, resolved_at = ?, closed_at = ?, "
                       "updated_at = ? WHERE id = ?"),
        {t.companyId, SqlRun::nullIfZero(t.contactId), t.subject.trimmed(),
         t.subject.trimmed().toCaseFolded(), t.description, t.status, t.priority, t.category,
         SqlRun::nullIfZero(t.assignedTo), t.assignedToName, t.assignedTeam, stamp(t.dueAt),
         SqlRun::nullIfEmpty(stamp(t.resolvedAt)), SqlRun::nullIfEmpty(stamp(t.closedAt)), stamp(now), t.id});
    if (!updated)
        return updated.error();
    // On a shared PostgreSQL database row-level security has the last word: a row it hides from
    // this role's UPDATE is not changed, and no event or audit entry may claim otherwise.
    if (updated->numRowsAffected() != 1)
        return Error::forbidden(
            tr("The database did not let %1 change %2.").arg(m_context.actor.username, before->ticketNumber));

    struct Tracked
    {
        QString field;
        QString oldValue;
        QString newValue;
    };
    const QList<Tracked> tracked = {
        {QStringLiteral("status"), before->status, t.status},
        {QStringLiteral("priority"), before->priority, t.priority},
        {QStringLiteral("assigned_to"), before->assignedTo != 0 ? before->assignedToName : QString(),
         t.assignedTo != 0 ? t.assignedToName : QString()},
        {QStringLiteral("assigned_team"), before->assignedTeam, t.assignedTeam},
        {QStringLiteral("due_date"), stamp(before->dueAt), stamp(t.dueAt)},
    };
    qint64 resolvedEvent = 0;
    for (const Tracked& change : tracked) {
        const bool assigneeField = change.field == QLatin1String("assigned_to");
        if (assigneeField ? !assigneeChanged : change.oldValue == change.newValue)
            continue;
        auto event = recordEvent(t.id, change.field, change.oldValue, change.newValue);
        if (!event)
            return event.error();
        if (change.field == QLatin1String("status") && change.newValue == QLatin1String("resolved"))
            resolvedEvent = event.value();
    }

    auto after = load(t.id);
    if (!after)
        return after.error();
    if (auto audited = AuditLog(m_context).recordUpdate(QStringLiteral("ticket"), t.id,
                                                        RecordFields::toAuditMap(Ticket::fields(), *before),
                                                        RecordFields::toAuditMap(Ticket::fields(), *after));
        !audited)
        return audited;
    if (resolvedEvent != 0) {
        if (auto mailed =
                TicketUpdateMail(m_context).queue(*after, TicketUpdateMail::Reason::Resolved, resolvedEvent);
            !mailed)
            return mailed.error();
    }
    return transaction.commit();
}

Status TicketService::setStatus(qint64 id, const QString& statusCode) const
{
    auto ticket = get(id);
    if (!ticket)
        return ticket.error();
    ticket->status = statusCode;
    return update(ticket.value());
}

Status TicketService::close(qint64 id) const
{
    return setStatus(id, QStringLiteral("closed"));
}

Status TicketService::reopen(qint64 id) const
{
    auto ticket = get(id);
    if (!ticket)
        return ticket.error();
    if (ticket->isOpen())
        return Error::conflict(QStringLiteral("status"),
                               tr("Ticket %1 is already open.").arg(ticket->ticketNumber));
    ticket->status = ticket->assignedTo != 0 ? QStringLiteral("in_progress") : QStringLiteral("new");
    return update(ticket.value());
}

Status TicketService::remove(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::DeleteTickets); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = load(id);
    if (!before)
        return before.error();
    auto deleted =
        SqlRun::exec(transaction.connection(), QStringLiteral("DELETE FROM tickets WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    if (auto audited = AuditLog(m_context).recordDelete(QStringLiteral("ticket"), id,
                                                        RecordFields::toAuditMap(Ticket::fields(), *before));
        !audited)
        return audited;
    return transaction.commit();
}

// ---- comments ----------------------------------------------------------------------------------

Result<TicketComment> TicketService::addComment(qint64 ticketId, const QString& body, bool internal) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    if (body.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("text"), tr("Write something before adding the comment."));
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto ticket = load(ticketId);
    if (!ticket)
        return ticket.error();
    if (auto editable = requireEdit(*ticket); !editable)
        return editable.error();

    const QDateTime now = m_context.now();
    TicketComment comment;
    comment.ticketId = ticketId;
    comment.body = body.trimmed();
    comment.isInternal = internal;
    comment.authorId = m_context.actor.userId;
    comment.authorName = m_context.actor.username;
    comment.createdAt = now;
    auto inserted = SqlRun::scalar(
        transaction.connection(),
        QStringLiteral("INSERT INTO ticket_comments (ticket_id, body, is_internal, author_id, author_name, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {ticketId, comment.body, internal ? 1 : 0, SqlRun::nullIfZero(comment.authorId), comment.authorName,
         stamp(now)});
    if (!inserted)
        return inserted.error();
    comment.id = inserted->toLongLong();

    // Only a reply the customer sees is a response; an internal note is not.
    const QString firstResponse = !internal && !ticket->firstResponseAt.isValid()
                                      ? QStringLiteral(", first_response_at = ?")
                                      : QString();
    QVariantList binds = {stamp(now)};
    if (!firstResponse.isEmpty())
        binds << stamp(now);
    binds << ticketId;
    auto touched = SqlRun::exec(transaction.connection(),
                                QStringLiteral("UPDATE tickets SET updated_at = ?") + firstResponse +
                                    QStringLiteral(" WHERE id = ?"),
                                binds);
    if (!touched)
        return touched.error();
    if (auto audited = AuditLog(m_context).recordCreate(
            internal ? QStringLiteral("ticket_note") : QStringLiteral("ticket_comment"), comment.id,
            {{QStringLiteral("ticket_id"), ticketId}, {QStringLiteral("body"), comment.body}});
        !audited)
        return audited.error();
    if (!internal) {
        if (auto mailed = TicketUpdateMail(m_context).queue(*ticket, TicketUpdateMail::Reason::Replied,
                                                            comment.id, comment.body);
            !mailed)
            return mailed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return comment;
}

Result<QList<TicketComment>> TicketService::comments(qint64 ticketId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    auto rows =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("SELECT id, ticket_id, body, is_internal, author_id, author_name, "
                                    "created_at FROM ticket_comments WHERE ticket_id = ? ORDER BY "
                                    "created_at, id"),
                     {ticketId});
    if (!rows)
        return rows.error();
    QList<TicketComment> result;
    while (rows->next()) {
        TicketComment c;
        c.id = rows->value(0).toLongLong();
        c.ticketId = rows->value(1).toLongLong();
        c.body = rows->value(2).toString();
        c.isInternal = rows->value(3).toInt() != 0;
        c.authorId = rows->value(4).toLongLong();
        c.authorName = rows->value(5).toString();
        c.createdAt = TimeFormat::fromStoredTimestamp(rows->value(6).toString());
        result << c;
    }
    return result;
}

Result<QList<TicketEvent>> TicketService::events(qint64 ticketId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    auto rows =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("SELECT id, ticket_id, field, old_value, new_value, actor_id, "
                                    "actor_name, at FROM ticket_events WHERE ticket_id = ? ORDER BY at, id"),
                     {ticketId});
    if (!rows)
        return rows.error();
    QList<TicketEvent> result;
    while (rows->next()) {
        TicketEvent e;
        e.id = rows->value(0).toLongLong();
        e.ticketId = rows->value(1).toLongLong();
        e.field = rows->value(2).toString();
        e.oldValue = rows->value(3).toString();
        e.newValue = rows->value(4).toString();
        e.actorId = rows->value(5).toLongLong();
        e.actorName = rows->value(6).toString();
        e.at = TimeFormat::fromStoredTimestamp(rows->value(7).toString());
        result << e;
    }
    return result;
}

// ---- attachments -------------------------------------------------------------------------------

qint64 TicketService::attachmentLimitBytes() const
{
    return OfficeSettings(m_context).attachmentLimitBytes();
}

Error TicketService::tooLarge(const QString& fileName, qint64 size) const
{
    const qint64 limit = attachmentLimitBytes();
    return Error::invalid(QStringLiteral("attachment"),
                          tr("%1 is %2 MB; attachments may be at most %3 MB (the attachment size limit).")
                              .arg(fileName, formatMegabytes(size))
                              .arg(limit / (1024 * 1024)));
}

Result<TicketAttachment> TicketService::attach(qint64 ticketId, const QString& fileName,
                                               const QByteArray& data, const QString& mimeType) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    const QString name = QFileInfo(fileName.trimmed()).fileName();
    if (name.isEmpty())
        return Error::invalid(QStringLiteral("attachment"), tr("The attachment needs a file name."));
    if (data.size() > attachmentLimitBytes())
        return tooLarge(name, data.size());
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto ticket = load(ticketId);
    if (!ticket)
        return ticket.error();
    if (auto editable = requireEdit(*ticket); !editable)
        return editable.error();

    TicketAttachment a;
    a.ticketId = ticketId;
    a.fileName = name;
    a.mimeType =
        mimeType.isEmpty() ? QMimeDatabase().mimeTypeForFileNameAndData(name, data).name() : mimeType;
    a.sizeBytes = data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.uploadedBy = m_context.actor.userId;
    a.uploadedByName = m_context.actor.username;
    a.createdAt = m_context.now();
    auto inserted = SqlRun::scalar(
        transaction.connection(),
        QStringLiteral(
            "INSERT INTO ticket_attachments (ticket_id, file_name, mime_type, size_bytes, sha256, "
            "content, uploaded_by, uploaded_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"),
        {ticketId, a.fileName, a.mimeType, a.sizeBytes, a.sha256, data, SqlRun::nullIfZero(a.uploadedBy),
         a.uploadedByName, stamp(a.createdAt)});
    if (!inserted)
        return inserted.error();
    a.id = inserted->toLongLong();
    auto touched = SqlRun::exec(transaction.connection(),
                                QStringLiteral("UPDATE tickets SET updated_at = ? WHERE id = ?"),
                                {stamp(a.createdAt), ticketId});
    if (!touched)
        return touched.error();
    if (auto audited = AuditLog(m_context).recordCreate(QStringLiteral("ticket_attachment"), a.id,
                                                        {{QStringLiteral("ticket_id"), ticketId},
                                                         {QStringLiteral("file_name"), a.fileName},
                                                         {QStringLiteral("size_bytes"), a.sizeBytes},
                                                         {QStringLiteral("sha256"), a.sha256}});
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return a;
}

Result<TicketAttachment> TicketService::attachFile(qint64 ticketId, const QString& path) const
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::io(tr("There is no file at %1.").arg(path));
    if (info.size() > attachmentLimitBytes())
        return tooLarge(info.fileName(), info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 could not be read: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    return attach(ticketId, info.fileName(), data);
}

Result<QList<TicketAttachment>> TicketService::attachments(qint64 ticketId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    auto rows =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("SELECT id, ticket_id, file_name, mime_type, size_bytes, sha256, "
                                    "uploaded_by, uploaded_by_name, created_at FROM ticket_attachments "
                                    "WHERE ticket_id = ? ORDER BY created_at, id"),
                     {ticketId});
    if (!rows)
        return rows.error();
    QList<TicketAttachment> result;
    while (rows->next()) {
        TicketAttachment a;
        a.id = rows->value(0).toLongLong();
        a.ticketId = rows->value(1).toLongLong();
        a.fileName = rows->value(2).toString();
        a.mimeType = rows->value(3).toString();
        a.sizeBytes = rows->value(4).toLongLong();
        a.sha256 = rows->value(5).toString();
        a.uploadedBy = rows->value(6).toLongLong();
        a.uploadedByName = rows->value(7).toString();
        a.createdAt = TimeFormat::fromStoredTimestamp(rows->value(8).toString());
        result << a;
    }
    return result;
}

Result<TicketAttachment> TicketService::attachmentContent(qint64 attachmentId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    auto rows = SqlRun::exec(m_context.db().connection(),
                             QStringLiteral("SELECT id, ticket_id, file_name, mime_type, size_bytes, sha256, "
                                            "uploaded_by, uploaded_by_name, created_at, content FROM "
                                            "ticket_attachments WHERE id = ?"),
                             {attachmentId});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return Error::notFound(tr("There is no attachment with id %1.").arg(attachmentId));
    TicketAttachment a;
    a.id = rows->value(0).toLongLong();
    a.ticketId = rows->value(1).toLongLong();
    a.fileName = rows->value(2).toString();
    a.mimeType = rows->value(3).toString();
    a.sizeBytes = rows->value(4).toLongLong();
    a.sha256 = rows->value(5).toString();
    a.uploadedBy = rows->value(6).toLongLong();
    a.uploadedByName = rows->value(7).toString();
    a.createdAt = TimeFormat::fromStoredTimestamp(rows->value(8).toString());
    a.content = rows->value(9).toByteArray();
    return a;
}

// ---- timeline and statistics -------------------------------------------------------------------

Result<QList<TicketTimelineEntry>> TicketService::timeline(qint64 ticketId) const
{
    auto ticket = get(ticketId);
    if (!ticket)
        return ticket.error();
    auto allComments = comments(ticketId);
    if (!allComments)
        return allComments.error();
    auto allEvents = events(ticketId);
    if (!allEvents)
        return allEvents.error();
    auto allAttachments = attachments(ticketId);
    if (!allAttachments)
        return allAttachments.error();

    QList<TicketTimelineEntry> entries;
    TicketTimelineEntry created;
    created.kind = TicketTimelineEntry::Kind::Created;
    created.at = ticket->createdAt;
    created.author = ticket->createdByName;
    created.text = ticket->description;
    entries << created;
    for (const TicketComment& c : allComments.value()) {
        TicketTimelineEntry e;
        e.kind = c.isInternal ? TicketTimelineEntry::Kind::InternalNote : TicketTimelineEntry::Kind::Comment;
        e.at = c.createdAt;
        e.author = c.authorName;
        e.comment = c;
        entries << e;
    }
    for (const TicketEvent& ev : allEvents.value()) {
        TicketTimelineEntry e;
        e.kind = TicketTimelineEntry::Kind::Event;
        e.at = ev.at;
        e.author = ev.actorName;
        e.event = ev;
        entries << e;
    }
    for (const TicketAttachment& a : allAttachments.value()) {
        TicketTimelineEntry e;
        e.kind = TicketTimelineEntry::Kind::Attachment;
        e.at = a.createdAt;
        e.author = a.uploadedByName;
        e.attachment = a;
        entries << e;
    }
    // Stable: within one instant, the opening comes first and each kind keeps its insertion order.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TicketTimelineEntry& a, const TicketTimelineEntry& b) { return a.at < b.at; });
    return entries;
}

Result<TicketStatistics> TicketService::statistics() const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    const QSqlDatabase db = m_context.db().connection();
    TicketStatistics stats;
    for (const QString& code : TicketStatusCodes::codes())
        stats.byStatus.insert(code, 0);
    for (const QString& code : TicketPriorityCodes::codes())
        stats.byPriority.insert(code, 0);

    auto groups =
        SqlRun::exec(db, QStringLiteral("SELECT status, priority, count(*) FROM tickets GROUP BY status, "
                                        "priority"));
    if (!groups)
        return groups.error();
    while (groups->next()) {
        const qint64 n = groups->value(2).toLongLong();
        stats.byStatus[groups->value(0).toString()] += n;
        stats.byPriority[groups->value(1).toString()] += n;
        stats.total += n;
    }
    stats.open = stats.total - stats.byStatus.value(QStringLiteral("resolved")) -
                 stats.byStatus.value(QStringLiteral("closed"));

    const QString openSql = QStringLiteral(" AND status NOT IN ('resolved', 'closed')");
    auto mine =
        SqlRun::scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE assigned_to = ?") + openSql,
                       {m_context.actor.userId});
    auto unassigned = SqlRun::scalar(
        db, QStringLiteral("SELECT count(*) FROM tickets WHERE assigned_to IS NULL") + openSql);
    auto overdue =
        SqlRun::scalar(db, QStringLiteral("SELECT count(*) FROM tickets WHERE due_at < ?") + openSql,
                       {stamp(m_context.now())});
    for (const auto* result : {&mine, &unassigned, &overdue}) {
        if (!*result)
            return result->error();
    }
    stats.myOpen = mine->toLongLong();
    stats.unassigned = unassigned->toLongLong();
    stats.overdue = overdue->toLongLong();

    // Time differences are computed here rather than in SQL, whose date arithmetic differs between
    // SQLite and PostgreSQL; only tickets that have the times are read.
    auto times =
        SqlRun::exec(db, QStringLiteral("SELECT created_at, first_response_at, coalesce(resolved_at, "
                                        "closed_at) FROM tickets WHERE first_response_at IS NOT NULL OR "
                                        "resolved_at IS NOT NULL OR closed_at IS NOT NULL"));
    if (!times)
        return times.error();
    double responseSum = 0, resolutionSum = 0;
    qint64 responseCount = 0, resolutionCount = 0;
    while (times->next()) {
        const QDateTime created = TimeFormat::fromStoredTimestamp(times->value(0).toString());
        const QDateTime response = TimeFormat::fromStoredTimestamp(times->value(1).toString());
        const QDateTime resolved = TimeFormat::fromStoredTimestamp(times->value(2).toString());
        if (response.isValid()) {
            responseSum += static_cast<double>(created.msecsTo(response)) / 3600000.0;
            ++responseCount;
        }
        if (resolved.isValid()) {
            resolutionSum += static_cast<double>(created.msecsTo(resolved)) / 3600000.0;
            ++resolutionCount;
        }
    }
    if (responseCount > 0)
        stats.averageFirstResponseHours = responseSum / static_cast<double>(responseCount);
    if (resolutionCount > 0)
        stats.averageResolutionHours = resolutionSum / static_cast<double>(resolutionCount);
    return stats;
}

Result<QList<QPair<qint64, QString>>> TicketService::assigneeChoices() const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTickets); !allowed)
        return allowed.error();
    QList<QPair<qint64, QString>> result;
    QSet<qint64> seen;
    auto users = SqlRun::exec(m_context.db().connection(),
                              QStringLiteral("SELECT id, CASE WHEN full_name <> '' THEN full_name ELSE "
                                             "username END FROM users WHERE is_active <> 0"));
    if (!users)
        return users.error();
    while (users->next()) {
        result.append({users->value(0).toLongLong(), users->value(1).toString()});
        seen.insert(result.last().first);
    }
    auto earlier = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT assigned_to, max(assigned_to_name) FROM tickets WHERE assigned_to "
                       "IS NOT NULL GROUP BY assigned_to"));
    if (!earlier)
        return earlier.error();
    while (earlier->next()) {
        const qint64 id = earlier->value(0).toLongLong();
        if (!seen.contains(id))
            result.append({id, earlier->value(1).toString()});
    }
    const QCollator collator;
    std::sort(result.begin(), result.end(),
              [&](const auto& a, const auto& b) { return collator.compare(a.second, b.second) < 0; });
    return result;
}

Result<QString> TicketService::assignableUserName(qint64 userId) const
{
    auto name = SqlRun::exec(m_context.db().connection(),
                             QStringLiteral("SELECT CASE WHEN full_name <> '' THEN full_name ELSE username "
                                            "END FROM users WHERE id = ? AND is_active <> 0"),
                             {userId});
    if (!name)
        return name.error();
    if (!name->next())
        return Error::invalid(QStringLiteral("assigned_to"),
                              tr("There is no active user with id %1 to assign the ticket to.").arg(userId));
    return name->value(0).toString();
}
