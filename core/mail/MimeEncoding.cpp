#include "mail/MimeEncoding.h"

#include <QTextBoundaryFinder>
#include <QUrl>

namespace MimeEncoding {
namespace {
const QByteArray kPrefixB = QByteArrayLiteral("=?UTF-8?B?");
const QByteArray kPrefixQ = QByteArrayLiteral("=?UTF-8?Q?");
const QByteArray kSuffix = QByteArrayLiteral("?=");
constexpr int kWordOverhead = 12; // "=?UTF-8?B?" + "?="
const char kHex[] = "0123456789ABCDEF";

// RFC 2047 §5(3): the characters that may appear unencoded in a Q word anywhere, phrases included.
bool isQSafe(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' ||
           c == '*' || c == '+' || c == '-' || c == '/';
}

int qLength(const QByteArray& bytes)
{
    int length = 0;
    for (char c : bytes)
        length += (isQSafe(c) || c == ' ') ? 1 : 3;
    return length;
}

int encodedLength(const QByteArray& bytes, bool base64)
{
    return kWordOverhead + (base64 ? int((bytes.size() + 2) / 3) * 4 : qLength(bytes));
}

QByteArray makeWord(const QByteArray& bytes, bool base64)
{
    if (base64)
        return kPrefixB + bytes.toBase64() + kSuffix;
    QByteArray word = kPrefixQ;
    for (char c : bytes) {
        if (c == ' ') {
            word += '_';
        } else if (isQSafe(c)) {
            word += c;
        } else {
            const auto u = static_cast<unsigned char>(c);
            word += '=';
            word += kHex[u >> 4];
            word += kHex[u & 0xF];
        }
    }
    return word + kSuffix;
}

// The text cut into the pieces a word boundary may fall between: grapheme clusters.
QList<QString> graphemes(const QString& text)
{
    QList<QString> pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        if (end > start)
            pieces << text.mid(start, end - start);
        start = end;
    }
    if (start < text.size())
        pieces << text.mid(start);
    return pieces;
}

// Code points of a cluster too long for one word (only absurd combining sequences get here).
QList<QByteArray> codePoints(const QString& cluster)
{
    QList<QByteArray> points;
    for (qsizetype i = 0; i < cluster.size(); ++i) {
        qsizetype length = (cluster.at(i).isHighSurrogate() && i + 1 < cluster.size()) ? 2 : 1;
        points << cluster.mid(i, length).toUtf8();
        i += length - 1;
    }
    return points;
}

QList<QByteArray> buildWords(const QList<QString>& pieces, int firstLimit, bool base64)
{
    QList<QByteArray> words;
    QByteArray chunk;
    const auto limit = [&] {
        return words.isEmpty() ? firstLimit : kMaxEncodedWord;
    };
    const auto add = [&](const QByteArray& unit) {
        if (!chunk.isEmpty() && encodedLength(chunk + unit, base64) > limit()) {
            words << makeWord(chunk, base64);
            chunk.clear();
        }
        chunk += unit;
    };
    for (const QString& piece : pieces) {
        const QByteArray utf8 = piece.toUtf8();
        if (encodedLength(utf8, base64) <= kMaxEncodedWord) {
            add(utf8);
        } else {
            const QList<QByteArray> points = codePoints(piece);
            for (const QByteArray& point : points)
                add(point);
        }
    }
    if (!chunk.isEmpty())
        words << makeWord(chunk, base64);
    return words;
}

int totalLength(const QList<QByteArray>& words)
{
    int total = 0;
    for (const QByteArray& word : words)
        total += int(word.size()) + 3;
    return total;
}

// Joins tokens with single spaces, starting a continuation line (CRLF SP) before a token that
// would take the line past `limit`.
QByteArray fold(const QByteArray& start, const QList<QByteArray>& tokens, int limit)
{
    QByteArray out = start;
    qsizetype lineLength = start.size();
    bool first = true;
    for (const QByteArray& token : tokens) {
        if (first) {
            out += token;
            lineLength += token.size();
            first = false;
            continue;
        }
        if (lineLength + 1 + token.size() > limit) {
            out += "\r\n ";
            lineLength = 1;
        } else {
            out += ' ';
            lineLength += 1;
        }
        out += token;
        lineLength += token.size();
    }
    return out + "\r\n";
}

bool isAtext(QChar c)
{
    static const QString specials = QStringLiteral("!#$%&'*+-/=?^_`{|}~");
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || specials.contains(c);
}

QByteArray quoted(const QString& text)
{
    QByteArray out = "\"";
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\';
        out += char(c.unicode());
    }
    return out + '"';
}
} // namespace

bool isPlainAscii(const QString& text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t') || u > 0x7E)
            return false;
    }
    return true;
}

QList<QByteArray> encodedWords(const QString& text, int firstLimit)
{
    firstLimit = std::min(firstLimit, kMaxEncodedWord);
    const QList<QString> pieces = graphemes(text);
    const QList<QByteArray> b = buildWords(pieces, firstLimit, true);
    const QList<QByteArray> q = buildWords(pieces, firstLimit, false);
    return totalLength(q) < totalLength(b) ? q : b;
}

QByteArray unstructuredField(const QByteArray& name, const QString& value)
{
    const QByteArray start = name + ": ";
    QString clean = value;
    clean.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    // "=?" in plain text would be read as the start of an encoded word: encode such values.
    if (isPlainAscii(clean) && !clean.contains(QLatin1String("=?"))) {
        QList<QByteArray> tokens;
        const QList<QByteArray> parts = clean.toLatin1().split(' ');
        for (const QByteArray& part : parts)
            tokens << part;
        return fold(start, tokens, 78);
    }
    // An encoded word may not share the first line if the field name leaves it too little room.
    int firstLimit = kMaxHeaderLine - int(start.size());
    if (firstLimit < kWordOverhead + 8)
        return name + ":\r\n " + fold(QByteArray(), encodedWords(clean), kMaxHeaderLine - 1);
    const QList<QByteArray> words = encodedWords(clean, firstLimit);
    return fold(start, words, kMaxHeaderLine);
}

QByteArray listField(const QByteArray& name, const QList<QByteArray>& items)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < items.size(); ++i)
        tokens << (i + 1 < items.size() ? items.at(i) + ',' : items.at(i));
    return fold(name + ": ", tokens, 78);
}

QByteArray encodeAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address.toUtf8();
    const QString domain = address.mid(at + 1);
    QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty())
        ace = domain.toUtf8();
    return address.left(at).toUtf8() + '@' + ace;
}

QByteArray addressField(const QByteArray& name, const QList<MailAddress>& addresses)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const MailAddress& address = addresses.at(i);
        const QString display = address.name.simplified();
        QByteArray angle = '<' + encodeAddress(address.address) + '>';
        if (i + 1 < addresses.size())
            angle += ',';
        if (display.isEmpty()) {
            tokens << angle;
            continue;
        }
        if (isPlainAscii(display) && !display.contains(QLatin1String("=?"))) {
            bool atoms = true;
            for (QChar c : display) {
                if (!isAtext(c) && c != QLatin1Char(' '))
                    atoms = false;
            }
            if (atoms) {
                const QList<QByteArray> parts = display.toLatin1().split(' ');
                for (const QByteArray& part : parts)
                    tokens << part;
            } else {
                tokens << quoted(display);
            }
        } else {
            // The first word shares a line with the field name (and earlier addresses, which
            // fold() will move to a fresh line when needed).
            const int firstLimit = tokens.isEmpty() ? kMaxHeaderLine - int(name.size()) - 2 : kMaxEncodedWord;
            tokens << encodedWords(display, std::max(firstLimit, kWordOverhead + 8));
        }
        tokens << angle;
    }
    return fold(name + ": ", tokens, kMaxHeaderLine);
}

QByteArray quotedPrintable(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size() + data.size() / 8);
    QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        QByteArray current;
        for (qsizetype j = 0; j < line.size(); ++j) {
            const auto c = static_cast<unsigned char>(line.at(j));
            const bool last = j + 1 == line.size();
            char token[3];
            int tokenLength = 1;
            token[0] = char(c);
            const bool literal =
                ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) &&
                // A leading dot or "From " survives naive relays and mbox files.
                !(current.isEmpty() && j == 0 && (c == '.' || (c == 'F' && line.startsWith("From "))));
            if (!literal) {
                token[0] = '=';
                token[1] = kHex[c >> 4];
                token[2] = kHex[c & 0xF];
                tokenLength = 3;
            }
            if (current.size() + tokenLength > 75) {
                out += current;
                out += "=\r\n";
                current.clear();
            }
            current.append(token, tokenLength);
        }
        out += current;
        if (i + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 38 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        if (i > 0)
            out += "\r\n";
        out += encoded.mid(i, 76);
    }
    return out;
}

bool prefersQuotedPrintable(const QByteArray& data)
{
    qsizetype escaped = 0;
    for (char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if (u > 126 || u == '=' || (u < 32 && u != '\n' && u != '\r' && u != '\t'))
            ++escaped;
    }
    // QP costs 3 characters per escaped byte, base64 4 per 3 bytes.
    return (data.size() + 2 * escaped) * 3 <= data.size() * 4;
}

QByteArray formatDate(const QDateTime& time)
{
    static const char* const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = time.date();
    const QTime clock = time.time();
    const int offset = time.offsetFromUtc() / 60;
    const int absolute = std::abs(offset);
    return QStringLiteral("%1, %2 %3 %4 %5:%6:%7 %8%9%10")
        .arg(QLatin1String(days[date.dayOfWeek() - 1]))
        .arg(date.day())
        .arg(QLatin1String(months[date.month() - 1]))
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(clock.hour(), 2, 10, QLatin1Char('0'))
        .arg(clock.minute(), 2, 10, QLatin1Char('0'))
        .arg(clock.second(), 2, 10, QLatin1Char('0'))
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(absolute / 60, 2, 10, QLatin1Char('0'))
        .arg(absolute % 60, 2, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray parameter(const QByteArray& name, const QString& value)
{
    if (isPlainAscii(value)) {
        QByteArray out = name + "=\"";
        for (QChar c : value) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += '\\';
            out += char(c.unicode());
        }
        return out + '"';
    }
    return name + "*=UTF-8''" + value.toUtf8().toPercentEncoding();
}
} // namespace MimeEncoding
