#include "records/InvoiceStatus.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<InvoiceStatus>{InvoiceStatus::Draft, "draft", QT_TRANSLATE_NOOP("InvoiceStatus", "Draft")},
    EnumCode<InvoiceStatus>{InvoiceStatus::Sent, "sent", QT_TRANSLATE_NOOP("InvoiceStatus", "Sent")},
    EnumCode<InvoiceStatus>{InvoiceStatus::Paid, "paid", QT_TRANSLATE_NOOP("InvoiceStatus", "Paid")},
    EnumCode<InvoiceStatus>{InvoiceStatus::Overdue, "overdue", QT_TRANSLATE_NOOP("InvoiceStatus", "Overdue")},
    EnumCode<InvoiceStatus>{InvoiceStatus::Cancelled, "cancelled",
                            QT_TRANSLATE_NOOP("InvoiceStatus", "Cancelled")},
};
} // namespace

namespace InvoiceStatusCodes {
QString toCode(InvoiceStatus value)
{
    return EnumCodes::toCode<InvoiceStatus>(kTable, value);
}

std::optional<InvoiceStatus> fromCode(const QString& code)
{
    return EnumCodes::fromCode<InvoiceStatus>(kTable, code);
}

QString label(InvoiceStatus value)
{
    return EnumCodes::label<InvoiceStatus>(kTable, "InvoiceStatus", value);
}

QStringList codes()
{
    return EnumCodes::codes<InvoiceStatus>(kTable);
}

QList<InvoiceStatus> all()
{
    QList<InvoiceStatus> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace InvoiceStatusCodes
