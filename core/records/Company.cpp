#include "records/Company.h"

#include <QCoreApplication>

namespace {
template <QString Company::*member> RecordField<Company> text(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldKind::Text, label,
            [](const Company& c) { return QVariant(c.*member); },
            [](Company& c, const QVariant& v) {
                c.*member = v.toString();
            }};
}
} // namespace

const QList<RecordField<Company>>& Company::fields()
{
    static const QList<RecordField<Company>> table = {
        {QStringLiteral("id"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "ID"),
         [](const Company& c) { return QVariant(c.id); },
         {}},
        text<&Company::name>("name", QT_TRANSLATE_NOOP("RecordField", "Name")),
        text<&Company::industry>("industry", QT_TRANSLATE_NOOP("RecordField", "Industry")),
        text<&Company::country>("country", QT_TRANSLATE_NOOP("RecordField", "Country")),
        text<&Company::city>("city", QT_TRANSLATE_NOOP("RecordField", "City")),
        text<&Company::address>("address", QT_TRANSLATE_NOOP("RecordField", "Address")),
        text<&Company::website>("website", QT_TRANSLATE_NOOP("RecordField", "Website")),
        text<&Company::billingEntity>("billing_entity", QT_TRANSLATE_NOOP("RecordField", "Billing entity")),
        text<&Company::paymentTerms>("payment_terms", QT_TRANSLATE_NOOP("RecordField", "Payment terms")),
        {QStringLiteral("is_active"), FieldKind::Boolean, QT_TRANSLATE_NOOP("RecordField", "Active"),
         [](const Company& c) { return QVariant(c.isActive); },
         [](Company& c, const QVariant& v) {
             c.isActive = v.toBool();
         }},
        text<&Company::notes>("notes", QT_TRANSLATE_NOOP("RecordField", "Notes")),
        {QStringLiteral("created_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Created"),
         [](const Company& c) { return QVariant(c.createdAt); },
         {}},
        {QStringLiteral("updated_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Updated"),
         [](const Company& c) { return QVariant(c.updatedAt); },
         {}},
    };
    return table;
}
