#include "records/Contract.h"

#include "records/ContractStatus.h"

#include <QCoreApplication>

std::optional<qint64> Contract::daysUntil(const QDate& endDate, const QDate& today)
{
    if (!endDate.isValid() || !today.isValid())
        return std::nullopt;
    return today.daysTo(endDate);
}

QStringList Contract::currencies()
{
    return {QStringLiteral("thb"), QStringLiteral("usd"), QStringLiteral("eur"), QStringLiteral("sgd"),
            QStringLiteral("myr"), QStringLiteral("idr"), QStringLiteral("vnd"), QStringLiteral("php"),
            QStringLiteral("gbp"), QStringLiteral("jpy"), QStringLiteral("cny"), QStringLiteral("hkd"),
            QStringLiteral("aud")};
}

const QList<RecordField<Contract>>& Contract::fields()
{
    static const QList<RecordField<Contract>> table = {
        {QStringLiteral("id"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "ID"),
         [](const Contract& c) { return QVariant(c.id); },
         {}},
        {QStringLiteral("company_id"), FieldKind::Reference, QT_TRANSLATE_NOOP("RecordField", "Company"),
         [](const Contract& c) { return QVariant(c.companyId); },
         [](Contract& c, const QVariant& v) {
             c.companyId = v.toLongLong();
         }},
        {QStringLiteral("contract_number"), FieldKind::Text,
         QT_TRANSLATE_NOOP("RecordField", "Contract number"),
         [](const Contract& c) { return QVariant(c.contractNumber); },
         [](Contract& c, const QVariant& v) {
             c.contractNumber = v.toString();
         }},
        {QStringLiteral("start_date"), FieldKind::Date, QT_TRANSLATE_NOOP("RecordField", "Start date"),
         [](const Contract& c) { return QVariant(c.startDate); },
         [](Contract& c, const QVariant& v) {
             c.startDate = v.toDate();
         }},
        {QStringLiteral("end_date"), FieldKind::Date, QT_TRANSLATE_NOOP("RecordField", "End date"),
         [](const Contract& c) { return QVariant(c.endDate); },
         [](Contract& c, const QVariant& v) {
             c.endDate = v.toDate();
         }},
        {QStringLiteral("monthly_value"), FieldKind::Money, QT_TRANSLATE_NOOP("RecordField", "Monthly value"),
         [](const Contract& c) { return QVariant(c.monthlyValueMinor); },
         [](Contract& c, const QVariant& v) {
             c.monthlyValueMinor = v.toLongLong();
         }},
        {QStringLiteral("currency"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Currency"),
         [](const Contract& c) { return QVariant(c.currency); },
         [](Contract& c, const QVariant& v) { c.currency = v.toString().toUpper(); }, &Contract::currencies},
        {QStringLiteral("status"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Status"),
         [](const Contract& c) { return QVariant(c.status); },
         [](Contract& c, const QVariant& v) { c.status = v.toString(); }, &ContractStatusCodes::codes},
        {QStringLiteral("auto_renew"), FieldKind::Boolean, QT_TRANSLATE_NOOP("RecordField", "Auto-renew"),
         [](const Contract& c) { return QVariant(c.autoRenew); },
         [](Contract& c, const QVariant& v) {
             c.autoRenew = v.toBool();
         }},
        {QStringLiteral("notes"), FieldKind::Text, QT_TRANSLATE_NOOP("RecordField", "Notes"),
         [](const Contract& c) { return QVariant(c.notes); },
         [](Contract& c, const QVariant& v) {
             c.notes = v.toString();
         }},
        {QStringLiteral("days_until_expiry"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "Days until expiry"),
         [](const Contract& c) { return c.daysUntilExpiry ? QVariant(*c.daysUntilExpiry) : QVariant(); },
         {}},
        {QStringLiteral("created_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Created"),
         [](const Contract& c) { return QVariant(c.createdAt); },
         {}},
        {QStringLiteral("updated_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Updated"),
         [](const Contract& c) { return QVariant(c.updatedAt); },
         {}},
    };
    return table;
}
