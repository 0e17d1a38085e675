#pragma once

#include "sequences/SequenceEnums.h"

#include <QDateTime>
#include <QString>

// One step's mail (or skip) for one contact of an enrolment: the enrolment's sent history.
struct SequenceEmail
{
    qint64 id = 0;
    qint64 enrolmentId = 0;
    qint64 stepId = 0;
    int stepIndex = 0;
    qint64 contactId = 0;
    qint64 templateId = 0;
    SequenceEmailStatus status = SequenceEmailStatus::Pending;
    qint64 outboxId = 0;
    QDateTime createdAt; // when the step was processed
    QDateTime sentAt;
    QString error; // why it failed or was skipped
    QString contactName;
};

// A step still to come for an enrolment, with when it will go out if nothing changes.
struct PlannedSend
{
    int stepIndex = 0;
    qint64 stepId = 0;
    qint64 templateId = 0;
    QDateTime at; // UTC
    bool hasCondition = false;
};
