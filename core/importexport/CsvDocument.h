#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A parsed CSV file: its header row and data rows, each data row with the file line it starts on
// (1-based, the header being line 1 in a file without leading blank lines) so that every problem
// can be reported against the line a user sees in a text editor or spreadsheet.
struct CsvDocument
{
    struct Row
    {
        int line = 0;
        QStringList cells;
    };

    QStringList headers;
    QList<Row> rows;
    QChar separator = QLatin1Char(',');
    bool hadByteOrderMark = false;
};
