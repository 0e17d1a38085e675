#include "sequences/SequenceEnums.h"

#include <array>

namespace {
constexpr std::array kSequenceTypes = {
    EnumCode<SequenceType>{SequenceType::Manual, "manual", QT_TRANSLATE_NOOP("SequenceType", "Manual")},
    EnumCode<SequenceType>{SequenceType::Triggered, "triggered",
                           QT_TRANSLATE_NOOP("SequenceType", "Triggered")},
};
constexpr std::array kTriggerEvents = {
    EnumCode<TriggerEvent>{TriggerEvent::ContractSigned, "contract_signed",
                           QT_TRANSLATE_NOOP("TriggerEvent", "Contract signed")},
    EnumCode<TriggerEvent>{TriggerEvent::Renewal30Days, "renewal_30_days",
                           QT_TRANSLATE_NOOP("TriggerEvent", "30 days before renewal")},
    EnumCode<TriggerEvent>{TriggerEvent::Renewal7Days, "renewal_7_days",
                           QT_TRANSLATE_NOOP("TriggerEvent", "7 days before renewal")},
    EnumCode<TriggerEvent>{TriggerEvent::PaymentOverdue, "payment_overdue",
                           QT_TRANSLATE_NOOP("TriggerEvent", "Payment overdue")},
};
constexpr std::array kEnrolmentStatuses = {
    EnumCode<EnrolmentStatus>{EnrolmentStatus::Pending, "pending",
                              QT_TRANSLATE_NOOP("EnrolmentStatus", "Pending")},
    EnumCode<EnrolmentStatus>{EnrolmentStatus::Active, "active",
                              QT_TRANSLATE_NOOP("EnrolmentStatus", "Active")},
    EnumCode<EnrolmentStatus>{EnrolmentStatus::Completed, "completed",
                              QT_TRANSLATE_NOOP("EnrolmentStatus", "Completed")},
    EnumCode<EnrolmentStatus>{EnrolmentStatus::Paused, "paused",
                              QT_TRANSLATE_NOOP("EnrolmentStatus", "Paused")},
    EnumCode<EnrolmentStatus>{EnrolmentStatus::Cancelled, "cancelled",
                              QT_TRANSLATE_NOOP("EnrolmentStatus", "Cancelled")},
};
constexpr std::array kEmailStatuses = {
    EnumCode<SequenceEmailStatus>{SequenceEmailStatus::Pending, "pending",
                                  QT_TRANSLATE_NOOP("SequenceEmailStatus", "Pending")},
    EnumCode<SequenceEmailStatus>{SequenceEmailStatus::Sent, "sent",
                                  QT_TRANSLATE_NOOP("SequenceEmailStatus", "Sent")},
    EnumCode<SequenceEmailStatus>{SequenceEmailStatus::Failed, "failed",
                                  QT_TRANSLATE_NOOP("SequenceEmailStatus", "Failed")},
    EnumCode<SequenceEmailStatus>{SequenceEmailStatus::Bounced, "bounced",
                                  QT_TRANSLATE_NOOP("SequenceEmailStatus", "Bounced")},
    EnumCode<SequenceEmailStatus>{SequenceEmailStatus::Skipped, "skipped",
                                  QT_TRANSLATE_NOOP("SequenceEmailStatus", "Skipped")},
};
constexpr std::array kSources = {
    EnumCode<EnrolmentSource>{EnrolmentSource::Manual, "manual",
                              QT_TRANSLATE_NOOP("EnrolmentSource", "Manual")},
    EnumCode<EnrolmentSource>{EnrolmentSource::TriggerEvent, "trigger_event",
                              QT_TRANSLATE_NOOP("EnrolmentSource", "Trigger event")},
    EnumCode<EnrolmentSource>{EnrolmentSource::Segment, "segment",
                              QT_TRANSLATE_NOOP("EnrolmentSource", "Segment")},
};
constexpr std::array kOperators = {
    EnumCode<ConditionOperator>{ConditionOperator::Equals, "equals",
                                QT_TRANSLATE_NOOP("ConditionOperator", "equals")},
    EnumCode<ConditionOperator>{ConditionOperator::NotEquals, "not_equals",
                                QT_TRANSLATE_NOOP("ConditionOperator", "does not equal")},
    EnumCode<ConditionOperator>{ConditionOperator::Contains, "contains",
                                QT_TRANSLATE_NOOP("ConditionOperator", "contains")},
    EnumCode<ConditionOperator>{ConditionOperator::GreaterThan, "greater_than",
                                QT_TRANSLATE_NOOP("ConditionOperator", "is greater than")},
    EnumCode<ConditionOperator>{ConditionOperator::LessThan, "less_than",
                                QT_TRANSLATE_NOOP("ConditionOperator", "is less than")},
    EnumCode<ConditionOperator>{ConditionOperator::IsEmpty, "is_empty",
                                QT_TRANSLATE_NOOP("ConditionOperator", "is empty")},
    EnumCode<ConditionOperator>{ConditionOperator::IsNotEmpty, "is_not_empty",
                                QT_TRANSLATE_NOOP("ConditionOperator", "is not empty")},
};
} // namespace

#define RAPPORT_DEFINE_CODES(Namespace, Enum, table, context)                                                \
    namespace Namespace {                                                                                    \
    QString toCode(Enum value)                                                                               \
    {                                                                                                        \
        return EnumCodes::toCode<Enum>(table, value);                                                        \
    }                                                                                                        \
    std::optional<Enum> fromCode(const QString& code)                                                        \
    {                                                                                                        \
        return EnumCodes::fromCode<Enum>(table, code);                                                       \
    }                                                                                                        \
    QString label(Enum value)                                                                                \
    {                                                                                                        \
        return EnumCodes::label<Enum>(table, context, value);                                                \
    }                                                                                                        \
    QStringList codes()                                                                                      \
    {                                                                                                        \
        return EnumCodes::codes<Enum>(table);                                                                \
    }                                                                                                        \
    QList<Enum> all()                                                                                        \
    {                                                                                                        \
        QList<Enum> values;                                                                                  \
        for (const auto& entry : table)                                                                      \
            values << entry.value;                                                                           \
        return values;                                                                                       \
    }                                                                                                        \
    }

RAPPORT_DEFINE_CODES(SequenceTypeCodes, SequenceType, kSequenceTypes, "SequenceType")
RAPPORT_DEFINE_CODES(TriggerEventCodes, TriggerEvent, kTriggerEvents, "TriggerEvent")
RAPPORT_DEFINE_CODES(EnrolmentStatusCodes, EnrolmentStatus, kEnrolmentStatuses, "EnrolmentStatus")
RAPPORT_DEFINE_CODES(SequenceEmailStatusCodes, SequenceEmailStatus, kEmailStatuses, "SequenceEmailStatus")
RAPPORT_DEFINE_CODES(EnrolmentSourceCodes, EnrolmentSource, kSources, "EnrolmentSource")
RAPPORT_DEFINE_CODES(ConditionOperatorCodes, ConditionOperator, kOperators, "ConditionOperator")
