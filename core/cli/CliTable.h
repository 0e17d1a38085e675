#pragma once

#include "records/RecordField.h"
#include "records/RecordFields.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

enum class OutputFormat
{
    Table,
    Csv,
    Json
};

// Rows to print in one of the three output formats. Each cell carries its machine text (table,
// CSV) and its typed JSON value, so a boolean is `true` in JSON and "true" in CSV.
class CliTable
{
public:
    struct Cell
    {
        QString text;
        QJsonValue json;
    };

    explicit CliTable(QStringList columns);

    void addRow(const QList<Cell>& cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    void print(QTextStream& out, OutputFormat format) const;

    static Cell cell(FieldKind kind, const QVariant& value);
    static Cell text(const QString& value) { return {value, value}; }
    static Cell number(qint64 value) { return {QString::number(value), QJsonValue(value)}; }

    template <typename R>
    static CliTable fromRecords(const QList<RecordField<R>>& fields, const QList<R>& records)
    {
        CliTable table(RecordFields::names(fields));
        for (const R& record : records) {
            QList<Cell> cells;
            for (const RecordField<R>& field : fields)
                cells << cell(field.kind, field.get(record));
            table.addRow(cells);
        }
        return table;
    }

    static QString csvEscape(const QString& value);

private:
    QStringList m_columns;
    QList<QList<Cell>> m_rows;
};
