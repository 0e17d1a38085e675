#include "records/Invoice.h"

#include "records/Contract.h"
#include "records/InvoiceStatus.h"

#include <QCoreApplication>

bool Invoice::overdueOn(const QDate& dueDate, const QString& storedStatus, const QDate& today)
{
    if (storedStatus == QLatin1String("overdue"))
        return true;
    const bool open = storedStatus == QLatin1String("draft") || storedStatus == QLatin1String("sent");
    return open && dueDate.isValid() && today.isValid() && dueDate < today;
}

const QList<RecordField<Invoice>>& Invoice::fields()
{
    static const QList<RecordField<Invoice>> table = {
        {QStringLiteral("id"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "ID"),
         [](const Invoice& i) { return QVariant(i.id); },
         {}},
        {QStringLiteral("contract_id"), FieldKind::Reference, QT_TRANSLATE_NOOP("RecordField", "Contract"),
         [](const Invoice& i) { return QVariant(i.contractId); },
         [](Invoice& i, const QVariant& v) {
             i.contractId = v.toLongLong();
         }},
        {QStringLiteral("invoice_number"), FieldKind::Text,
         QT_TRANSLATE_NOOP("RecordField", "Invoice number"),
         [](const Invoice& i) { return QVariant(i.invoiceNumber); },
         [](Invoice& i, const QVariant& v) {
             i.invoiceNumber = v.toString();
         }},
        {QStringLiteral("issue_date"), FieldKind::Date, QT_TRANSLATE_NOOP("RecordField", "Issue date"),
         [](const Invoice& i) { return QVariant(i.issueDate); },
         [](Invoice& i, const QVariant& v) {
             i.issueDate = v.toDate();
         }},
        {QStringLiteral("due_date"), FieldKind::Date, QT_TRANSLATE_NOOP("RecordField", "Due date"),
         [](const Invoice& i) { return QVariant(i.dueDate); },
         [](Invoice& i, const QVariant& v) {
             i.dueDate = v.toDate();
         }},
        {QStringLiteral("amount"), FieldKind::Money, QT_TRANSLATE_NOOP("RecordField", "Amount"),
         [](const Invoice& i) { return QVariant(i.amountMinor); },
         [](Invoice& i, const QVariant& v) {
             i.amountMinor = v.toLongLong();
         }},
        {QStringLiteral("currency"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Currency"),
         [](const Invoice& i) { return QVariant(i.currency); },
         [](Invoice& i, const QVariant& v) { i.currency = v.toString().toUpper(); }, &Contract::currencies},
        {QStringLiteral("status"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Status"),
         [](const Invoice& i) { return QVariant(i.effectiveStatus()); },
         [](Invoice& i, const QVariant& v) { i.status = v.toString(); }, &InvoiceStatusCodes::codes},
        {QStringLiteral("notes"), FieldKind::Text, QT_TRANSLATE_NOOP("RecordField", "Notes"),
         [](const Invoice& i) { return QVariant(i.notes); },
         [](Invoice& i, const QVariant& v) {
             i.notes = v.toString();
         }},
        {QStringLiteral("created_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Created"),
         [](const Invoice& i) { return QVariant(i.createdAt); },
         {}},
        {QStringLiteral("updated_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Updated"),
         [](const Invoice& i) { return QVariant(i.updatedAt); },
         {}},
    };
    return table;
}
