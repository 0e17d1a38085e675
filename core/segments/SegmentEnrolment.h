#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a bulk enrolment of a segment did, member by member.
struct SegmentEnrolReport
{
    struct Row
    {
        qint64 companyId = 0;
        qint64 contactId = 0;   // 0 for a member of a company segment (its billing contacts get it)
        QString name;           // the contact's (or company's) name, for the report
        QString email;          // the contact's address; empty for a company
        qint64 enrolmentId = 0; // the new enrolment; 0 when skipped
        // Empty when enrolled, else why not: "inactive", "unsubscribed", "already_enrolled",
        // "no_email", "not_found" (as SequenceService's BulkEnrolReport).
        QString skipCode;
        QString reason; // translated sentence; empty when enrolled
    };
    qint64 segmentId = 0;
    QString segmentName;
    qint64 sequenceId = 0;
    QString sequenceName;
    QList<Row> rows; // every member, in member order

    int enrolledCount() const;
    int skippedCount() const;
    // How many were skipped for a reason code.
    int skippedFor(const QString& code) const;
    // One translated line: "Enrolled 12 of 15 members of "Hotels" in "Onboarding"; skipped 3: …".
    QString summary() const;
};

// Bulk enrolment of a segment's members into a sequence (SPEC §7): in one transaction, every
// member of a visible, active segment goes through SequenceService::enrolMany (source
// "segment"), and the segment is marked used (times_used, last_used_at). Members that cannot be
// enrolled (inactive, unsubscribed, already enrolled, no address) are reported, not errors.
// Segments sit above sequences, so this lives here and calls down.
class SegmentEnrolment
{
    Q_DECLARE_TR_FUNCTIONS(SegmentEnrolment)

public:
    explicit SegmentEnrolment(ServiceContext context);

    Result<SegmentEnrolReport> enrol(qint64 segmentId, qint64 sequenceId) const;

    // The translated label of a skip reason code ("already enrolled").
    static QString reasonLabel(const QString& code);

private:
    ServiceContext m_context;
};
