#include "cli/CliTable.h"

#include "records/FieldValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

CliTable::CliTable(QStringList columns) : m_columns(std::move(columns)) {}

void CliTable::addRow(const QList<Cell>& cells)
{
    m_rows.append(cells);
}

CliTable::Cell CliTable::cell(FieldKind kind, const QVariant& value)
{
    return {FieldValues::toText(kind, value), FieldValues::toJson(kind, value)};
}

QString CliTable::csvEscape(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')) &&
        !value.contains(QLatin1Char(';')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CliTable::print(QTextStream& out, OutputFormat format) const
{
    switch (format) {
    case OutputFormat::Json: {
        QJsonArray array;
        for (const auto& row : m_rows) {
            QJsonObject object;
            for (int i = 0; i < m_columns.size() && i < row.size(); ++i)
                object.insert(m_columns.at(i), row.at(i).json);
            array.append(object);
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    case OutputFormat::Csv: {
        QStringList header;
        for (const QString& column : m_columns)
            header << csvEscape(column);
        out << header.join(QLatin1Char(',')) << '\n';
        for (const auto& row : m_rows) {
            QStringList cells;
            for (const Cell& cell : row)
                cells << csvEscape(cell.text);
            out << cells.join(QLatin1Char(',')) << '\n';
        }
        break;
    }
    case OutputFormat::Table: {
        // Aligned columns; multi-line values are flattened so each record stays on one line.
        QList<qsizetype> widths;
        for (const QString& column : m_columns)
            widths << column.size();
        QList<QStringList> lines;
        for (const auto& row : m_rows) {
            QStringList cells;
            for (int i = 0; i < row.size(); ++i) {
                QString text = row.at(i).text;
                text.replace(QLatin1Char('\n'), QLatin1Char(' '));
                text.replace(QLatin1Char('\r'), QLatin1Char(' '));
                if (text.size() > 60)
                    text = text.left(57) + QStringLiteral("...");
                if (i < widths.size())
                    widths[i] = std::max(widths[i], text.size());
                cells << text;
            }
            lines << cells;
        }
        const auto printLine = [&](const QStringList& cells) {
            QString line;
            for (int i = 0; i < cells.size(); ++i) {
                if (i > 0)
                    line += QStringLiteral("  ");
                line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i)) : cells.at(i);
            }
            out << line << '\n';
        };
        printLine(m_columns);
        for (const QStringList& cells : std::as_const(lines))
            printLine(cells);
        break;
    }
    }
    out.flush();
}
