#pragma once

#include "sequences/SequenceEnums.h"

#include <QDateTime>
#include <QString>

// A company (and optionally one of its contacts) going through a sequence.
struct Enrolment
{
    qint64 id = 0;
    qint64 sequenceId = 0;
    qint64 companyId = 0;
    qint64 contactId = 0; // 0: the company's billing contacts, else all its active contacts
    EnrolmentStatus status = EnrolmentStatus::Pending;
    int currentStepIndex = 0; // 0-based index into the sequence's steps in step order
    QDateTime nextSendAt;     // UTC; invalid when nothing is due
    QDateTime lastSentAt;     // UTC; when the previous step was processed
    QDateTime enrolledAt;
    QDateTime completedAt;
    QString enrolledBy;
    EnrolmentSource source = EnrolmentSource::Manual;
    QString cancelReason;
    // Filled on read for lists.
    QString sequenceName;
    QString companyName;
    QString contactName;
};
