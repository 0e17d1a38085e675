#include "sequences/SequenceService.h"

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "sequences/Recipients.h"
#include "sequences/SequenceSchedule.h"
#include "sequences/StepCondition.h"
#include "settings/OfficeSettings.h"

namespace {
const QString kSequenceColumns = QStringLiteral(
    "s.id, s.name, s.description, s.sequence_type, s.trigger_event, s.is_active, s.created_at, s.updated_at, "
    "(SELECT COUNT(*) FROM sequence_steps st WHERE st.sequence_id = s.id), "
    "(SELECT COUNT(*) FROM sequence_enrolments e WHERE e.sequence_id = s.id AND e.open_key IS NOT NULL)");

const QString kStepColumns = QStringLiteral(
    "id, sequence_id, step_order, template_id, days_delay, send_time, is_active, condition_field, "
    "condition_operator, condition_value, created_at, updated_at");

const QString kEnrolmentColumns = QStringLiteral(
    "e.id, e.sequence_id, e.company_id, e.contact_id, e.status, e.current_step_index, e.next_send_at, "
    "e.last_sent_at, e.enrolled_at, e.completed_at, e.enrolled_by, e.source, e.cancel_reason, s.name, "
    "co.name, "
    "ct.name");
const QString kEnrolmentFrom = QStringLiteral(" FROM sequence_enrolments e JOIN sequences s ON s.id = "
                                              "e.sequence_id JOIN companies co ON co.id = e.company_id "
                                              "LEFT JOIN contacts ct ON ct.id = e.contact_id");

QString stamp(const QDateTime& time)
{
    return TimeFormat::toStoredTimestamp(time);
}

QDateTime readStamp(const QVariant& value)
{
    return value.isNull() ? QDateTime() : TimeFormat::fromStoredTimestamp(value.toString());
}

Sequence sequenceFromRow(const QSqlQuery& q)
{
    Sequence s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.description = q.value(2).toString();
    s.sequenceType = SequenceTypeCodes::fromCode(q.value(3).toString()).value_or(SequenceType::Manual);
    s.triggerEvent = TriggerEventCodes::fromCode(q.value(4).toString());
    s.isActive = q.value(5).toInt() != 0;
    s.createdAt = readStamp(q.value(6));
    s.updatedAt = readStamp(q.value(7));
    s.stepCount = q.value(8).toInt();
    s.openEnrolments = q.value(9).toInt();
    return s;
}

SequenceStep stepFromRow(const QSqlQuery& q)
{
    SequenceStep s;
    s.id = q.value(0).toLongLong();
    s.sequenceId = q.value(1).toLongLong();
    s.stepOrder = q.value(2).toInt();
    s.templateId = q.value(3).toLongLong();
    s.daysDelay = q.value(4).toInt();
    if (!q.value(5).isNull() && !q.value(5).toString().isEmpty())
        s.sendTime = QTime::fromString(q.value(5).toString(), QStringLiteral("HH:mm"));
    s.isActive = q.value(6).toInt() != 0;
    s.conditionField = q.value(7).toString();
    s.conditionOperator = ConditionOperatorCodes::fromCode(q.value(8).toString());
    s.conditionValue = q.value(9).toString();
    s.createdAt = readStamp(q.value(10));
    s.updatedAt = readStamp(q.value(11));
    return s;
}

Enrolment enrolmentFromRow(const QSqlQuery& q)
{
    Enrolment e;
    e.id = q.value(0).toLongLong();
    e.sequenceId = q.value(1).toLongLong();
    e.companyId = q.value(2).toLongLong();
    e.contactId = q.value(3).toLongLong();
    e.status = EnrolmentStatusCodes::fromCode(q.value(4).toString()).value_or(EnrolmentStatus::Pending);
    e.currentStepIndex = q.value(5).toInt();
    e.nextSendAt = readStamp(q.value(6));
    e.lastSentAt = readStamp(q.value(7));
    e.enrolledAt = readStamp(q.value(8));
    e.completedAt = readStamp(q.value(9));
    e.enrolledBy = q.value(10).toString();
    e.source = EnrolmentSourceCodes::fromCode(q.value(11).toString()).value_or(EnrolmentSource::Manual);
    e.cancelReason = q.value(12).toString();
    e.sequenceName = q.value(13).toString();
    e.companyName = q.value(14).toString();
    e.contactName = q.value(15).toString();
    return e;
}

QVariantMap sequenceSnapshot(const Sequence& s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("description"), s.description},
            {QStringLiteral("sequence_type"), SequenceTypeCodes::toCode(s.sequenceType)},
            {QStringLiteral("trigger_event"),
             s.triggerEvent ? TriggerEventCodes::toCode(*s.triggerEvent) : QString()},
            {QStringLiteral("is_active"), s.isActive}};
}

QVariantMap stepSnapshot(const SequenceStep& s)
{
    return {
        {QStringLiteral("sequence_id"), s.sequenceId},
        {QStringLiteral("step_order"), s.stepOrder},
        {QStringLiteral("template_id"), s.templateId},
        {QStringLiteral("days_delay"), s.daysDelay},
        {QStringLiteral("send_time"), s.sendTime ? s.sendTime->toString(QStringLiteral("HH:mm")) : QString()},
        {QStringLiteral("is_active"), s.isActive},
        {QStringLiteral("condition_field"), s.conditionField},
        {QStringLiteral("condition_operator"),
         s.conditionOperator ? ConditionOperatorCodes::toCode(*s.conditionOperator) : QString()},
        {QStringLiteral("condition_value"), s.conditionValue}};
}

QString openKey(qint64 sequenceId, qint64 companyId, qint64 contactId)
{
    return QStringLiteral("%1:%2:%3").arg(sequenceId).arg(companyId).arg(contactId);
}
} // namespace

SequenceService::SequenceService(ServiceContext context) : m_context(std::move(context)) {}

// ---- sequences ----------------------------------------------------------------------------------

Status SequenceService::validate(const Sequence& sequence) const
{
    if (sequence.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("The sequence name is required."));
    if (sequence.sequenceType == SequenceType::Triggered && !sequence.triggerEvent)
        return Error::invalid(QStringLiteral("trigger_event"),
                              tr("A triggered sequence needs its trigger event (%1).")
                                  .arg(TriggerEventCodes::codes().join(QStringLiteral(", "))));
    if (sequence.sequenceType == SequenceType::Manual && sequence.triggerEvent)
        return Error::invalid(QStringLiteral("trigger_event"),
                              tr("Only a triggered sequence has a trigger event."));
    auto clash = SqlRun::scalar(m_context.db().connection(),
                                QStringLiteral("SELECT id FROM sequences WHERE name_key = ? AND id <> ?"),
                                {sequence.name.trimmed().toCaseFolded(), sequence.id});
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return Error::conflict(QStringLiteral("name"),
                               tr("A sequence called \"%1\" already exists.").arg(sequence.name.trimmed()));
    return Status::success();
}

Result<Sequence> SequenceService::get(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(m_context.db().connection(),
                              QStringLiteral("SELECT ") + kSequenceColumns +
                                  QStringLiteral(" FROM sequences s WHERE s.id = ?"),
                              {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no sequence with id %1.").arg(id));
    return sequenceFromRow(query.value());
}

Result<QList<Sequence>> SequenceService::list() const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(m_context.db().connection(),
                              QStringLiteral("SELECT ") + kSequenceColumns +
                                  QStringLiteral(" FROM sequences s ORDER BY s.name_key"));
    if (!query)
        return query.error();
    QList<Sequence> result;
    while (query->next())
        result << sequenceFromRow(query.value());
    return result;
}

Result<qint64> SequenceService::create(const Sequence& sequence) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed.error();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    if (auto valid = validate(sequence); !valid)
        return valid.error();
    const QString now = stamp(m_context.now());
    auto inserted = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "INSERT INTO sequences (name, name_key, description, sequence_type, trigger_event, is_active, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {sequence.name.trimmed(), sequence.name.trimmed().toCaseFolded(), sequence.description.trimmed(),
         SequenceTypeCodes::toCode(sequence.sequenceType),
         sequence.triggerEvent ? TriggerEventCodes::toCode(*sequence.triggerEvent) : QString(),
         sequence.isActive ? 1 : 0, now, now});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error::database(tr("The sequence could not be stored."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited =
            AuditLog(m_context).recordCreate(QStringLiteral("sequence"), id, sequenceSnapshot(sequence));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status SequenceService::update(const Sequence& sequence) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(sequence.id);
    if (!before)
        return before.error();
    if (auto valid = validate(sequence); !valid)
        return valid;
    auto updated = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("UPDATE sequences SET name = ?, name_key = ?, description = ?, sequence_type = ?, "
                       "trigger_event = ?, is_active = ?, updated_at = ? WHERE id = ?"),
        {sequence.name.trimmed(), sequence.name.trimmed().toCaseFolded(), sequence.description.trimmed(),
         SequenceTypeCodes::toCode(sequence.sequenceType),
         sequence.triggerEvent ? TriggerEventCodes::toCode(*sequence.triggerEvent) : QString(),
         sequence.isActive ? 1 : 0, stamp(m_context.now()), sequence.id});
    if (!updated)
        return updated.error();
    if (auto audited =
            AuditLog(m_context).recordUpdate(QStringLiteral("sequence"), sequence.id,
                                             sequenceSnapshot(before.value()), sequenceSnapshot(sequence));
        !audited)
        return audited;
    return transaction.commit();
}

Status SequenceService::setActive(qint64 id, bool active) const
{
    auto sequence = get(id);
    if (!sequence)
        return sequence.error();
    sequence->isActive = active;
    return update(sequence.value());
}

Status SequenceService::remove(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(id);
    if (!before)
        return before.error();
    if (auto removed = SqlRun::exec(m_context.db().connection(),
                                    QStringLiteral("DELETE FROM sequences WHERE id = ?"), {id});
        !removed)
        return removed.error();
    if (auto audited = AuditLog(m_context).recordDelete(QStringLiteral("sequence"), id,
                                                        sequenceSnapshot(before.value()));
        !audited)
        return audited;
    return transaction.commit();
}

// ---- steps --------------------------------------------------------------------------------------

Result<QList<SequenceStep>> SequenceService::steps(qint64 sequenceId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    auto query =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("SELECT ") + kStepColumns +
                         QStringLiteral(" FROM sequence_steps WHERE sequence_id = ? ORDER BY step_order, id"),
                     {sequenceId});
    if (!query)
        return query.error();
    QList<SequenceStep> result;
    while (query->next())
        result << stepFromRow(query.value());
    return result;
}

Status SequenceService::validateStep(const SequenceStep& step) const
{
    if (step.templateId <= 0)
        return Error::invalid(QStringLiteral("template"), tr("Choose the template the step sends."));
    auto exists =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT id FROM email_templates WHERE id = ?"), {step.templateId});
    if (!exists)
        return exists.error();
    if (exists->isNull())
        return Error::invalid(QStringLiteral("template"),
                              tr("There is no template with id %1.").arg(step.templateId));
    if (step.daysDelay < 0 || step.daysDelay > 3650)
        return Error::invalid(QStringLiteral("days_delay"), tr("The delay must be from 0 to 3650 days."));
    if (step.sendTime && !step.sendTime->isValid())
        return Error::invalid(QStringLiteral("send_time"),
                              tr("The send time must be a time of day such as 09:00."));
    return StepCondition::validate(step.conditionField, step.conditionOperator, step.conditionValue);
}

Status SequenceService::renumberSteps(qint64 sequenceId, qint64 movingId, int position) const
{
    auto current = steps(sequenceId);
    if (!current)
        return current.error();
    QList<qint64> order;
    for (const SequenceStep& step : current.value()) {
        if (step.id != movingId)
            order << step.id;
    }
    if (movingId != 0)
        order.insert(qBound(0, position - 1, int(order.size())), movingId);
    const QString now = stamp(m_context.now());
    for (int i = 0; i < order.size(); ++i) {
        if (auto updated =
                SqlRun::exec(m_context.db().connection(),
                             QStringLiteral("UPDATE sequence_steps SET step_order = ?, updated_at = ? "
                                            "WHERE id = ? AND step_order <> ?"),
                             {i + 1, now, order.at(i), i + 1});
            !updated)
            return updated.error();
    }
    return Status::success();
}

Result<qint64> SequenceService::addStep(const SequenceStep& step) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed.error();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto sequence = get(step.sequenceId);
    if (!sequence)
        return sequence.error();
    if (auto valid = validateStep(step); !valid)
        return valid.error();
    const QString now = stamp(m_context.now());
    auto inserted = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "INSERT INTO sequence_steps (sequence_id, step_order, template_id, days_delay, send_time, "
            "is_active, condition_field, condition_operator, condition_value, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {step.sequenceId, 1000000, step.templateId, step.daysDelay,
         step.sendTime ? QVariant(step.sendTime->toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType(QMetaType::QString)),
         step.isActive ? 1 : 0, step.conditionField.trimmed(),
         step.conditionOperator ? ConditionOperatorCodes::toCode(*step.conditionOperator) : QString(),
         step.conditionValue.trimmed(), now, now});
    if (!inserted)
        return inserted.error();
    if (!inserted->next())
        return Error::database(tr("The step could not be stored."));
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    const int position = step.stepOrder <= 0 ? sequence->stepCount + 1 : step.stepOrder;
    if (auto renumbered = renumberSteps(step.sequenceId, id, position); !renumbered)
        return renumbered.error();
    if (auto audited =
            AuditLog(m_context).recordCreate(QStringLiteral("sequence_step"), id, stepSnapshot(step));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status SequenceService::updateStep(const SequenceStep& step) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    if (auto valid = validateStep(step); !valid)
        return valid;
    auto updated = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "UPDATE sequence_steps SET template_id = ?, days_delay = ?, send_time = ?, is_active = ?, "
            "condition_field = ?, condition_operator = ?, condition_value = ?, updated_at = ? "
            "WHERE id = ? RETURNING sequence_id"),
        {step.templateId, step.daysDelay,
         step.sendTime ? QVariant(step.sendTime->toString(QStringLiteral("HH:mm")))
                       : QVariant(QMetaType(QMetaType::QString)),
         step.isActive ? 1 : 0, step.conditionField.trimmed(),
         step.conditionOperator ? ConditionOperatorCodes::toCode(*step.conditionOperator) : QString(),
         step.conditionValue.trimmed(), stamp(m_context.now()), step.id});
    if (!updated)
        return updated.error();
    if (!updated->next())
        return Error::notFound(tr("There is no step with id %1.").arg(step.id));
    const qint64 sequenceId = updated->value(0).toLongLong();
    updated->finish();
    if (step.stepOrder > 0) {
        if (auto renumbered = renumberSteps(sequenceId, step.id, step.stepOrder); !renumbered)
            return renumbered;
    }
    if (auto audited = AuditLog(m_context).record(QStringLiteral("sequence_step"), step.id,
                                                  QStringLiteral("update"), {});
        !audited)
        return audited;
    return transaction.commit();
}

Status SequenceService::removeStep(qint64 stepId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto removed = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("DELETE FROM sequence_steps WHERE id = ? RETURNING sequence_id"), {stepId});
    if (!removed)
        return removed.error();
    if (!removed->next())
        return Error::notFound(tr("There is no step with id %1.").arg(stepId));
    const qint64 sequenceId = removed->value(0).toLongLong();
    removed->finish();
    if (auto renumbered = renumberSteps(sequenceId, 0, 0); !renumbered)
        return renumbered;
    if (auto audited =
            AuditLog(m_context).record(QStringLiteral("sequence_step"), stepId, QStringLiteral("delete"), {});
        !audited)
        return audited;
    return transaction.commit();
}

Status SequenceService::moveStep(qint64 stepId, int newOrder) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto sequenceId =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT sequence_id FROM sequence_steps WHERE id = ?"), {stepId});
    if (!sequenceId)
        return sequenceId.error();
    if (sequenceId->isNull())
        return Error::notFound(tr("There is no step with id %1.").arg(stepId));
    if (auto renumbered = renumberSteps(sequenceId->toLongLong(), stepId, newOrder); !renumbered)
        return renumbered;
    return transaction.commit();
}

// ---- enrolments ---------------------------------------------------------------------------------

Result<qint64> SequenceService::insertEnrolment(const Sequence& sequence, const QList<SequenceStep>& steps,
                                                qint64 companyId, qint64 contactId, EnrolmentSource source,
                                                const QString& triggerKey,
                                                std::optional<EnrolCheck>* refused) const
{
    const auto refuse = [&](const QString& code, const Error& error) -> Result<qint64> {
        if (refused) {
            *refused = EnrolCheck{code, error};
            return qint64(0);
        }
        return error;
    };
    auto company = CompanyService(m_context).get(companyId);
    if (!company)
        return refuse(QStringLiteral("not_found"),
                      Error::invalid(QStringLiteral("company"), company.error().message));
    if (contactId != 0) {
        auto contact = ContactService(m_context).get(contactId);
        if (!contact)
            return refuse(QStringLiteral("not_found"),
                          Error::invalid(QStringLiteral("contact"), contact.error().message));
        if (contact->companyId != companyId)
            return refuse(QStringLiteral("not_found"),
                          Error::invalid(QStringLiteral("contact"),
                                         tr("%1 is not a contact of %2.").arg(contact->name, company->name)));
        if (!contact->isActive)
            return refuse(
                QStringLiteral("inactive"),
                Error::invalid(QStringLiteral("contact"), tr("%1 is not active.").arg(contact->name)));
        if (contact->unsubscribed)
            return refuse(
                QStringLiteral("unsubscribed"),
                Error::invalid(QStringLiteral("contact"), tr("%1 has unsubscribed.").arg(contact->name)));
        if (contact->email.trimmed().isEmpty())
            return refuse(
                QStringLiteral("no_email"),
                Error::invalid(QStringLiteral("contact"), tr("%1 has no email address.").arg(contact->name)));
    } else {
        auto recipients = Recipients::forCompany(m_context, companyId, true);
        if (!recipients)
            return recipients.error();
        if (recipients->isEmpty())
            return refuse(
                QStringLiteral("no_email"),
                Error::invalid(
                    QStringLiteral("company"),
                    tr("%1 has no active, subscribed contact with an email address.").arg(company->name)));
    }
    const QDateTime now = m_context.now();
    const QTimeZone zone = OfficeSettings(m_context).officeTimeZone();
    const SequenceStep& first = steps.first();
    const QDateTime due = SequenceSchedule::dueAfter(now, first.daysDelay, first.sendTime, zone);
    auto inserted = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "INSERT INTO sequence_enrolments (sequence_id, company_id, contact_id, status, "
            "current_step_index, next_send_at, enrolled_at, enrolled_by, source, open_key, trigger_key, "
            "created_at, updated_at) VALUES (?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING RETURNING id"),
        {sequence.id, companyId, SqlRun::nullIfZero(contactId), stamp(due), stamp(now),
         m_context.actor.username, EnrolmentSourceCodes::toCode(source),
         openKey(sequence.id, companyId, contactId), SqlRun::nullIfEmpty(triggerKey), stamp(now),
         stamp(now)});
    if (!inserted)
        return inserted.error();
    if (!inserted->next()) {
        const QString who = contactId != 0 ? tr("This contact") : company->name;
        return refuse(QStringLiteral("already_enrolled"),
                      Error::conflict(QStringLiteral("sequence"),
                                      tr("%1 is already in the sequence \"%2\".").arg(who, sequence.name)));
    }
    const qint64 id = inserted->value(0).toLongLong();
    inserted->finish();
    if (auto audited = AuditLog(m_context).recordCreate(
            QStringLiteral("enrolment"), id,
            {{QStringLiteral("sequence_id"), sequence.id},
             {QStringLiteral("company_id"), companyId},
             {QStringLiteral("contact_id"), contactId},
             {QStringLiteral("source"), EnrolmentSourceCodes::toCode(source)}});
        !audited)
        return audited.error();
    return id;
}

Result<qint64> SequenceService::enrol(qint64 sequenceId, qint64 companyId, qint64 contactId,
                                      EnrolmentSource source) const
{
    auto report = enrolMany(sequenceId, {EnrolTarget{companyId, contactId}}, source);
    if (!report)
        return report.error();
    if (!report->skipped.isEmpty()) {
        const auto& skipped = report->skipped.first();
        if (skipped.reasonCode == QLatin1String("already_enrolled"))
            return Error::conflict(QStringLiteral("sequence"), skipped.reason);
        return Error::invalid(contactId != 0 ? QStringLiteral("contact") : QStringLiteral("company"),
                              skipped.reason);
    }
    return report->enrolled.first();
}

Result<BulkEnrolReport> SequenceService::enrolMany(qint64 sequenceId, const QList<EnrolTarget>& targets,
                                                   EnrolmentSource source) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::EnrolInSequences); !allowed)
        return allowed.error();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto sequence = get(sequenceId);
    if (!sequence)
        return Error::invalid(QStringLiteral("sequence"), sequence.error().message);
    if (!sequence->isActive)
        return Error::invalid(
            QStringLiteral("sequence"),
            tr("The sequence \"%1\" is switched off; switch it on to enrol.").arg(sequence->name));
    auto stepList = steps(sequenceId);
    if (!stepList)
        return stepList.error();
    if (stepList->isEmpty())
        return Error::invalid(QStringLiteral("sequence"),
                              tr("The sequence \"%1\" has no steps yet.").arg(sequence->name));
    BulkEnrolReport report;
    for (const EnrolTarget& target : targets) {
        std::optional<EnrolCheck> refused;
        auto id = insertEnrolment(sequence.value(), stepList.value(), target.companyId, target.contactId,
                                  source, {}, &refused);
        if (!id)
            return id.error();
        if (refused)
            report.skipped << BulkEnrolReport::Skipped{target, refused->reasonCode, refused->error.message};
        else
            report.enrolled << id.value();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

Result<qint64> SequenceService::enrolFromTrigger(qint64 sequenceId, qint64 companyId,
                                                 const QString& triggerKey) const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    auto used = SqlRun::scalar(m_context.db().connection(),
                               QStringLiteral("SELECT id FROM sequence_enrolments WHERE trigger_key = ?"),
                               {triggerKey});
    if (!used)
        return used.error();
    if (!used->isNull())
        return qint64(0);
    auto sequence = get(sequenceId);
    if (!sequence)
        return sequence.error();
    auto stepList = steps(sequenceId);
    if (!stepList)
        return stepList.error();
    if (!sequence->isActive || stepList->isEmpty())
        return qint64(0);
    std::optional<EnrolCheck> refused;
    auto id = insertEnrolment(sequence.value(), stepList.value(), companyId, 0, EnrolmentSource::TriggerEvent,
                              triggerKey, &refused);
    if (!id)
        return id.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return refused ? qint64(0) : id.value();
}

Result<Enrolment> SequenceService::enrolment(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(m_context.db().connection(),
                              QStringLiteral("SELECT ") + kEnrolmentColumns + kEnrolmentFrom +
                                  QStringLiteral(" WHERE e.id = ?"),
                              {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no enrolment with id %1.").arg(id));
    return enrolmentFromRow(query.value());
}

Result<QList<Enrolment>> SequenceService::enrolments(const EnrolmentQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    QString sql =
        QStringLiteral("SELECT ") + kEnrolmentColumns + kEnrolmentFrom + QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    if (query.sequenceId != 0) {
        sql += QStringLiteral(" AND e.sequence_id = ?");
        binds << query.sequenceId;
    }
    if (query.companyId != 0) {
        sql += QStringLiteral(" AND e.company_id = ?");
        binds << query.companyId;
    }
    if (query.status) {
        sql += QStringLiteral(" AND e.status = ?");
        binds << EnrolmentStatusCodes::toCode(*query.status);
    }
    sql += QStringLiteral(" ORDER BY e.enrolled_at DESC, e.id DESC");
    if (query.limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << query.limit;
    }
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<Enrolment> result;
    while (rows->next())
        result << enrolmentFromRow(rows.value());
    return result;
}

Status SequenceService::changeStatus(qint64 enrolmentId, EnrolmentStatus to, const QString& reason) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::EnrolInSequences); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto current = enrolment(enrolmentId);
    if (!current)
        return current.error();
    const EnrolmentStatus from = current->status;
    const bool allowedChange = (to == EnrolmentStatus::Paused &&
                                (from == EnrolmentStatus::Pending || from == EnrolmentStatus::Active)) ||
                               (to == EnrolmentStatus::Active && from == EnrolmentStatus::Paused) ||
                               (to == EnrolmentStatus::Cancelled && isOpen(from));
    if (!allowedChange)
        return Error::invalid(QStringLiteral("status"), tr("An enrolment that is %1 cannot become %2.")
                                                            .arg(EnrolmentStatusCodes::label(from).toLower(),
                                                                 EnrolmentStatusCodes::label(to).toLower()));
    // A resumed enrolment goes back to pending when it had not sent anything yet.
    const EnrolmentStatus stored =
        to == EnrolmentStatus::Active && !current->lastSentAt.isValid() ? EnrolmentStatus::Pending : to;
    const QString cancelReason =
        to == EnrolmentStatus::Cancelled
            ? (reason.isEmpty() ? tr("Cancelled by %1.").arg(m_context.actor.username) : reason)
            : QString();
    auto updated = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "UPDATE sequence_enrolments SET status = ?, cancel_reason = ?, updated_at = ?, "
            "open_key = CASE WHEN ? = 'cancelled' THEN NULL ELSE open_key END, "
            "next_send_at = CASE WHEN ? = 'cancelled' THEN NULL ELSE next_send_at END WHERE id = ?"),
        {EnrolmentStatusCodes::toCode(stored), cancelReason, stamp(m_context.now()),
         EnrolmentStatusCodes::toCode(stored), EnrolmentStatusCodes::toCode(stored), enrolmentId});
    if (!updated)
        return updated.error();
    if (auto audited =
            AuditLog(m_context).record(QStringLiteral("enrolment"), enrolmentId, QStringLiteral("update"),
                                       {{QStringLiteral("status"), EnrolmentStatusCodes::toCode(from),
                                         EnrolmentStatusCodes::toCode(stored)}});
        !audited)
        return audited;
    return transaction.commit();
}

Status SequenceService::pause(qint64 enrolmentId) const
{
    return changeStatus(enrolmentId, EnrolmentStatus::Paused, {});
}

Status SequenceService::resume(qint64 enrolmentId) const
{
    return changeStatus(enrolmentId, EnrolmentStatus::Active, {});
}

Status SequenceService::cancel(qint64 enrolmentId, const QString& reason) const
{
    return changeStatus(enrolmentId, EnrolmentStatus::Cancelled, reason);
}

Result<QList<PlannedSend>> SequenceService::plannedSchedule(qint64 enrolmentId) const
{
    auto current = enrolment(enrolmentId);
    if (!current)
        return current.error();
    QList<PlannedSend> plan;
    if (!isOpen(current->status))
        return plan;
    auto stepList = steps(current->sequenceId);
    if (!stepList)
        return stepList.error();
    const QTimeZone zone = OfficeSettings(m_context).officeTimeZone();
    const QDateTime now = m_context.now();
    QDateTime at = current->nextSendAt.isValid() ? current->nextSendAt : now;
    if (current->status == EnrolmentStatus::Paused || at < now)
        at = qMax(at, now);
    for (int i = current->currentStepIndex; i < stepList->size(); ++i) {
        const SequenceStep& step = stepList->at(i);
        if (i > current->currentStepIndex)
            at = SequenceSchedule::dueAfter(at, step.daysDelay, step.sendTime, zone);
        plan << PlannedSend{i, step.id, step.templateId, at, step.hasCondition()};
    }
    return plan;
}

Result<QList<SequenceEmail>> SequenceService::history(qint64 enrolmentId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "SELECT m.id, m.enrolment_id, m.step_id, m.step_index, m.contact_id, m.template_id, m.status, "
            "m.outbox_id, m.created_at, m.sent_at, m.error, c.name FROM sequence_emails m "
            "LEFT JOIN contacts c ON c.id = m.contact_id WHERE m.enrolment_id = ? ORDER BY m.id"),
        {enrolmentId});
    if (!query)
        return query.error();
    QList<SequenceEmail> result;
    while (query->next()) {
        SequenceEmail m;
        m.id = query->value(0).toLongLong();
        m.enrolmentId = query->value(1).toLongLong();
        m.stepId = query->value(2).toLongLong();
        m.stepIndex = query->value(3).toInt();
        m.contactId = query->value(4).toLongLong();
        m.templateId = query->value(5).toLongLong();
        m.status = SequenceEmailStatusCodes::fromCode(query->value(6).toString())
                       .value_or(SequenceEmailStatus::Pending);
        m.outboxId = query->value(7).toLongLong();
        m.createdAt = readStamp(query->value(8));
        m.sentAt = readStamp(query->value(9));
        m.error = query->value(10).toString();
        m.contactName = query->value(11).toString();
        result << m;
    }
    return result;
}
