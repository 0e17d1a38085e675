#pragma once

#include "common/Result.h"
#include "records/FieldValues.h"
#include "records/RecordField.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QVariantMap>

// Generic operations over a record type's field table (see RecordField).
namespace RecordFields {

template <typename R> const RecordField<R>* find(const QList<RecordField<R>>& fields, const QString& rawName)
{
    const QString name = FieldValues::normaliseName(rawName);
    for (const RecordField<R>& field : fields) {
        if (field.name == name)
            return &field;
        // A reference may be given as "company" for "company_id".
        if (field.kind == FieldKind::Reference && field.name == name + QStringLiteral("_id"))
            return &field;
    }
    return nullptr;
}

// Applies "field → text" pairs to a record; the first unknown, read-only or unparsable field is
// reported by name.
template <typename R>
Status apply(const QList<RecordField<R>>& fields, R& record, const QMap<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const RecordField<R>* field = find(fields, it.key());
        const QString name = FieldValues::normaliseName(it.key());
        if (!field)
            return Error::invalid(
                name,
                QCoreApplication::translate("RecordFields", "There is no field called \"%1\".").arg(name));
        if (!field->set)
            return Error::invalid(name,
                                  QCoreApplication::translate("RecordFields", "%1 cannot be set.").arg(name));
        auto parsed = FieldValues::parse(field->name, field->kind, it.value(),
                                         field->enumCodes ? field->enumCodes() : QStringList());
        if (!parsed)
            return parsed.error();
        field->set(record, parsed.value());
    }
    return Status::success();
}

template <typename R> QVariantMap toMap(const QList<RecordField<R>>& fields, const R& record)
{
    QVariantMap map;
    for (const RecordField<R>& field : fields)
        map.insert(field.name, field.get(record));
    return map;
}

// The editable fields as machine text, for the audit trail.
template <typename R> QVariantMap toAuditMap(const QList<RecordField<R>>& fields, const R& record)
{
    QVariantMap map;
    for (const RecordField<R>& field : fields) {
        if (field.set)
            map.insert(field.name, FieldValues::toText(field.kind, field.get(record)));
    }
    return map;
}

template <typename R> QJsonObject toJson(const QList<RecordField<R>>& fields, const R& record)
{
    QJsonObject object;
    for (const RecordField<R>& field : fields)
        object.insert(field.name, FieldValues::toJson(field.kind, field.get(record)));
    return object;
}

template <typename R> QStringList toTextRow(const QList<RecordField<R>>& fields, const R& record)
{
    QStringList row;
    for (const RecordField<R>& field : fields)
        row << FieldValues::toText(field.kind, field.get(record));
    return row;
}

template <typename R> QStringList names(const QList<RecordField<R>>& fields)
{
    QStringList result;
    for (const RecordField<R>& field : fields)
        result << field.name;
    return result;
}

} // namespace RecordFields
