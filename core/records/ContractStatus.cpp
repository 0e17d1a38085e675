#include "records/ContractStatus.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<ContractStatus>{ContractStatus::Draft, "draft", QT_TRANSLATE_NOOP("ContractStatus", "Draft")},
    EnumCode<ContractStatus>{ContractStatus::Active, "active", QT_TRANSLATE_NOOP("ContractStatus", "Active")},
    EnumCode<ContractStatus>{ContractStatus::Expired, "expired",
                             QT_TRANSLATE_NOOP("ContractStatus", "Expired")},
    EnumCode<ContractStatus>{ContractStatus::Cancelled, "cancelled",
                             QT_TRANSLATE_NOOP("ContractStatus", "Cancelled")},
    EnumCode<ContractStatus>{ContractStatus::Renewed, "renewed",
                             QT_TRANSLATE_NOOP("ContractStatus", "Renewed")},
};
} // namespace

namespace ContractStatusCodes {
QString toCode(ContractStatus value)
{
    return EnumCodes::toCode<ContractStatus>(kTable, value);
}

std::optional<ContractStatus> fromCode(const QString& code)
{
    return EnumCodes::fromCode<ContractStatus>(kTable, code);
}

QString label(ContractStatus value)
{
    return EnumCodes::label<ContractStatus>(kTable, "ContractStatus", value);
}

QStringList codes()
{
    return EnumCodes::codes<ContractStatus>(kTable);
}

QList<ContractStatus> all()
{
    QList<ContractStatus> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace ContractStatusCodes
