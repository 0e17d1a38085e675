#include "sequences/SequenceProcessor.h"

#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "mail/Outbox.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "sequences/JobWarningLog.h"
#include "sequences/Recipients.h"
#include "sequences/SequenceJob.h"
#include "sequences/SequenceSchedule.h"
#include "sequences/SequenceService.h"
#include "sequences/StepCondition.h"
#include "settings/OfficeSettings.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateService.h"
#include "templates/TemplateVariables.h"

namespace {
QString stamp(const QDateTime& time)
{
    return TimeFormat::toStoredTimestamp(time);
}
} // namespace

SequenceProcessor::SequenceProcessor(ServiceContext context) : m_context(std::move(context)) {}

Result<SequenceRunReport> SequenceProcessor::run() const
{
    auto enrolled = enrolSignedContracts();
    if (!enrolled)
        return enrolled.error();
    auto report = processDue();
    if (!report)
        return report.error();
    report->enrolled = enrolled.value();
    if (auto synced = syncDeliveryStatus(); !synced)
        return synced.error();
    return report;
}

Result<int> SequenceProcessor::enrolSignedContracts() const
{
    // A contract counts as signed for a sequence when it is active and was created or changed
    // after the sequence existed: switching on a new contract_signed sequence must not mail every
    // customer who signed years ago. The trigger key makes it once per contract and sequence.
    auto candidates = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "SELECT s.id, c.id, c.company_id FROM sequences s JOIN contracts c ON c.status = 'active' "
            "AND c.updated_at >= s.created_at WHERE s.sequence_type = 'triggered' "
            "AND s.trigger_event = 'contract_signed' AND s.is_active = 1 AND NOT EXISTS ("
            "SELECT 1 FROM sequence_enrolments e WHERE e.trigger_key = 'contract_signed:contract:' || "
            "c.id || ':sequence:' || s.id) ORDER BY c.id LIMIT 1000"));
    if (!candidates)
        return candidates.error();
    QList<std::tuple<qint64, qint64, qint64>> rows;
    while (candidates->next())
        rows << std::make_tuple(candidates->value(0).toLongLong(), candidates->value(1).toLongLong(),
                                candidates->value(2).toLongLong());
    candidates->finish();
    int enrolled = 0;
    SequenceService sequences(m_context);
    for (const auto& [sequenceId, contractId, companyId] : rows) {
        const QString key =
            QStringLiteral("contract_signed:contract:%1:sequence:%2").arg(contractId).arg(sequenceId);
        auto id = sequences.enrolFromTrigger(sequenceId, companyId, key);
        if (!id)
            return id.error();
        if (id.value() != 0)
            ++enrolled;
    }
    return enrolled;
}

Result<SequenceRunReport> SequenceProcessor::processDue(int limit) const
{
    auto due =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("SELECT e.id FROM sequence_enrolments e JOIN sequences s ON s.id = "
                                    "e.sequence_id WHERE e.status IN ('pending', 'active') AND "
                                    "e.next_send_at <= ? AND s.is_active = 1 ORDER BY e.next_send_at, e.id "
                                    "LIMIT ?"),
                     {stamp(m_context.now()), limit});
    if (!due)
        return due.error();
    QList<qint64> ids;
    while (due->next())
        ids << due->value(0).toLongLong();
    due->finish();
    SequenceRunReport report;
    for (qint64 id : ids) {
        if (auto processed = processOne(id, report); !processed)
            return processed.error();
    }
    return report;
}

Status SequenceProcessor::processOne(qint64 enrolmentId, SequenceRunReport& report) const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    const QDateTime now = m_context.now();
    SequenceService sequences(m_context);
    auto enrolment = sequences.enrolment(enrolmentId);
    if (!enrolment)
        return enrolment.error();
    // Another process may have handled it since the due list was read.
    if ((enrolment->status != EnrolmentStatus::Pending && enrolment->status != EnrolmentStatus::Active) ||
        !enrolment->nextSendAt.isValid() || enrolment->nextSendAt > now)
        return Status::success();
    auto sequence = sequences.get(enrolment->sequenceId);
    if (!sequence)
        return sequence.error();
    auto steps = sequences.steps(enrolment->sequenceId);
    if (!steps)
        return steps.error();
    const auto db = m_context.db().connection();
    const auto finish = [&](EnrolmentStatus status, const QString& reason) -> Status {
        auto updated = SqlRun::exec(
            db,
            QStringLiteral("UPDATE sequence_enrolments SET status = ?, cancel_reason = ?, completed_at = ?, "
                           "next_send_at = NULL, open_key = NULL, updated_at = ? WHERE id = ?"),
            {EnrolmentStatusCodes::toCode(status), reason,
             status == EnrolmentStatus::Completed ? QVariant(stamp(now))
                                                  : QVariant(QMetaType(QMetaType::QString)),
             stamp(now), enrolmentId});
        if (!updated)
            return updated.error();
        if (status == EnrolmentStatus::Completed)
            ++report.completed;
        else
            ++report.cancelled;
        return Status::success();
    };

    const int index = enrolment->currentStepIndex;
    if (index >= steps->size()) {
        // Steps were removed after enrolment: nothing left to send.
        if (auto finished = finish(EnrolmentStatus::Completed, {}); !finished)
            return finished;
        return transaction.commit();
    }
    const SequenceStep& step = steps->at(index);

    auto company = CompanyService(m_context).get(enrolment->companyId);
    if (!company)
        return company.error();
    QList<Contact> recipients;
    if (enrolment->contactId != 0) {
        auto contact = ContactService(m_context).get(enrolment->contactId);
        if (!contact)
            return contact.error();
        QString reason;
        if (contact->unsubscribed)
            reason = tr("%1 unsubscribed.").arg(contact->name);
        else if (!contact->isActive)
            reason = tr("%1 is no longer active.").arg(contact->name);
        else if (contact->email.trimmed().isEmpty())
            reason = tr("%1 has no email address.").arg(contact->name);
        if (!reason.isEmpty()) {
            if (auto finished = finish(EnrolmentStatus::Cancelled, reason); !finished)
                return finished;
            return transaction.commit();
        }
        recipients << contact.value();
    } else {
        auto contacts = Recipients::forCompany(m_context, enrolment->companyId, true);
        if (!contacts)
            return contacts.error();
        if (contacts->isEmpty()) {
            if (auto finished = finish(EnrolmentStatus::Cancelled,
                                       tr("%1 has no active, subscribed contact with an email address left.")
                                           .arg(company->name));
                !finished)
                return finished;
            return transaction.commit();
        }
        recipients = contacts.value();
    }

    std::optional<EmailTemplate> mailTemplate;
    QString templateProblem;
    if (step.isActive) {
        auto found = TemplateService(m_context).get(step.templateId);
        if (found)
            mailTemplate = found.value();
        else if (found.error().code == ErrorCode::NotFound)
            templateProblem = tr("The step's template (id %1) no longer exists.").arg(step.templateId);
        else
            return found.error();
    }
    if (!templateProblem.isEmpty()) {
        // Nothing can be queued for this step: say so where people look (the outbox page).
        if (auto warned = JobWarningLog(m_context).record(
                SequenceJob::name(), QStringLiteral("missing_template:step:%1").arg(step.id),
                tr("Sequence \"%1\", step %2: %3 Nothing was queued for it.")
                    .arg(sequence->name)
                    .arg(index + 1)
                    .arg(templateProblem));
            !warned)
            return warned;
    }

    if (mailTemplate && !mailTemplate->isActive) {
        // A template someone switched off is being held back, perhaps while it is reworked: the
        // step waits for it (as reminders wait for an active template) rather than sending what
        // was switched off or skipping the contact past it. The outbox page says who waits.
        if (auto warned = JobWarningLog(m_context).record(
                SequenceJob::name(), QStringLiteral("inactive_template:step:%1").arg(step.id),
                tr("Sequence \"%1\", step %2 waits: its template \"%3\" is switched off. Switch the "
                   "template on, or switch the step off to skip it.")
                    .arg(sequence->name)
                    .arg(index + 1)
                    .arg(mailTemplate->name));
            !warned)
            return warned;
        ++report.waiting;
        return transaction.commit();
    }

    const QString nowText = stamp(now);
    for (const Contact& contact : recipients) {
        SequenceEmailStatus status = SequenceEmailStatus::Pending;
        QString error;
        qint64 outboxId = 0;
        // A condition that can no longer be checked (its field was dropped from the catalogue)
        // skips the step with the reason rather than stopping the whole run.
        std::optional<QString> conditionProblem;
        if (step.isActive && step.hasCondition()) {
            if (!step.conditionOperator) {
                conditionProblem = tr("The step's condition has no operator.");
            } else {
                auto holds = StepCondition::evaluate(m_context, step.conditionField, *step.conditionOperator,
                                                     step.conditionValue, contact.id);
                if (!holds && holds.error().code != ErrorCode::Invalid)
                    return holds.error();
                if (!holds)
                    conditionProblem =
                        tr("The step's condition cannot be checked: %1").arg(holds.error().message);
                else if (!holds.value())
                    conditionProblem =
                        tr("Condition not met: %1 %2 %3")
                            .arg(step.conditionField, ConditionOperatorCodes::label(*step.conditionOperator),
                                 step.conditionValue)
                            .trimmed();
            }
        }
        if (!step.isActive) {
            status = SequenceEmailStatus::Skipped;
            error = tr("The step is switched off.");
        } else if (conditionProblem) {
            status = SequenceEmailStatus::Skipped;
            error = *conditionProblem;
        } else if (!mailTemplate) {
            status = SequenceEmailStatus::Failed;
            error = templateProblem;
        } else {
            TemplateSources sources;
            sources.sequenceName = sequence->name;
            auto values =
                TemplateVariables(m_context).collect(contact.id, mailTemplate->templateType, sources);
            if (!values)
                return values.error();
            const RenderedEmail rendered = TemplateRenderer::render(*mailTemplate, values.value());
            OutgoingMail mail;
            mail.dedupeKey = QStringLiteral("sequence:enrolment:%1:step:%2:contact:%3")
                                 .arg(enrolmentId)
                                 .arg(index)
                                 .arg(contact.id);
            mail.kind = MailKind::Marketing;
            mail.to = {contact.email.trimmed(), contact.name};
            mail.subject = rendered.subject;
            mail.htmlBody = rendered.htmlDocument();
            mail.textBody = rendered.text;
            mail.sourceType = QStringLiteral("sequence_enrolment");
            mail.sourceId = enrolmentId;
            mail.companyId = company->id;
            mail.contactId = contact.id;
            auto queued = Outbox(m_context).enqueue(mail);
            if (!queued)
                return queued.error();
            // 0 when this step's mail was already queued by an earlier run.
            outboxId = queued->created ? queued->id : 0;
            if (outboxId != 0)
                ++report.queued;
        }
        if (status == SequenceEmailStatus::Skipped)
            ++report.skipped;
        auto written = SqlRun::exec(
            db,
            QStringLiteral(
                "INSERT INTO sequence_emails (enrolment_id, step_id, step_index, contact_id, template_id, "
                "status, outbox_id, error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING"),
            {enrolmentId, step.id, index, contact.id, step.templateId,
             SequenceEmailStatusCodes::toCode(status), SqlRun::nullIfZero(outboxId), error, nowText,
             nowText});
        if (!written)
            return written.error();
    }
    ++report.processed;

    if (index + 1 >= steps->size()) {
        if (auto finished = finish(EnrolmentStatus::Completed, {}); !finished)
            return finished;
    } else {
        const SequenceStep& next = steps->at(index + 1);
        const QDateTime due = SequenceSchedule::dueAfter(now, next.daysDelay, next.sendTime,
                                                         OfficeSettings(m_context).officeTimeZone());
        auto advanced =
            SqlRun::exec(db,
                         QStringLiteral("UPDATE sequence_enrolments SET status = 'active', "
                                        "current_step_index = ?, next_send_at = ?, last_sent_at = ?, "
                                        "updated_at = ? WHERE id = ?"),
                         {index + 1, stamp(due), nowText, nowText, enrolmentId});
        if (!advanced)
            return advanced.error();
    }
    return transaction.commit();
}

Status SequenceProcessor::syncDeliveryStatus() const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    const auto db = m_context.db().connection();
    const QString now = stamp(m_context.now());
    auto sent = SqlRun::exec(
        db,
        QStringLiteral(
            "UPDATE sequence_emails SET status = 'sent', updated_at = ?, sent_at = (SELECT o.sent_at FROM "
            "outbox o WHERE o.id = sequence_emails.outbox_id) WHERE status = 'pending' AND outbox_id IN "
            "(SELECT id FROM outbox WHERE status = 'sent')"),
        {now});
    if (!sent)
        return sent.error();
    auto failed = SqlRun::exec(
        db,
        QStringLiteral(
            "UPDATE sequence_emails SET status = 'failed', updated_at = ?, error = (SELECT o.last_error "
            "FROM outbox o WHERE o.id = sequence_emails.outbox_id) WHERE status = 'pending' AND outbox_id "
            "IN (SELECT id FROM outbox WHERE status IN ('failed', 'cancelled'))"),
        {now});
    if (!failed)
        return failed.error();
    return transaction.commit();
}
