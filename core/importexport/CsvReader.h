#pragma once

#include "common/Result.h"
#include "importexport/CsvDocument.h"

#include <QByteArray>
#include <QCoreApplication>

// Reads the CSV that spreadsheets write: UTF-8 with or without a byte order mark, comma or
// semicolon separated (detected from the header line: Excel in many locales writes ';'), fields
// quoted with '"' that may contain separators, doubled quotes and line breaks. Blank lines are
// skipped; short rows are padded with empty cells.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Result<CsvDocument> parse(const QByteArray& bytes);
    static Result<CsvDocument> readFile(const QString& path);
    // The separator a header line uses: the one of ',', ';' and tab seen most often outside quotes.
    static QChar detectSeparator(const QString& text);
};
