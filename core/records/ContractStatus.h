#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

enum class ContractStatus
{
    Draft,
    Active,
    Expired,
    Cancelled,
    Renewed
};

// Stored codes and translated labels for the contract status.
namespace ContractStatusCodes {
QString toCode(ContractStatus value);
std::optional<ContractStatus> fromCode(const QString& code);
QString label(ContractStatus value);
QStringList codes();
QList<ContractStatus> all();
} // namespace ContractStatusCodes
