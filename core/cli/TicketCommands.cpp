#include "cli/TicketCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"
#include "records/RecordFields.h"
#include "tickets/TicketCategory.h"
#include "tickets/TicketPriority.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStatus.h"

namespace {
// The ticket field options of add/set; everything else a command takes is excluded here.
const QStringList kNonFieldOptions = {QStringLiteral("text"), QStringLiteral("internal")};

int addTicket(CliContext& cli)
{
    if (!cli.args().isEmpty())
        return cli.usageError(QCoreApplication::translate(
            "TicketCommands", "add ticket takes only options, e.g. --company 3 --subject \"No sound\"."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    Ticket ticket;
    ticket.status.clear();
    ticket.priority.clear();
    ticket.category.clear();
    if (auto applied = RecordFields::apply(Ticket::fields(), ticket, cli.fieldOptions(kNonFieldOptions));
        !applied)
        return cli.fail(applied.error());
    // SPEC §10 names the category on the command line: a script must say what kind of request it
    // files rather than have it land in "general" unnoticed.
    if (ticket.category.trimmed().isEmpty())
        return cli.fail(Error::invalid(
            QStringLiteral("category"),
            QCoreApplication::translate("TicketCommands", "Give the category with --category: one of %1.")
                .arg(TicketCategoryCodes::codes().join(QStringLiteral(", ")))));
    auto created = TicketService(context.value()).create(ticket);
    if (!created)
        return cli.fail(created.error());
    cli.out() << created->ticketNumber << '\n';
    return ExitCode::Success;
}

int listTickets(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    TicketQuery query;
    query.search = cli.option(QStringLiteral("search"));
    query.status = cli.option(QStringLiteral("status")).trimmed().toLower();
    if (!query.status.isEmpty() && !TicketStatusCodes::fromCode(query.status))
        return cli.fail(
            Error::invalid(QStringLiteral("status"),
                           QCoreApplication::translate("TicketCommands", "--status must be one of %1.")
                               .arg(TicketStatusCodes::codes().join(QStringLiteral(", ")))));
    const QString filter = cli.option(QStringLiteral("filter"), QStringLiteral("all")).trimmed().toLower();
    static const QList<QPair<QString, TicketFilter>> filters = {
        {QStringLiteral("all"), TicketFilter::All},
        {QStringLiteral("mine"), TicketFilter::Mine},
        {QStringLiteral("unassigned"), TicketFilter::Unassigned},
        {QStringLiteral("open"), TicketFilter::Open},
        {QStringLiteral("urgent"), TicketFilter::Urgent},
        {QStringLiteral("overdue"), TicketFilter::Overdue}};
    bool known = false;
    for (const auto& [name, value] : filters) {
        if (name == filter) {
            query.filter = value;
            known = true;
        }
    }
    if (!known)
        return cli.fail(Error::invalid(
            QStringLiteral("filter"),
            QCoreApplication::translate("TicketCommands",
                                        "--filter must be all, mine, unassigned, open, urgent or overdue.")));
    if (cli.flag(QStringLiteral("overdue")))
        query.filter = TicketFilter::Overdue;
    query.sortField = cli.option(QStringLiteral("sort"));
    query.descending = cli.flag(QStringLiteral("desc"));
    if (cli.hasOption(QStringLiteral("company"))) {
        bool ok = false;
        query.companyId = cli.option(QStringLiteral("company")).toLongLong(&ok);
        if (!ok)
            return cli.fail(Error::invalid(
                QStringLiteral("company"),
                QCoreApplication::translate("TicketCommands", "--company must be a whole number.")));
    }
    if (cli.hasOption(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = cli.option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 0)
            return cli.fail(Error::invalid(
                QStringLiteral("limit"),
                QCoreApplication::translate("TicketCommands", "--limit must be a whole number.")));
    }
    auto tickets = TicketService(context.value()).list(query);
    if (!tickets)
        return cli.fail(tickets.error());
    cli.print(CliTable::fromRecords(Ticket::fields(), tickets.value()));
    return ExitCode::Success;
}

int setTicket(CliContext& cli)
{
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "TicketCommands", "Say which ticket to change, e.g. rapport-cli set ticket T-20260301-0001 "
                              "--status resolved."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    TicketService service(context.value());
    auto ticket = service.find(cli.arg(0));
    if (!ticket)
        return cli.fail(ticket.error());
    const QMap<QString, QString> fields = cli.fieldOptions(kNonFieldOptions);
    if (fields.isEmpty())
        return cli.usageError(QCoreApplication::translate(
            "TicketCommands", "Name at least one field to change, e.g. --status in_progress."));
    if (auto applied = RecordFields::apply(Ticket::fields(), ticket.value(), fields); !applied)
        return cli.fail(applied.error());
    // A new assignee must be an active user; given by id alone, the name is the user's own (never
    // the previous assignee's).
    if (fields.contains(QStringLiteral("assigned_to")) && ticket->assignedTo != 0) {
        auto name = service.assignableUserName(ticket->assignedTo);
        if (!name)
            return cli.fail(name.error());
        if (!fields.contains(QStringLiteral("assigned_to_name")))
            ticket->assignedToName = name.value();
    }
    if (auto updated = service.update(ticket.value()); !updated)
        return cli.fail(updated.error());
    cli.out() << ticket->ticketNumber << '\n';
    return ExitCode::Success;
}

int deleteTicket(CliContext& cli)
{
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "TicketCommands", "Say which ticket to delete, e.g. rapport-cli delete ticket 42."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    TicketService service(context.value());
    auto ticket = service.find(cli.arg(0));
    if (!ticket)
        return cli.fail(ticket.error());
    if (auto removed = service.remove(ticket->id); !removed)
        return cli.fail(removed.error());
    cli.err() << QCoreApplication::translate("TicketCommands",
                                             "Deleted ticket %1 with its comments, attachments and events.")
                     .arg(ticket->ticketNumber)
              << '\n';
    return ExitCode::Success;
}

int commentTicket(CliContext& cli)
{
    if (cli.args().size() != 1 || !cli.hasOption(QStringLiteral("text")))
        return cli.usageError(QCoreApplication::translate(
            "TicketCommands", "Usage: rapport-cli ticket comment ID|NUMBER --text T [--internal]."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    TicketService service(context.value());
    auto ticket = service.find(cli.arg(0));
    if (!ticket)
        return cli.fail(ticket.error());
    auto comment = service.addComment(ticket->id, cli.option(QStringLiteral("text")),
                                      cli.flag(QStringLiteral("internal")));
    if (!comment)
        return cli.fail(comment.error());
    cli.out() << comment->id << '\n';
    return ExitCode::Success;
}

int attachTicket(CliContext& cli)
{
    if (cli.args().size() != 2)
        return cli.usageError(QCoreApplication::translate(
            "TicketCommands", "Usage: rapport-cli ticket attach ID|NUMBER FILE."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    TicketService service(context.value());
    auto ticket = service.find(cli.arg(0));
    if (!ticket)
        return cli.fail(ticket.error());
    auto attachment = service.attachFile(ticket->id, cli.arg(1));
    if (!attachment)
        return cli.fail(attachment.error());
    if (cli.format() == OutputFormat::Table) {
        // SPEC §10: a command that creates a record prints its id as the last line.
        cli.out() << QCoreApplication::translate("TicketCommands", "Attached %1 (%2 bytes, %3, SHA-256 %4)")
                         .arg(attachment->fileName)
                         .arg(attachment->sizeBytes)
                         .arg(attachment->mimeType, attachment->sha256)
                  << '\n'
                  << attachment->id << '\n';
        return ExitCode::Success;
    }
    CliTable table({QStringLiteral("id"), QStringLiteral("file_name"), QStringLiteral("mime_type"),
                    QStringLiteral("size_bytes"), QStringLiteral("sha256")});
    table.addRow({CliTable::number(attachment->id), CliTable::text(attachment->fileName),
                  CliTable::text(attachment->mimeType), CliTable::number(attachment->sizeBytes),
                  CliTable::text(attachment->sha256)});
    cli.print(table);
    return ExitCode::Success;
}

QString entryKind(const TicketTimelineEntry& entry)
{
    switch (entry.kind) {
    case TicketTimelineEntry::Kind::Created:
        return QStringLiteral("created");
    case TicketTimelineEntry::Kind::Comment:
        return QStringLiteral("comment");
    case TicketTimelineEntry::Kind::InternalNote:
        return QStringLiteral("internal_note");
    case TicketTimelineEntry::Kind::Event:
        return QStringLiteral("event");
    case TicketTimelineEntry::Kind::Attachment:
        return QStringLiteral("attachment");
    }
    return {};
}

int showTicket(CliContext& cli)
{
    if (cli.args().size() != 1)
        return cli.usageError(
            QCoreApplication::translate("TicketCommands", "Usage: rapport-cli ticket show ID|NUMBER."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    TicketService service(context.value());
    auto ticket = service.find(cli.arg(0));
    if (!ticket)
        return cli.fail(ticket.error());
    auto timeline = service.timeline(ticket->id);
    if (!timeline)
        return cli.fail(timeline.error());
    CliTable table({QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("author"),
                    QStringLiteral("text"), QStringLiteral("field"), QStringLiteral("old_value"),
                    QStringLiteral("new_value")});
    for (const TicketTimelineEntry& entry : timeline.value()) {
        QString text = entry.text;
        if (entry.kind == TicketTimelineEntry::Kind::Comment ||
            entry.kind == TicketTimelineEntry::Kind::InternalNote)
            text = entry.comment.body;
        else if (entry.kind == TicketTimelineEntry::Kind::Attachment)
            text = QStringLiteral("%1 (%2 bytes, sha256 %3)")
                       .arg(entry.attachment.fileName)
                       .arg(entry.attachment.sizeBytes)
                       .arg(entry.attachment.sha256);
        table.addRow({CliTable::cell(FieldKind::Timestamp, entry.at), CliTable::text(entryKind(entry)),
                      CliTable::text(entry.author), CliTable::text(text), CliTable::text(entry.event.field),
                      CliTable::text(entry.event.oldValue), CliTable::text(entry.event.newValue)});
    }
    cli.print(table);
    return ExitCode::Success;
}

CliTable::Cell hoursCell(const std::optional<double>& hours)
{
    if (!hours)
        return {QString(), QJsonValue(QJsonValue::Null)};
    const double rounded = static_cast<double>(qRound64(*hours * 100.0)) / 100.0;
    return {QString::number(rounded, 'f', 2), QJsonValue(rounded)};
}

int ticketStats(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto stats = TicketService(context.value()).statistics();
    if (!stats)
        return cli.fail(stats.error());
    CliTable table({QStringLiteral("metric"), QStringLiteral("value")});
    const auto add = [&](const QString& metric, const CliTable::Cell& value) {
        table.addRow({CliTable::text(metric), value});
    };
    add(QStringLiteral("total"), CliTable::number(stats->total));
    add(QStringLiteral("open"), CliTable::number(stats->open));
    for (auto it = stats->byStatus.cbegin(); it != stats->byStatus.cend(); ++it)
        add(QStringLiteral("status_") + it.key(), CliTable::number(it.value()));
    for (auto it = stats->byPriority.cbegin(); it != stats->byPriority.cend(); ++it)
        add(QStringLiteral("priority_") + it.key(), CliTable::number(it.value()));
    add(QStringLiteral("my_open"), CliTable::number(stats->myOpen));
    add(QStringLiteral("unassigned"), CliTable::number(stats->unassigned));
    add(QStringLiteral("overdue"), CliTable::number(stats->overdue));
    add(QStringLiteral("avg_first_response_hours"), hoursCell(stats->averageFirstResponseHours));
    add(QStringLiteral("avg_resolution_hours"), hoursCell(stats->averageResolutionHours));
    cli.print(table);
    return ExitCode::Success;
}
} // namespace

void registerTicketCommands(CliRegistry& registry)
{
    registry.add(
        {{QStringLiteral("add"), QStringLiteral("ticket")},
         QStringLiteral("add ticket --company ID --subject S --description D --category C [--priority P] "
                        "[--contact ID] [--assigned-team T] [--due-date ISO]"),
         QCoreApplication::translate("TicketCommands",
                                     "Open a support ticket; prints its number (T-YYYYMMDD-NNNN)."),
         {},
         addTicket});
    registry.add(
        {{QStringLiteral("list"), QStringLiteral("tickets")},
         QStringLiteral("list tickets [--status S] [--filter all|mine|unassigned|open|urgent|overdue] "
                        "[--search T] [--company ID] [--sort FIELD] [--desc] [--limit N]"),
         QCoreApplication::translate("TicketCommands", "List tickets, newest first."),
         {QStringLiteral("overdue"), QStringLiteral("desc")},
         listTickets});
    registry.add(
        {{QStringLiteral("set"), QStringLiteral("ticket")},
         QStringLiteral("set ticket ID|NUMBER [--status S] [--priority P] [--assigned-to USER_ID "
                        "[--assigned-to-name NAME]] [--assigned-team T] [--due-date ISO] …"),
         QCoreApplication::translate(
             "TicketCommands",
             "Change a ticket; status, priority, assignee, team and due date changes are recorded as "
             "events."),
         {},
         setTicket});
    registry.add({{QStringLiteral("delete"), QStringLiteral("ticket")},
                  QStringLiteral("delete ticket ID|NUMBER"),
                  QCoreApplication::translate("TicketCommands",
                                              "Delete a ticket (its number is never given out again)."),
                  {},
                  deleteTicket});
    registry.add({{QStringLiteral("ticket"), QStringLiteral("comment")},
                  QStringLiteral("ticket comment ID|NUMBER --text T [--internal]"),
                  QCoreApplication::translate(
                      "TicketCommands",
                      "Add a public reply (mailed to the contact) or, with --internal, an internal note."),
                  {QStringLiteral("internal")},
                  commentTicket});
    registry.add({{QStringLiteral("ticket"), QStringLiteral("attach")},
                  QStringLiteral("ticket attach ID|NUMBER FILE"),
                  QCoreApplication::translate(
                      "TicketCommands", "Store a file with a ticket (up to the attachment size limit)."),
                  {},
                  attachTicket});
    registry.add({{QStringLiteral("ticket"), QStringLiteral("show")},
                  QStringLiteral("ticket show ID|NUMBER"),
                  QCoreApplication::translate(
                      "TicketCommands",
                      "Print a ticket's timeline: comments, internal notes, events and attachments."),
                  {},
                  showTicket});
    registry.add(
        {{QStringLiteral("ticket"), QStringLiteral("stats")},
         QStringLiteral("ticket stats"),
         QCoreApplication::translate(
             "TicketCommands",
             "Ticket statistics: totals by status and priority, my open, unassigned, overdue, average "
             "first-response and resolution hours."),
         {},
         ticketStats});
}
