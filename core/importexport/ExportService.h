#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "importexport/CsvWriter.h"
#include "importexport/DataType.h"
#include "records/ListQuery.h"
#include "records/RecordFields.h"

#include <QByteArray>
#include <QCoreApplication>

// CSV export of a record list with the same filter, order and columns the list view shows.
// Headers are the field names (so an exported file imports again unchanged) and cells the
// machine text of each field (true/false, YYYY-MM-DD, 12500.00).
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    explicit ExportService(ServiceContext context);

    // `columns` are field names in the order wanted; empty means every field.
    Result<QByteArray> exportCsv(DataType type, const ListQuery& query = {}, const QStringList& columns = {},
                                 bool byteOrderMark = false) const;

    template <typename R>
    static Result<QByteArray> toCsv(const QList<RecordField<R>>& fields, const QList<R>& records,
                                    const QStringList& columns, bool byteOrderMark)
    {
        QList<const RecordField<R>*> chosen;
        const QStringList names = columns.isEmpty() ? RecordFields::names(fields) : columns;
        for (const QString& name : names) {
            const RecordField<R>* field = RecordFields::find(fields, name);
            if (!field)
                return Error::invalid(QStringLiteral("columns"),
                                      tr("There is no column called \"%1\".").arg(name));
            chosen << field;
        }
        CsvWriter writer(byteOrderMark);
        QStringList header;
        for (const RecordField<R>* field : std::as_const(chosen))
            header << field->name;
        writer.addRow(header);
        for (const R& record : records) {
            QStringList row;
            for (const RecordField<R>* field : std::as_const(chosen))
                row << FieldValues::toText(field->kind, field->get(record));
            writer.addRow(row);
        }
        return writer.data();
    }

private:
    ServiceContext m_context;
};
