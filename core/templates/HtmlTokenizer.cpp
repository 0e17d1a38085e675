#include "templates/HtmlTokenizer.h"

#include <QHash>
#include <QSet>

QString HtmlToken::attribute(const QString& wanted) const
{
    for (const HtmlAttribute& a : attributes) {
        if (a.name == wanted)
            return a.value;
    }
    return {};
}

bool HtmlToken::hasAttribute(const QString& wanted) const
{
    return std::any_of(attributes.cbegin(), attributes.cend(),
                       [&](const HtmlAttribute& a) { return a.name == wanted; });
}

namespace {
bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isAsciiDigit(QChar c, bool hex)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return true;
    return hex && ((c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
                   (c >= QLatin1Char('A') && c <= QLatin1Char('F')));
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

// Elements whose content is raw text up to their end tag (a "<" inside is not markup).
bool isRawTextElement(const QString& name)
{
    static const QSet<QString> names = {QStringLiteral("script"),   QStringLiteral("style"),
                                        QStringLiteral("textarea"), QStringLiteral("title"),
                                        QStringLiteral("xmp"),      QStringLiteral("iframe"),
                                        QStringLiteral("noembed"),  QStringLiteral("noframes"),
                                        QStringLiteral("noscript"), QStringLiteral("plaintext")};
    return names.contains(name);
}

const QHash<QString, char16_t>& namedEntities()
{
    static const QHash<QString, char16_t> entities = {
        {QStringLiteral("amp"), u'&'},        {QStringLiteral("lt"), u'<'},
        {QStringLiteral("gt"), u'>'},         {QStringLiteral("quot"), u'"'},
        {QStringLiteral("apos"), u'\''},      {QStringLiteral("nbsp"), u'\u00a0'},
        {QStringLiteral("copy"), u'\u00a9'},  {QStringLiteral("reg"), u'\u00ae'},
        {QStringLiteral("trade"), u'\u2122'}, {QStringLiteral("hellip"), u'\u2026'},
        {QStringLiteral("mdash"), u'\u2014'}, {QStringLiteral("ndash"), u'\u2013'},
        {QStringLiteral("lsquo"), u'\u2018'}, {QStringLiteral("rsquo"), u'\u2019'},
        {QStringLiteral("ldquo"), u'\u201c'}, {QStringLiteral("rdquo"), u'\u201d'},
        {QStringLiteral("bull"), u'\u2022'},  {QStringLiteral("middot"), u'\u00b7'},
        {QStringLiteral("euro"), u'\u20ac'},  {QStringLiteral("pound"), u'\u00a3'},
        {QStringLiteral("yen"), u'\u00a5'},   {QStringLiteral("tab"), u'\t'},
        {QStringLiteral("newline"), u'\n'},   {QStringLiteral("colon"), u':'},
        {QStringLiteral("lpar"), u'('},       {QStringLiteral("rpar"), u')'},
    };
    return entities;
}
} // namespace

namespace HtmlTokenizer {

bool isVoidElement(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("area"),  QStringLiteral("base"), QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),   QStringLiteral("input"),
        QStringLiteral("link"),  QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"),  QStringLiteral("frame")};
    return names.contains(name);
}

QString decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j) == QLatin1Char('#')) {
            ++j;
            const bool hex =
                j < text.size() && (text.at(j) == QLatin1Char('x') || text.at(j) == QLatin1Char('X'));
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            while (j < text.size() && isAsciiDigit(text.at(j), hex))
                ++j;
            if (j == digitsStart) {
                out += c;
                ++i;
                continue;
            }
            bool ok = false;
            const uint code =
                text.mid(digitsStart, qMin<qsizetype>(j - digitsStart, 8)).toUInt(&ok, hex ? 16 : 10);
            // The semicolon is optional in HTML; browsers decode "&#106avascript" too.
            if (j < text.size() && text.at(j) == QLatin1Char(';'))
                ++j;
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t codePoint = code;
                out += QString::fromUcs4(&codePoint, 1);
            } else {
                out += QChar(0xFFFD);
            }
            i = j;
            continue;
        }
        while (j < text.size() && j - i <= 10 && (isAsciiLetter(text.at(j)) || text.at(j).isDigit()))
            ++j;
        const QString name = text.mid(i + 1, j - i - 1);
        auto found = namedEntities().constFind(name);
        if (found == namedEntities().constEnd() && name.size() <= 4)
            found = namedEntities().constFind(name.toLower()); // &AMP; &LT; &GT; &QUOT; are valid too
        if (!name.isEmpty() && found != namedEntities().constEnd()) {
            out += QChar(found.value());
            if (j < text.size() && text.at(j) == QLatin1Char(';'))
                ++j;
            i = j;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'\u00a0':
            out += QStringLiteral("&nbsp;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString escapeAttribute(const QString& text)
{
    QString out = escapeText(text);
    out.replace(QLatin1Char('"'), QStringLiteral("&quot;"));
    return out;
}

QList<HtmlToken> tokenize(const QString& html)
{
    QList<HtmlToken> tokens;
    QString pendingText;
    const auto flushText = [&] {
        if (!pendingText.isEmpty()) {
            HtmlToken token;
            token.type = HtmlToken::Type::Text;
            token.text = decodeEntities(pendingText);
            tokens.append(token);
            pendingText.clear();
        }
    };
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<') || i + 1 >= n) {
            pendingText += c;
            ++i;
            continue;
        }
        const QChar next = html.at(i + 1);
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            flushText();
            qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            HtmlToken token;
            token.type = HtmlToken::Type::Comment;
            token.text = html.mid(i + 4, end < 0 ? -1 : end - i - 4);
            tokens.append(token);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            flushText();
            qsizetype end = html.indexOf(QLatin1Char('>'), i + 2);
            HtmlToken token;
            token.type = HtmlToken::Type::Declaration;
            token.text = html.mid(i + 2, end < 0 ? -1 : end - i - 2);
            tokens.append(token);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool endTag = next == QLatin1Char('/');
        const qsizetype nameStart = i + (endTag ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(html.at(nameStart))) {
            if (endTag) {
                // "</>" or "</ 3" is a bogus comment in HTML: skip it rather than show it.
                flushText();
                qsizetype end = html.indexOf(QLatin1Char('>'), i + 2);
                i = end < 0 ? n : end + 1;
            } else {
                pendingText += c;
                ++i;
            }
            continue;
        }
        flushText();
        qsizetype j = nameStart;
        while (j < n && !isSpace(html.at(j)) && html.at(j) != QLatin1Char('/') &&
               html.at(j) != QLatin1Char('>'))
            ++j;
        HtmlToken token;
        token.type = endTag ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
        token.name = html.mid(nameStart, j - nameStart).toLower();
        bool closed = false;
        while (j < n) {
            while (j < n && (isSpace(html.at(j)) || html.at(j) == QLatin1Char('/'))) {
                if (html.at(j) == QLatin1Char('/') && j + 1 < n && html.at(j + 1) == QLatin1Char('>'))
                    token.selfClosing = true;
                ++j;
            }
            if (j >= n)
                break;
            if (html.at(j) == QLatin1Char('>')) {
                closed = true;
                ++j;
                break;
            }
            const qsizetype attrStart = j;
            // The first character may be "=" (HTML treats "<a =x>" as an attribute named "=x").
            ++j;
            while (j < n && !isSpace(html.at(j)) && html.at(j) != QLatin1Char('/') &&
                   html.at(j) != QLatin1Char('>') && html.at(j) != QLatin1Char('='))
                ++j;
            HtmlAttribute attribute;
            attribute.name = html.mid(attrStart, j - attrStart).toLower();
            qsizetype k = j;
            while (k < n && isSpace(html.at(k)))
                ++k;
            if (k < n && html.at(k) == QLatin1Char('=')) {
                ++k;
                while (k < n && isSpace(html.at(k)))
                    ++k;
                if (k < n && (html.at(k) == QLatin1Char('"') || html.at(k) == QLatin1Char('\''))) {
                    const QChar quote = html.at(k);
                    const qsizetype valueEnd = html.indexOf(quote, k + 1);
                    attribute.value = decodeEntities(html.mid(k + 1, valueEnd < 0 ? -1 : valueEnd - k - 1));
                    j = valueEnd < 0 ? n : valueEnd + 1;
                } else {
                    qsizetype valueEnd = k;
                    while (valueEnd < n && !isSpace(html.at(valueEnd)) &&
                           html.at(valueEnd) != QLatin1Char('>'))
                        ++valueEnd;
                    attribute.value = decodeEntities(html.mid(k, valueEnd - k));
                    j = valueEnd;
                }
            }
            if (!token.hasAttribute(attribute.name))
                token.attributes.append(attribute);
        }
        if (!closed)
            break; // an unterminated tag at the end of the input is dropped, never shown as text
        tokens.append(token);
        i = j;
        if (!endTag && isRawTextElement(token.name)) {
            const QString closing = QStringLiteral("</") + token.name;
            qsizetype end = i;
            while (true) {
                end = html.indexOf(closing, end, Qt::CaseInsensitive);
                if (end < 0)
                    break;
                const qsizetype after = end + closing.size();
                if (after >= n || isSpace(html.at(after)) || html.at(after) == QLatin1Char('>') ||
                    html.at(after) == QLatin1Char('/'))
                    break;
                end = after;
            }
            HtmlToken raw;
            raw.type = HtmlToken::Type::Text;
            raw.text = html.mid(i, end < 0 ? -1 : end - i);
            if (!raw.text.isEmpty())
                tokens.append(raw);
            if (end < 0) {
                i = n;
            } else {
                HtmlToken close;
                close.type = HtmlToken::Type::EndTag;
                close.name = token.name;
                tokens.append(close);
                const qsizetype gt = html.indexOf(QLatin1Char('>'), end);
                i = gt < 0 ? n : gt + 1;
            }
        }
    }
    flushText();
    return tokens;
}

} // namespace HtmlTokenizer
