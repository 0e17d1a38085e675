#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// The enumerations of SPEC §4, each with its stored lower_snake code and translated label.
enum class SequenceType
{
    Manual,
    Triggered
};

enum class TriggerEvent
{
    ContractSigned,
    Renewal30Days,
    Renewal7Days,
    PaymentOverdue
};

enum class EnrolmentStatus
{
    Pending, // enrolled, no step processed yet
    Active,
    Completed,
    Paused,
    Cancelled
};

enum class SequenceEmailStatus
{
    Pending, // queued in the outbox, not delivered yet
    Sent,
    Failed,
    Bounced,
    Skipped
};

enum class EnrolmentSource
{
    Manual,
    TriggerEvent,
    Segment
};

// The seven step-condition operators (a subset of the segment operators, same codes).
enum class ConditionOperator
{
    Equals,
    NotEquals,
    Contains,
    GreaterThan,
    LessThan,
    IsEmpty,
    IsNotEmpty
};

#define RAPPORT_DECLARE_CODES(Namespace, Enum)                                                               \
    namespace Namespace {                                                                                    \
    QString toCode(Enum value);                                                                              \
    std::optional<Enum> fromCode(const QString& code);                                                       \
    QString label(Enum value);                                                                               \
    QStringList codes();                                                                                     \
    QList<Enum> all();                                                                                       \
    }

RAPPORT_DECLARE_CODES(SequenceTypeCodes, SequenceType)
RAPPORT_DECLARE_CODES(TriggerEventCodes, TriggerEvent)
RAPPORT_DECLARE_CODES(EnrolmentStatusCodes, EnrolmentStatus)
RAPPORT_DECLARE_CODES(SequenceEmailStatusCodes, SequenceEmailStatus)
RAPPORT_DECLARE_CODES(EnrolmentSourceCodes, EnrolmentSource)
RAPPORT_DECLARE_CODES(ConditionOperatorCodes, ConditionOperator)

#undef RAPPORT_DECLARE_CODES

// Whether the enrolment still holds the contact's place in the sequence.
inline bool isOpen(EnrolmentStatus status)
{
    return status == EnrolmentStatus::Pending || status == EnrolmentStatus::Active ||
           status == EnrolmentStatus::Paused;
}
