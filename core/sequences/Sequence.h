#pragma once

#include "sequences/SequenceEnums.h"

#include <QDateTime>
#include <QString>

// A drip sequence (SPEC §4). Its steps are SequenceStep rows ordered by stepOrder.
struct Sequence
{
    qint64 id = 0;
    QString name;
    QString description;
    SequenceType sequenceType = SequenceType::Manual;
    std::optional<TriggerEvent> triggerEvent; // set exactly when the type is Triggered
    bool isActive = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Filled by SequenceService::list for the sequence list.
    int stepCount = 0;
    int openEnrolments = 0;
};
