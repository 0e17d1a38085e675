#include "records/Contact.h"

#include "records/ContactType.h"
#include "records/Language.h"

#include <QCoreApplication>

namespace {
template <QString Contact::*member> RecordField<Contact> text(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldKind::Text, label,
            [](const Contact& c) { return QVariant(c.*member); },
            [](Contact& c, const QVariant& v) {
                c.*member = v.toString();
            }};
}

template <bool Contact::*member> RecordField<Contact> flag(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldKind::Boolean, label,
            [](const Contact& c) { return QVariant(c.*member); },
            [](Contact& c, const QVariant& v) {
                c.*member = v.toBool();
            }};
}
} // namespace

const QList<RecordField<Contact>>& Contact::fields()
{
    static const QList<RecordField<Contact>> table = {
        {QStringLiteral("id"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "ID"),
         [](const Contact& c) { return QVariant(c.id); },
         {}},
        {QStringLiteral("company_id"), FieldKind::Reference, QT_TRANSLATE_NOOP("RecordField", "Company"),
         [](const Contact& c) { return QVariant(c.companyId); },
         [](Contact& c, const QVariant& v) {
             c.companyId = v.toLongLong();
         }},
        text<&Contact::name>("name", QT_TRANSLATE_NOOP("RecordField", "Name")),
        text<&Contact::email>("email", QT_TRANSLATE_NOOP("RecordField", "Email")),
        text<&Contact::phone>("phone", QT_TRANSLATE_NOOP("RecordField", "Phone")),
        text<&Contact::title>("title", QT_TRANSLATE_NOOP("RecordField", "Title")),
        text<&Contact::department>("department", QT_TRANSLATE_NOOP("RecordField", "Department")),
        {QStringLiteral("contact_type"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Contact type"),
         [](const Contact& c) { return QVariant(c.contactType); },
         [](Contact& c, const QVariant& v) { c.contactType = v.toString(); }, &ContactTypeCodes::codes},
        flag<&Contact::isBillingContact>("is_billing_contact",
                                         QT_TRANSLATE_NOOP("RecordField", "Billing contact")),
        {QStringLiteral("language"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Language"),
         [](const Contact& c) { return QVariant(c.language); },
         [](Contact& c, const QVariant& v) { c.language = v.toString(); }, &LanguageCodes::codes},
        flag<&Contact::isActive>("is_active", QT_TRANSLATE_NOOP("RecordField", "Active")),
        flag<&Contact::unsubscribed>("unsubscribed", QT_TRANSLATE_NOOP("RecordField", "Unsubscribed")),
        {QStringLiteral("unsubscribed_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Unsubscribed at"),
         [](const Contact& c) { return QVariant(c.unsubscribedAt); },
         {}},
        text<&Contact::notes>("notes", QT_TRANSLATE_NOOP("RecordField", "Notes")),
        {QStringLiteral("created_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Created"),
         [](const Contact& c) { return QVariant(c.createdAt); },
         {}},
        {QStringLiteral("updated_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Updated"),
         [](const Contact& c) { return QVariant(c.updatedAt); },
         {}},
    };
    return table;
}
