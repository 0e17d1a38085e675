#pragma once

#include "sequences/SequenceEnums.h"

#include <QDateTime>
#include <QString>
#include <QTime>

// One step of a sequence. The condition is optional: an empty conditionField means "always".
struct SequenceStep
{
    qint64 id = 0;
    qint64 sequenceId = 0;
    int stepOrder = 0; // 1-based position; SequenceService keeps them contiguous
    qint64 templateId = 0;
    int daysDelay = 0;
    std::optional<QTime> sendTime; // office-local time of day
    bool isActive = true;
    QString conditionField; // a StepConditionFields name: "language", "company.country", …
    std::optional<ConditionOperator> conditionOperator;
    QString conditionValue;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasCondition() const { return !conditionField.isEmpty(); }
};
