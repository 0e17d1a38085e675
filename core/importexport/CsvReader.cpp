#include "importexport/CsvReader.h"

#include <QFile>
#include <QStringDecoder>
#include <algorithm>

QChar CsvReader::detectSeparator(const QString& text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Result<CsvDocument> CsvReader::parse(const QByteArray& bytes)
{
    CsvDocument document;
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF")) {
        document.hadByteOrderMark = true;
        data = data.sliced(3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error::invalid(
            QStringLiteral("file"),
            tr("The file is not UTF-8 text; save it from your spreadsheet as \"CSV UTF-8\"."));

    // Skip leading blank lines before detecting the separator.
    int start = 0;
    int line = 1;
    while (start < text.size() &&
           (text.at(start) == QLatin1Char('\n') || text.at(start) == QLatin1Char('\r'))) {
        if (text.at(start) == QLatin1Char('\n'))
            ++line;
        ++start;
    }
    const QChar separator = detectSeparator(text.mid(start));
    document.separator = separator;

    QList<CsvDocument::Row> records;
    CsvDocument::Row current{line, {}};
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldQuoted = false; // the current field started with a quote
    bool rowHasContent = false;
    int quoteStartLine = line;

    const auto endField = [&] {
        current.cells << (fieldQuoted ? field : field.trimmed());
        field.clear();
        fieldQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        // A row of empty cells (",,,") is a blank line a spreadsheet wrote; skip it too.
        const bool blank = std::all_of(current.cells.cbegin(), current.cells.cend(),
                                       [](const QString& cell) { return cell.isEmpty(); });
        if (rowHasContent && !blank)
            records << current;
        current = CsvDocument::Row{line, {}};
        rowHasContent = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = start; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // A CRLF inside a quoted cell is one line break.
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    continue;
                field += c == QLatin1Char('\r') ? QLatin1Char('\n') : c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !fieldQuoted) {
            quoted = true;
            fieldQuoted = true;
            rowHasContent = true;
            quoteStartLine = line;
            field.clear();
        } else if (c == separator) {
            rowHasContent = true;
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else {
            if (fieldQuoted) {
                // Text after a closing quote ("abc"def): keep it rather than guess, as spreadsheets do.
                if (!c.isSpace())
                    field += c;
            } else {
                field += c;
                if (!c.isSpace())
                    rowHasContent = true;
            }
        }
    }
    if (quoted)
        return Error::invalid(
            QStringLiteral("file"),
            tr("Line %1: a quoted field is never closed (a \" is missing).").arg(quoteStartLine));
    if (rowHasContent || !field.isEmpty() || !current.cells.isEmpty())
        endRow();

    if (records.isEmpty())
        return Error::invalid(QStringLiteral("file"), tr("The file is empty; it needs a header line."));
    document.headers = records.takeFirst().cells;
    const qsizetype width = document.headers.size();
    for (CsvDocument::Row& row : records) {
        while (row.cells.size() < width)
            row.cells << QString();
    }
    document.rows = records;
    return document;
}

Result<CsvDocument> CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}
