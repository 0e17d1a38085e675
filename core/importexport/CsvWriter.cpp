#include "importexport/CsvWriter.h"

CsvWriter::CsvWriter(bool byteOrderMark, QChar separator) : m_separator(separator)
{
    if (byteOrderMark)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::escape(const QString& cell) const
{
    const bool needsQuotes = cell.contains(m_separator) || cell.contains(QLatin1Char('"')) ||
                             cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) ||
                             (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!needsQuotes)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& cells)
{
    QStringList escaped;
    escaped.reserve(cells.size());
    for (const QString& cell : cells)
        escaped << escape(cell);
    m_data += escaped.join(m_separator).toUtf8();
    m_data += "\r\n";
}
