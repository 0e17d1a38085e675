#include "auth/User.h"

#include <QCoreApplication>

namespace {
QStringList roleCodes()
{
    QStringList codes;
    for (Role role : RoleCodes::all())
        codes << RoleCodes::toCode(role);
    return codes;
}
} // namespace

const QList<RecordField<User>>& User::fields()
{
    static const QList<RecordField<User>> table = {
        {QStringLiteral("id"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "ID"),
         [](const User& u) { return QVariant(u.id); },
         {}},
        {QStringLiteral("username"), FieldKind::Text, QT_TRANSLATE_NOOP("RecordField", "Username"),
         [](const User& u) { return QVariant(u.username); },
         [](User& u, const QVariant& v) {
             u.username = v.toString();
         }},
        {QStringLiteral("full_name"), FieldKind::Text, QT_TRANSLATE_NOOP("RecordField", "Full name"),
         [](const User& u) { return QVariant(u.fullName); },
         [](User& u, const QVariant& v) {
             u.fullName = v.toString();
         }},
        {QStringLiteral("email"), FieldKind::Text, QT_TRANSLATE_NOOP("RecordField", "Email"),
         [](const User& u) { return QVariant(u.email); },
         [](User& u, const QVariant& v) {
             u.email = v.toString();
         }},
        {QStringLiteral("role"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Role"),
         [](const User& u) { return QVariant(RoleCodes::toCode(u.role)); },
         [](User& u, const QVariant& v) { u.role = RoleCodes::fromCode(v.toString()).value_or(u.role); },
         roleCodes},
        {QStringLiteral("is_active"), FieldKind::Boolean, QT_TRANSLATE_NOOP("RecordField", "Active"),
         [](const User& u) { return QVariant(u.isActive); },
         [](User& u, const QVariant& v) {
             u.isActive = v.toBool();
         }},
    };
    return table;
}
