#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

enum class InvoiceStatus
{
    Draft,
    Sent,
    Paid,
    Overdue,
    Cancelled
};

// Stored codes and translated labels for the invoice status.
namespace InvoiceStatusCodes {
QString toCode(InvoiceStatus value);
std::optional<InvoiceStatus> fromCode(const QString& code);
QString label(InvoiceStatus value);
QStringList codes();
QList<InvoiceStatus> all();
} // namespace InvoiceStatusCodes
