#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// The record lists that can be exported; all but invoices can also be imported.
enum class DataType
{
    Companies,
    Contacts,
    Contracts,
    Invoices,
};

namespace DataTypes {
QString code(DataType type); // "companies", …
// Accepts the plural or singular code, any case.
std::optional<DataType> fromCode(const QString& code);
bool importable(DataType type);
// The audit trail's entity name ("company") and the table holding the records.
QString entityName(DataType type);
QString tableName(DataType type);
// Every field name of the type, in field-table order.
QStringList fieldNames(DataType type);
// The translated label of one field ("Billing entity"); the name itself when unknown.
QString fieldLabel(DataType type, const QString& field);
} // namespace DataTypes
