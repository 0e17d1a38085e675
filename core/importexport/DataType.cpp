#include "importexport/DataType.h"

#include "records/Company.h"
#include "records/Contact.h"
#include "records/Contract.h"
#include "records/Invoice.h"
#include "records/RecordFields.h"

#include <QCoreApplication>

namespace {
template <typename R> QString labelOf(const QList<RecordField<R>>& fields, const QString& name)
{
    for (const RecordField<R>& field : fields) {
        if (field.name == name)
            return QCoreApplication::translate("RecordField", field.label);
    }
    return name;
}
} // namespace

namespace DataTypes {

QString code(DataType type)
{
    switch (type) {
    case DataType::Companies:
        return QStringLiteral("companies");
    case DataType::Contacts:
        return QStringLiteral("contacts");
    case DataType::Contracts:
        return QStringLiteral("contracts");
    case DataType::Invoices:
        return QStringLiteral("invoices");
    }
    return {};
}

std::optional<DataType> fromCode(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (DataType type : {DataType::Companies, DataType::Contacts, DataType::Contracts, DataType::Invoices}) {
        if (t == code(type) || t == entityName(type))
            return type;
    }
    return std::nullopt;
}

bool importable(DataType type)
{
    return type != DataType::Invoices;
}

QString entityName(DataType type)
{
    switch (type) {
    case DataType::Companies:
        return QStringLiteral("company");
    case DataType::Contacts:
        return QStringLiteral("contact");
    case DataType::Contracts:
        return QStringLiteral("contract");
    case DataType::Invoices:
        return QStringLiteral("invoice");
    }
    return {};
}

QString tableName(DataType type)
{
    return code(type);
}

QStringList fieldNames(DataType type)
{
    switch (type) {
    case DataType::Companies:
        return RecordFields::names(Company::fields());
    case DataType::Contacts:
        return RecordFields::names(Contact::fields());
    case DataType::Contracts:
        return RecordFields::names(Contract::fields());
    case DataType::Invoices:
        return RecordFields::names(Invoice::fields());
    }
    return {};
}

QString fieldLabel(DataType type, const QString& field)
{
    switch (type) {
    case DataType::Companies:
        return labelOf(Company::fields(), field);
    case DataType::Contacts:
        return labelOf(Contact::fields(), field);
    case DataType::Contracts:
        return labelOf(Contract::fields(), field);
    case DataType::Invoices:
        return labelOf(Invoice::fields(), field);
    }
    return field;
}

} // namespace DataTypes
