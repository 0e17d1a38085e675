#include "templates/EmailTemplate.h"

#include "records/Language.h"
#include "templates/TemplateCatalogue.h"

#include <QCoreApplication>

namespace {
template <QString EmailTemplate::*member> RecordField<EmailTemplate> text(const char* name, const char* label)
{
    return {QString::fromLatin1(name), FieldKind::Text, label,
            [](const EmailTemplate& t) { return QVariant(t.*member); },
            [](EmailTemplate& t, const QVariant& v) {
                t.*member = v.toString();
            }};
}
} // namespace

const QList<RecordField<EmailTemplate>>& EmailTemplate::fields()
{
    static const QList<RecordField<EmailTemplate>> table = {
        {QStringLiteral("id"),
         FieldKind::Integer,
         QT_TRANSLATE_NOOP("RecordField", "ID"),
         [](const EmailTemplate& t) { return QVariant(t.id); },
         {}},
        text<&EmailTemplate::name>("name", QT_TRANSLATE_NOOP("RecordField", "Name")),
        {QStringLiteral("template_type"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Type"),
         [](const EmailTemplate& t) { return QVariant(t.templateType); },
         [](EmailTemplate& t, const QVariant& v) { t.templateType = v.toString(); },
         &TemplateCatalogue::typeCodes},
        {QStringLiteral("language"), FieldKind::Enum, QT_TRANSLATE_NOOP("RecordField", "Language"),
         [](const EmailTemplate& t) { return QVariant(t.language); },
         [](EmailTemplate& t, const QVariant& v) { t.language = v.toString(); }, &LanguageCodes::codes},
        text<&EmailTemplate::subject>("subject", QT_TRANSLATE_NOOP("RecordField", "Subject")),
        {QStringLiteral("is_active"), FieldKind::Boolean, QT_TRANSLATE_NOOP("RecordField", "Active"),
         [](const EmailTemplate& t) { return QVariant(t.isActive); },
         [](EmailTemplate& t, const QVariant& v) {
             t.isActive = v.toBool();
         }},
        {QStringLiteral("created_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Created"),
         [](const EmailTemplate& t) { return QVariant(t.createdAt); },
         {}},
        {QStringLiteral("updated_at"),
         FieldKind::Timestamp,
         QT_TRANSLATE_NOOP("RecordField", "Last changed"),
         [](const EmailTemplate& t) { return QVariant(t.updatedAt); },
         {}},
        text<&EmailTemplate::htmlBody>("html_body", QT_TRANSLATE_NOOP("RecordField", "HTML body")),
        text<&EmailTemplate::textBody>("text_body", QT_TRANSLATE_NOOP("RecordField", "Text body")),
    };
    return table;
}

QStringList EmailTemplate::listColumns()
{
    return {QStringLiteral("id"),        QStringLiteral("name"),    QStringLiteral("template_type"),
            QStringLiteral("language"),  QStringLiteral("subject"), QStringLiteral("is_active"),
            QStringLiteral("updated_at")};
}
