#include "cli/SegmentCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"
#include "filters/FilterJson.h"
#include "segments/SegmentEnrolment.h"
#include "segments/SegmentService.h"

#include <QFile>

namespace {
// --filter-file F (or "-" for standard input), read and parsed; checking happens in the service.
Result<Filter> readFilterFile(CliContext& cli)
{
    const QString path = cli.option(QStringLiteral("filter_file"));
    if (path.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "SegmentCommands", "Give the filter with --filter-file FILE.json (or - for standard input)."));
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error::io(QCoreApplication::translate("SegmentCommands", "Cannot read the filter file %1: %2")
                             .arg(path, file.errorString()));
    auto filter = FilterJson::parse(file.readAll());
    if (!filter)
        return Error::invalid(QStringLiteral("filter"), filter.error().message);
    return filter;
}

Result<qint64> idArgument(CliContext& cli, int index, const QString& what)
{
    bool ok = false;
    const qint64 id = cli.arg(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::usage(QCoreApplication::translate("SegmentCommands",
                                                        "Give the %1 id, e.g. rapport-cli segment members 3.")
                                .arg(what));
    return id;
}

CliTable memberTable(FilterEntity entity, const QList<SegmentMember>& members)
{
    if (entity == FilterEntity::Company) {
        CliTable table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("country"),
                        QStringLiteral("is_active")});
        for (const SegmentMember& m : members)
            table.addRow({CliTable::number(m.id), CliTable::text(m.name), CliTable::text(m.country),
                          CliTable::cell(FieldKind::Boolean, m.isActive)});
        return table;
    }
    CliTable table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"),
                    QStringLiteral("company_id"), QStringLiteral("company_name"), QStringLiteral("country"),
                    QStringLiteral("is_active"), QStringLiteral("unsubscribed")});
    for (const SegmentMember& m : members)
        table.addRow({CliTable::number(m.id), CliTable::text(m.name), CliTable::text(m.email),
                      CliTable::number(m.companyId), CliTable::text(m.companyName), CliTable::text(m.country),
                      CliTable::cell(FieldKind::Boolean, m.isActive),
                      CliTable::cell(FieldKind::Boolean, m.unsubscribed)});
    return table;
}

Result<SegmentMemberQuery> memberQuery(CliContext& cli)
{
    SegmentMemberQuery query;
    query.search = cli.option(QStringLiteral("search"));
    if (cli.hasOption(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = cli.option(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 0)
            return Error::invalid(
                QStringLiteral("limit"),
                QCoreApplication::translate("SegmentCommands", "--limit must be a whole number."));
    }
    return query;
}

int runCount(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    const SegmentService service(context.value());
    Result<qint64> count = qint64(0);
    if (!cli.args().isEmpty()) {
        auto id = idArgument(cli, 0, QCoreApplication::translate("SegmentCommands", "segment"));
        if (!id)
            return cli.fail(id.error());
        count = service.memberCount(id.value());
    } else {
        auto filter = readFilterFile(cli);
        if (!filter)
            return cli.fail(filter.error());
        count = service.count(filter.value());
    }
    if (!count)
        return cli.fail(count.error());
    cli.out() << count.value() << '\n'; // the number alone (SPEC §10)
    return ExitCode::Success;
}

int runMembers(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    const SegmentService service(context.value());
    auto query = memberQuery(cli);
    if (!query)
        return cli.fail(query.error());
    if (!cli.args().isEmpty()) {
        auto id = idArgument(cli, 0, QCoreApplication::translate("SegmentCommands", "segment"));
        if (!id)
            return cli.fail(id.error());
        auto segment = service.get(id.value());
        if (!segment)
            return cli.fail(segment.error());
        auto members = service.members(id.value(), query.value());
        if (!members)
            return cli.fail(members.error());
        cli.print(memberTable(segment->entity(), members.value()));
        return ExitCode::Success;
    }
    auto filter = readFilterFile(cli);
    if (!filter)
        return cli.fail(filter.error());
    auto members = service.filterMembers(filter.value(), query.value());
    if (!members)
        return cli.fail(members.error());
    cli.print(memberTable(filter->entity, members.value()));
    return ExitCode::Success;
}

int runAdd(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    Segment segment;
    segment.name = cli.option(QStringLiteral("name"));
    if (segment.name.trimmed().isEmpty())
        return cli.usageError(
            QCoreApplication::translate("SegmentCommands", "Give the segment a name with --name."));
    segment.description = cli.option(QStringLiteral("description"));
    for (const QString& tag : cli.option(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        segment.tags << tag.trimmed();
    if (cli.hasOption(QStringLiteral("visibility"))) {
        const auto visibility = SegmentVisibilityCodes::fromCode(cli.option(QStringLiteral("visibility")));
        if (!visibility)
            return cli.fail(Error::invalid(
                QStringLiteral("visibility"),
                QCoreApplication::translate("SegmentCommands", "--visibility must be private or public.")));
        segment.visibility = *visibility;
    }
    if (cli.flag(QStringLiteral("static"))) {
        if (cli.hasOption(QStringLiteral("filter_file")))
            return cli.usageError(QCoreApplication::translate(
                "SegmentCommands",
                "A static segment has no filter: give --static or --filter-file, not both."));
        segment.type = SegmentType::Static;
    } else {
        auto filter = readFilterFile(cli);
        if (!filter)
            return cli.fail(filter.error());
        segment.filter = filter.value();
    }
    auto id = SegmentService(context.value()).create(segment);
    if (!id)
        return cli.fail(id.error());
    cli.out() << id.value() << '\n';
    return ExitCode::Success;
}

int runList(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    SegmentListQuery query;
    query.search = cli.option(QStringLiteral("search"));
    query.includeArchived = cli.flag(QStringLiteral("archived"));
    auto segments = SegmentService(context.value()).list(query);
    if (!segments)
        return cli.fail(segments.error());
    cli.print(CliTable::fromRecords(Segment::fields(), segments.value()));
    return ExitCode::Success;
}

// The commands that act on one saved segment: ID first, then the action.
template <typename Action> int onSegment(CliContext& cli, Action action)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    if (cli.args().isEmpty())
        return cli.usageError(QCoreApplication::translate("SegmentCommands", "Give the segment id."));
    auto id = idArgument(cli, 0, QCoreApplication::translate("SegmentCommands", "segment"));
    if (!id)
        return cli.fail(id.error());
    return action(SegmentService(context.value()), id.value());
}

// segment enrol SEGMENT_ID --sequence ID: one row per member with what happened to it, then (in
// table format) the summary line. Skipped members are not an error: the exit code is 0.
int runEnrol(CliContext& cli)
{
    return onSegment(cli, [&](const SegmentService&, qint64 segmentId) {
        if (!cli.hasOption(QStringLiteral("sequence")))
            return cli.usageError(
                QCoreApplication::translate("SegmentCommands", "Give the sequence with --sequence ID."));
        bool ok = false;
        const qint64 sequenceId = cli.option(QStringLiteral("sequence")).toLongLong(&ok);
        if (!ok || sequenceId <= 0)
            return cli.fail(Error::invalid(
                QStringLiteral("sequence"),
                QCoreApplication::translate("SegmentCommands", "--sequence must be a sequence id.")));
        auto context = cli.services();
        if (!context)
            return cli.fail(context.error());
        auto report = SegmentEnrolment(context.value()).enrol(segmentId, sequenceId);
        if (!report)
            return cli.fail(report.error());
        CliTable table({QStringLiteral("company_id"), QStringLiteral("contact_id"), QStringLiteral("name"),
                        QStringLiteral("email"), QStringLiteral("result"), QStringLiteral("enrolment_id"),
                        QStringLiteral("reason")});
        for (const SegmentEnrolReport::Row& row : report->rows)
            table.addRow(
                {CliTable::number(row.companyId),
                 row.contactId != 0 ? CliTable::number(row.contactId) : CliTable::Cell{{}, QJsonValue()},
                 CliTable::text(row.name), CliTable::text(row.email),
                 CliTable::text(row.skipCode.isEmpty() ? QStringLiteral("enrolled") : row.skipCode),
                 row.enrolmentId != 0 ? CliTable::number(row.enrolmentId) : CliTable::Cell{{}, QJsonValue()},
                 CliTable::text(row.reason)});
        cli.print(table);
        if (cli.format() == OutputFormat::Table)
            cli.out() << report->summary() << '\n';
        return ExitCode::Success;
    });
}

Result<QList<qint64>> contactIds(CliContext& cli)
{
    QList<qint64> ids;
    for (int i = 1; i < cli.args().size(); ++i) {
        bool ok = false;
        const qint64 id = cli.arg(i).toLongLong(&ok);
        if (!ok || id <= 0)
            return Error::invalid(
                QStringLiteral("contact"),
                QCoreApplication::translate("SegmentCommands", "\"%1\" is not a contact id.")
                    .arg(cli.arg(i)));
        ids << id;
    }
    if (ids.isEmpty())
        return Error::usage(
            QCoreApplication::translate("SegmentCommands", "Give the contact ids after the segment id."));
    return ids;
}
} // namespace

void registerSegmentCommands(CliRegistry& registry)
{
    registry.add(
        {{QStringLiteral("segment"), QStringLiteral("count")},
         QStringLiteral("segment count (--filter-file F.json | SEGMENT_ID)"),
         QCoreApplication::translate(
             "SegmentCommands",
             "Print how many contacts (or companies) a filter or segment selects: the number alone."),
         {},
         runCount});
    registry.add(
        {{QStringLiteral("segment"), QStringLiteral("members")},
         QStringLiteral("segment members (--filter-file F.json | SEGMENT_ID) [--search T] [--limit N]"),
         QCoreApplication::translate(
             "SegmentCommands", "List the members of a filter or segment, by name, in the chosen --format."),
         {},
         runMembers});
    registry.add(
        {{QStringLiteral("segment"), QStringLiteral("add")},
         QStringLiteral("segment add --name N (--filter-file F.json | --static) [--description D] "
                        "[--visibility private|public] [--tags \"a, b\"]"),
         QCoreApplication::translate(
             "SegmentCommands", "Save a dynamic segment (its filter) or an empty static one; prints its id."),
         {QStringLiteral("static")},
         runAdd});
    registry.add(
        {{QStringLiteral("list"), QStringLiteral("segments")},
         QStringLiteral("list segments [--search T] [--archived]"),
         QCoreApplication::translate("SegmentCommands",
                                     "List the segments you can see (with --archived, archived ones too)."),
         {QStringLiteral("archived")},
         runList});
    registry.add(
        {{QStringLiteral("segment"), QStringLiteral("enrol")},
         QStringLiteral("segment enrol SEGMENT_ID --sequence ID"),
         QCoreApplication::translate(
             "SegmentCommands",
             "Enrol every member of a segment in a sequence in one go; prints each member's result "
             "(enrolled, or skipped: already_enrolled, unsubscribed, inactive, no_email) and a summary."),
         {},
         runEnrol});
    registry.add({{QStringLiteral("segment"), QStringLiteral("recalculate")},
                  QStringLiteral("segment recalculate SEGMENT_ID"),
                  QCoreApplication::translate("SegmentCommands",
                                              "Count a segment's members now, store the count and print it."),
                  {},
                  [](CliContext& cli) {
                      return onSegment(cli, [&](const SegmentService& service, qint64 id) {
                          auto count = service.recalculate(id);
                          if (!count)
                              return cli.fail(count.error());
                          cli.out() << count.value() << '\n';
                          return ExitCode::Success;
                      });
                  }});
    registry.add({{QStringLiteral("segment"), QStringLiteral("duplicate")},
                  QStringLiteral("segment duplicate SEGMENT_ID [--name N]"),
                  QCoreApplication::translate(
                      "SegmentCommands", "Copy a segment into a new private one of yours; prints its id."),
                  {},
                  [](CliContext& cli) {
                      return onSegment(cli, [&](const SegmentService& service, qint64 id) {
                          auto copy = service.duplicate(id, cli.option(QStringLiteral("name")));
                          if (!copy)
                              return cli.fail(copy.error());
                          cli.out() << copy.value() << '\n';
                          return ExitCode::Success;
                      });
                  }});
    registry.add(
        {{QStringLiteral("segment"), QStringLiteral("archive")},
         QStringLiteral("segment archive SEGMENT_ID"),
         QCoreApplication::translate("SegmentCommands", "Archive a segment (hidden from lists, read-only)."),
         {},
         [](CliContext& cli) {
             return onSegment(cli, [&](const SegmentService& service, qint64 id) {
                 if (auto archived = service.archive(id); !archived)
                     return cli.fail(archived.error());
                 return ExitCode::Success;
             });
         }});
    registry.add({{QStringLiteral("segment"), QStringLiteral("add-members")},
                  QStringLiteral("segment add-members SEGMENT_ID CONTACT_ID …"),
                  QCoreApplication::translate("SegmentCommands", "Add contacts to a static segment."),
                  {},
                  [](CliContext& cli) {
                      return onSegment(cli, [&](const SegmentService& service, qint64 id) {
                          auto ids = contactIds(cli);
                          if (!ids)
                              return cli.fail(ids.error());
                          if (auto added = service.addMembers(id, ids.value()); !added)
                              return cli.fail(added.error());
                          return ExitCode::Success;
                      });
                  }});
    registry.add({{QStringLiteral("segment"), QStringLiteral("remove-members")},
                  QStringLiteral("segment remove-members SEGMENT_ID CONTACT_ID …"),
                  QCoreApplication::translate("SegmentCommands", "Remove contacts from a static segment."),
                  {},
                  [](CliContext& cli) {
                      return onSegment(cli, [&](const SegmentService& service, qint64 id) {
                          auto ids = contactIds(cli);
                          if (!ids)
                              return cli.fail(ids.error());
                          if (auto removed = service.removeMembers(id, ids.value()); !removed)
                              return cli.fail(removed.error());
                          return ExitCode::Success;
                      });
                  }});
    registry.add(
        {{QStringLiteral("segment"), QStringLiteral("export")},
         QStringLiteral("segment export SEGMENT_ID"),
         QCoreApplication::translate(
             "SegmentCommands",
             "Write a segment's members as CSV with all contact (or company) columns to standard output."),
         {},
         [](CliContext& cli) {
             return onSegment(cli, [&](const SegmentService& service, qint64 id) {
                 cli.out().flush();
                 QFile out;
                 if (!out.open(stdout, QIODevice::WriteOnly))
                     return cli.fail(Error::io(
                         QCoreApplication::translate("SegmentCommands", "Cannot write to standard output.")));
                 if (auto written = service.exportCsv(id, out); !written)
                     return cli.fail(written.error());
                 out.flush();
                 return ExitCode::Success;
             });
         }});
}
