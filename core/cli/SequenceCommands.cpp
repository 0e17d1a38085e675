#include "cli/SequenceCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"
#include "common/TimeFormat.h"
#include "sequences/SequenceService.h"
#include "sequences/StepCondition.h"

namespace {
// Every option a command accepts besides the global ones; anything else is a usage error so a
// misspelt option never passes silently.
Status onlyOptions(CliContext& cli, const QStringList& allowed)
{
    for (const QString& name : cli.fieldOptions().keys()) {
        if (!allowed.contains(name))
            return Error::usage(
                QCoreApplication::translate("SequenceCommands", "Unknown option --%1.").arg(name));
    }
    return Status::success();
}

Result<qint64> idOption(CliContext& cli, const QString& name, bool required)
{
    if (!cli.hasOption(name)) {
        if (required)
            return Error::usage(
                QCoreApplication::translate("SequenceCommands", "--%1 ID is required.").arg(name));
        return qint64(0);
    }
    bool ok = false;
    const qint64 id = cli.option(name).toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(
            name, QCoreApplication::translate("SequenceCommands", "--%1 must be a record id.").arg(name));
    return id;
}

Result<qint64> idArgument(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(
            what, QCoreApplication::translate("SequenceCommands", "\"%1\" is not a %2 id.").arg(text, what));
    return id;
}

CliTable::Cell timeCell(const QDateTime& time)
{
    return CliTable::text(time.isValid() ? TimeFormat::toStoredTimestamp(time) : QString());
}

int addSequence(CliContext& cli)
{
    if (auto allowed = onlyOptions(
            cli, {QStringLiteral("name"), QStringLiteral("trigger"), QStringLiteral("description")});
        !allowed)
        return cli.fail(allowed.error());
    if (!cli.args().isEmpty())
        return cli.usageError(QCoreApplication::translate(
            "SequenceCommands", "Usage: sequence add --name N [--trigger EVENT] [--description D]"));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    Sequence sequence;
    sequence.name = cli.option(QStringLiteral("name"));
    sequence.description = cli.option(QStringLiteral("description"));
    if (cli.hasOption(QStringLiteral("trigger"))) {
        const auto event = TriggerEventCodes::fromCode(cli.option(QStringLiteral("trigger")));
        if (!event)
            return cli.fail(Error::invalid(
                QStringLiteral("trigger_event"),
                QCoreApplication::translate("SequenceCommands", "Unknown trigger \"%1\"; use one of %2.")
                    .arg(cli.option(QStringLiteral("trigger")),
                         TriggerEventCodes::codes().join(QStringLiteral(", ")))));
        sequence.sequenceType = SequenceType::Triggered;
        sequence.triggerEvent = event;
    }
    auto id = SequenceService(context.value()).create(sequence);
    if (!id)
        return cli.fail(id.error());
    cli.out() << id.value() << '\n';
    return ExitCode::Success;
}

int addStep(CliContext& cli)
{
    if (auto allowed =
            onlyOptions(cli, {QStringLiteral("template"), QStringLiteral("days_delay"),
                              QStringLiteral("send_time"), QStringLiteral("condition_field"),
                              QStringLiteral("condition_operator"), QStringLiteral("condition_value"),
                              QStringLiteral("step_order"), QStringLiteral("inactive")});
        !allowed)
        return cli.fail(allowed.error());
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "SequenceCommands", "Say which sequence, e.g. rapport-cli sequence step add 3 --template 7 "
                                "--days-delay 2."));
    auto sequenceId = idArgument(cli.arg(0), QStringLiteral("sequence"));
    if (!sequenceId)
        return cli.fail(sequenceId.error());
    auto templateId = idOption(cli, QStringLiteral("template"), true);
    if (!templateId)
        return cli.fail(templateId.error());
    SequenceStep step;
    step.sequenceId = sequenceId.value();
    step.templateId = templateId.value();
    bool ok = true;
    if (cli.hasOption(QStringLiteral("days_delay")))
        step.daysDelay = cli.option(QStringLiteral("days_delay")).toInt(&ok);
    if (!ok)
        return cli.fail(Error::invalid(
            QStringLiteral("days_delay"),
            QCoreApplication::translate("SequenceCommands", "--days-delay must be a whole number.")));
    if (cli.hasOption(QStringLiteral("step_order"))) {
        step.stepOrder = cli.option(QStringLiteral("step_order")).toInt(&ok);
        if (!ok || step.stepOrder <= 0)
            return cli.fail(Error::invalid(
                QStringLiteral("step_order"),
                QCoreApplication::translate("SequenceCommands", "--step-order must be 1 or more.")));
    }
    if (cli.hasOption(QStringLiteral("send_time"))) {
        const QTime time =
            QTime::fromString(cli.option(QStringLiteral("send_time")).trimmed(), QStringLiteral("H:mm"));
        if (!time.isValid())
            return cli.fail(Error::invalid(
                QStringLiteral("send_time"),
                QCoreApplication::translate("SequenceCommands", "--send-time must be HH:MM, e.g. 09:30.")));
        step.sendTime = time;
    }
    step.isActive = !cli.flag(QStringLiteral("inactive"));
    step.conditionField = cli.option(QStringLiteral("condition_field"));
    if (cli.hasOption(QStringLiteral("condition_operator"))) {
        step.conditionOperator =
            ConditionOperatorCodes::fromCode(cli.option(QStringLiteral("condition_operator")));
        if (!step.conditionOperator)
            return cli.fail(Error::invalid(
                QStringLiteral("condition_operator"),
                QCoreApplication::translate("SequenceCommands", "Unknown operator \"%1\"; use one of %2.")
                    .arg(cli.option(QStringLiteral("condition_operator")),
                         ConditionOperatorCodes::codes().join(QStringLiteral(", ")))));
    }
    step.conditionValue = cli.option(QStringLiteral("condition_value"));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto id = SequenceService(context.value()).addStep(step);
    if (!id)
        return cli.fail(id.error());
    cli.out() << id.value() << '\n';
    return ExitCode::Success;
}

int enrol(CliContext& cli)
{
    if (auto allowed = onlyOptions(
            cli, {QStringLiteral("sequence"), QStringLiteral("company"), QStringLiteral("contact")});
        !allowed)
        return cli.fail(allowed.error());
    auto sequenceId = idOption(cli, QStringLiteral("sequence"), true);
    if (!sequenceId)
        return cli.fail(sequenceId.error());
    auto companyId = idOption(cli, QStringLiteral("company"), true);
    if (!companyId)
        return cli.fail(companyId.error());
    auto contactId = idOption(cli, QStringLiteral("contact"), false);
    if (!contactId)
        return cli.fail(contactId.error());
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto id =
        SequenceService(context.value()).enrol(sequenceId.value(), companyId.value(), contactId.value());
    if (!id)
        return cli.fail(id.error());
    cli.out() << id.value() << '\n';
    return ExitCode::Success;
}

int changeEnrolment(CliContext& cli, const QString& action)
{
    if (cli.args().size() != 1)
        return cli.usageError(
            QCoreApplication::translate("SequenceCommands", "Usage: enrolment %1 ENROLMENT_ID").arg(action));
    auto id = idArgument(cli.arg(0), QStringLiteral("enrolment"));
    if (!id)
        return cli.fail(id.error());
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    SequenceService service(context.value());
    Status status = action == QLatin1String("pause") ? service.pause(id.value())
                    : action == QLatin1String("resume")
                        ? service.resume(id.value())
                        : service.cancel(id.value(), cli.option(QStringLiteral("reason")));
    if (!status)
        return cli.fail(status.error());
    cli.out() << id.value() << '\n';
    return ExitCode::Success;
}

int listSequences(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto sequences = SequenceService(context.value()).list();
    if (!sequences)
        return cli.fail(sequences.error());
    CliTable table({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("sequence_type"),
                    QStringLiteral("trigger_event"), QStringLiteral("steps"),
                    QStringLiteral("active_enrolments"), QStringLiteral("is_active")});
    for (const Sequence& s : sequences.value()) {
        table.addRow({CliTable::number(s.id), CliTable::text(s.name),
                      CliTable::text(SequenceTypeCodes::toCode(s.sequenceType)),
                      CliTable::text(s.triggerEvent ? TriggerEventCodes::toCode(*s.triggerEvent) : QString()),
                      CliTable::number(s.stepCount), CliTable::number(s.openEnrolments),
                      CliTable::cell(FieldKind::Boolean, s.isActive)});
    }
    cli.print(table);
    return ExitCode::Success;
}

int listEnrolments(CliContext& cli)
{
    EnrolmentQuery query;
    auto sequenceId = idOption(cli, QStringLiteral("sequence"), false);
    if (!sequenceId)
        return cli.fail(sequenceId.error());
    auto companyId = idOption(cli, QStringLiteral("company"), false);
    if (!companyId)
        return cli.fail(companyId.error());
    query.sequenceId = sequenceId.value();
    query.companyId = companyId.value();
    if (cli.hasOption(QStringLiteral("status"))) {
        query.status = EnrolmentStatusCodes::fromCode(cli.option(QStringLiteral("status")));
        if (!query.status)
            return cli.fail(Error::invalid(
                QStringLiteral("status"),
                QCoreApplication::translate("SequenceCommands", "Unknown status \"%1\"; use one of %2.")
                    .arg(cli.option(QStringLiteral("status")),
                         EnrolmentStatusCodes::codes().join(QStringLiteral(", ")))));
    }
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto enrolments = SequenceService(context.value()).enrolments(query);
    if (!enrolments)
        return cli.fail(enrolments.error());
    CliTable table(
        {QStringLiteral("id"), QStringLiteral("sequence_id"), QStringLiteral("company_id"),
         QStringLiteral("contact_id"), QStringLiteral("status"), QStringLiteral("current_step_index"),
         QStringLiteral("next_send_at"), QStringLiteral("enrolled_at"), QStringLiteral("completed_at"),
         QStringLiteral("enrolled_by"), QStringLiteral("source"), QStringLiteral("cancel_reason")});
    for (const Enrolment& e : enrolments.value()) {
        table.addRow(
            {CliTable::number(e.id), CliTable::number(e.sequenceId), CliTable::number(e.companyId),
             e.contactId != 0 ? CliTable::number(e.contactId) : CliTable::Cell{QString(), QJsonValue()},
             CliTable::text(EnrolmentStatusCodes::toCode(e.status)), CliTable::number(e.currentStepIndex),
             timeCell(e.nextSendAt), timeCell(e.enrolledAt), timeCell(e.completedAt),
             CliTable::text(e.enrolledBy), CliTable::text(EnrolmentSourceCodes::toCode(e.source)),
             CliTable::text(e.cancelReason)});
    }
    cli.print(table);
    return ExitCode::Success;
}
} // namespace

void registerSequenceCommands(CliRegistry& registry)
{
    registry.add(
        {{QStringLiteral("sequence"), QStringLiteral("add")},
         QStringLiteral("sequence add --name N [--trigger EVENT] [--description D]"),
         QCoreApplication::translate("SequenceCommands",
                                     "Create a sequence (triggered when --trigger is given); prints its id."),
         {},
         addSequence});
    registry.add(
        {{QStringLiteral("sequence"), QStringLiteral("step"), QStringLiteral("add")},
         QStringLiteral("sequence step add SEQUENCE_ID --template ID --days-delay D [--send-time HH:MM] "
                        "[--condition-field F --condition-operator O --condition-value V] [--step-order N] "
                        "[--inactive]"),
         QCoreApplication::translate("SequenceCommands", "Add a step to a sequence; prints its id."),
         {QStringLiteral("inactive")},
         addStep});
    registry.add({{QStringLiteral("enrol")},
                  QStringLiteral("enrol --sequence ID --company ID [--contact ID]"),
                  QCoreApplication::translate(
                      "SequenceCommands",
                      "Enrol a company (its billing contacts, else all active contacts) or one contact in a "
                      "sequence; prints the enrolment id."),
                  {},
                  enrol});
    for (const QString& action :
         {QStringLiteral("pause"), QStringLiteral("resume"), QStringLiteral("cancel")}) {
        registry.add(
            {{QStringLiteral("enrolment"), action},
             QStringLiteral("enrolment %1 ENROLMENT_ID%2")
                 .arg(action,
                      action == QLatin1String("cancel") ? QStringLiteral(" [--reason TEXT]") : QString()),
             QCoreApplication::translate("SequenceCommands", "Pause, resume or cancel an enrolment."),
             {},
             [action](CliContext& cli) {
                 return changeEnrolment(cli, action);
             }});
    }
    registry.add({{QStringLiteral("list"), QStringLiteral("sequences")},
                  QStringLiteral("list sequences"),
                  QCoreApplication::translate("SequenceCommands",
                                              "List sequences with their step and active enrolment counts."),
                  {},
                  listSequences});
    registry.add({{QStringLiteral("list"), QStringLiteral("enrolments")},
                  QStringLiteral("list enrolments [--sequence ID] [--company ID] [--status S]"),
                  QCoreApplication::translate("SequenceCommands", "List enrolments, newest first."),
                  {},
                  listEnrolments});
}
