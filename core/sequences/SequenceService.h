#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "sequences/Enrolment.h"
#include "sequences/Sequence.h"
#include "sequences/SequenceEmail.h"
#include "sequences/SequenceStep.h"

#include <QCoreApplication>

struct EnrolmentQuery
{
    qint64 sequenceId = 0; // 0 = all
    qint64 companyId = 0;  // 0 = all
    std::optional<EnrolmentStatus> status;
    int limit = -1;
};

// One contact (or a whole company, contactId 0) to enrol.
struct EnrolTarget
{
    qint64 companyId = 0;
    qint64 contactId = 0;
};

struct BulkEnrolReport
{
    struct Skipped
    {
        EnrolTarget target;
        QString reasonCode; // "inactive", "unsubscribed", "no_email", "already_enrolled", "not_found"
        QString reason;     // translated sentence
    };
    QList<qint64> enrolled; // the new enrolment ids
    QList<Skipped> skipped;
};

// Sequences, their steps and enrolments (SPEC §4). Editing needs ManageTemplates, reading
// ViewTemplates; enrolling, pausing, resuming and cancelling need EnrolInSequences.
class SequenceService
{
    Q_DECLARE_TR_FUNCTIONS(SequenceService)

public:
    explicit SequenceService(ServiceContext context);

    Result<Sequence> get(qint64 id) const;
    Result<QList<Sequence>> list() const;
    Result<qint64> create(const Sequence& sequence) const;
    Status update(const Sequence& sequence) const;
    Status setActive(qint64 id, bool active) const;
    Status remove(qint64 id) const;
    Status validate(const Sequence& sequence) const;

    Result<QList<SequenceStep>> steps(qint64 sequenceId) const;
    // Appends the step (stepOrder 0 or past the end) or inserts it at stepOrder; returns its id.
    Result<qint64> addStep(const SequenceStep& step) const;
    Status updateStep(const SequenceStep& step) const;
    Status removeStep(qint64 stepId) const;
    // Moves a step to a 1-based position, shifting the others.
    Status moveStep(qint64 stepId, int newOrder) const;
    Status validateStep(const SequenceStep& step) const;

    // Enrols a company (contactId 0) or one of its contacts; returns the enrolment id. Refused
    // when the contact is already in the sequence (pending, active or paused), unsubscribed,
    // inactive or without an address. Enrolling again after completion or cancellation is fine.
    Result<qint64> enrol(qint64 sequenceId, qint64 companyId, qint64 contactId,
                         EnrolmentSource source = EnrolmentSource::Manual) const;
    // Enrols many in one transaction; what cannot be enrolled is reported with the reason.
    Result<BulkEnrolReport> enrolMany(qint64 sequenceId, const QList<EnrolTarget>& targets,
                                      EnrolmentSource source = EnrolmentSource::Segment) const;
    // For jobs: enrols a company once per trigger key (no permission check: the office's own
    // automation). Returns the new id, or 0 when the key was already used or the company is
    // already in the sequence.
    Result<qint64> enrolFromTrigger(qint64 sequenceId, qint64 companyId, const QString& triggerKey) const;

    Result<Enrolment> enrolment(qint64 id) const;
    Result<QList<Enrolment>> enrolments(const EnrolmentQuery& query = {}) const;
    Status pause(qint64 enrolmentId) const;
    Status resume(qint64 enrolmentId) const;
    Status cancel(qint64 enrolmentId, const QString& reason = {}) const;

    // When each remaining step will go out if nothing changes (paused: counted from now).
    Result<QList<PlannedSend>> plannedSchedule(qint64 enrolmentId) const;
    // What was sent or skipped so far, oldest first.
    Result<QList<SequenceEmail>> history(qint64 enrolmentId) const;

private:
    struct EnrolCheck
    {
        QString reasonCode;
        Error error;
    };
    Result<qint64> insertEnrolment(const Sequence& sequence, const QList<SequenceStep>& steps,
                                   qint64 companyId, qint64 contactId, EnrolmentSource source,
                                   const QString& triggerKey, std::optional<EnrolCheck>* refused) const;
    Status changeStatus(qint64 enrolmentId, EnrolmentStatus to, const QString& reason) const;
    Status renumberSteps(qint64 sequenceId, qint64 movingId, int position) const;

    ServiceContext m_context;
};
