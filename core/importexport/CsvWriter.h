#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// Writes RFC 4180 CSV (comma separated, CRLF line ends, quotes only where needed). With a byte
// order mark Excel opens the UTF-8 correctly (Thai text included); without one, other tools that
// do not expect a BOM read the first header cleanly.
class CsvWriter
{
public:
    explicit CsvWriter(bool byteOrderMark = false, QChar separator = QLatin1Char(','));

    void addRow(const QStringList& cells);
    QByteArray data() const { return m_data; }

    QString escape(const QString& cell) const;

private:
    QChar m_separator;
    QByteArray m_data;
};
