#include "templates/HtmlSanitizer.h"

#include "templates/HtmlTokenizer.h"
#include "templates/TemplateSyntax.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

// Attributes every allowed element may keep, in addition to its own.
const QSet<QString>& globalAttributes()
{
    static const QSet<QString> names = {QStringLiteral("style"), QStringLiteral("title"),
                                        QStringLiteral("align"), QStringLiteral("dir"),
                                        QStringLiteral("lang")};
    return names;
}

// Allowed elements and their own attributes.
const QHash<QString, QSet<QString>>& allowedElements()
{
    static const QSet<QString> none;
    static const QSet<QString> cell = {QStringLiteral("colspan"), QStringLiteral("rowspan"),
                                       QStringLiteral("width"),   QStringLiteral("height"),
                                       QStringLiteral("valign"),  QStringLiteral("bgcolor")};
    static const QHash<QString, QSet<QString>> elements = {
        {QStringLiteral("p"), none},
        {QStringLiteral("div"), none},
        {QStringLiteral("span"), none},
        {QStringLiteral("br"), none},
        {QStringLiteral("hr"), {QStringLiteral("width"), QStringLiteral("size")}},
        {QStringLiteral("b"), none},
        {QStringLiteral("strong"), none},
        {QStringLiteral("i"), none},
        {QStringLiteral("em"), none},
        {QStringLiteral("u"), none},
        {QStringLiteral("s"), none},
        {QStringLiteral("strike"), none},
        {QStringLiteral("del"), none},
        {QStringLiteral("ins"), none},
        {QStringLiteral("sub"), none},
        {QStringLiteral("sup"), none},
        {QStringLiteral("small"), none},
        {QStringLiteral("big"), none},
        {QStringLiteral("code"), none},
        {QStringLiteral("pre"), none},
        {QStringLiteral("blockquote"), none},
        {QStringLiteral("h1"), none},
        {QStringLiteral("h2"), none},
        {QStringLiteral("h3"), none},
        {QStringLiteral("h4"), none},
        {QStringLiteral("h5"), none},
        {QStringLiteral("h6"), none},
        {QStringLiteral("ul"), {QStringLiteral("type")}},
        {QStringLiteral("ol"), {QStringLiteral("type"), QStringLiteral("start")}},
        {QStringLiteral("li"), {QStringLiteral("value")}},
        {QStringLiteral("a"), {QStringLiteral("href")}},
        {QStringLiteral("img"),
         {QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("width"), QStringLiteral("height"),
          QStringLiteral("border")}},
        {QStringLiteral("table"),
         {QStringLiteral("border"), QStringLiteral("cellpadding"), QStringLiteral("cellspacing"),
          QStringLiteral("width"), QStringLiteral("bgcolor")}},
        {QStringLiteral("thead"), none},
        {QStringLiteral("tbody"), none},
        {QStringLiteral("tfoot"), none},
        {QStringLiteral("tr"), {QStringLiteral("valign"), QStringLiteral("bgcolor")}},
        {QStringLiteral("td"), cell},
        {QStringLiteral("th"), cell},
        {QStringLiteral("caption"), none},
    };
    return elements;
}

// Removed together with everything inside them.
const QSet<QString>& droppedWithContent()
{
    static const QSet<QString> names = {
        QStringLiteral("script"),   QStringLiteral("style"),     QStringLiteral("iframe"),
        QStringLiteral("object"),   QStringLiteral("embed"),     QStringLiteral("applet"),
        QStringLiteral("frame"),    QStringLiteral("frameset"),  QStringLiteral("noframes"),
        QStringLiteral("noembed"),  QStringLiteral("noscript"),  QStringLiteral("template"),
        QStringLiteral("textarea"), QStringLiteral("select"),    QStringLiteral("button"),
        QStringLiteral("input"),    QStringLiteral("option"),    QStringLiteral("datalist"),
        QStringLiteral("title"),    QStringLiteral("meta"),      QStringLiteral("link"),
        QStringLiteral("base"),     QStringLiteral("svg"),       QStringLiteral("math"),
        QStringLiteral("audio"),    QStringLiteral("video"),     QStringLiteral("canvas"),
        QStringLiteral("param"),    QStringLiteral("source"),    QStringLiteral("track"),
        QStringLiteral("xmp"),      QStringLiteral("plaintext"), QStringLiteral("portal"),
        QStringLiteral("dialog"),
    };
    return names;
}

const QSet<QString>& allowedStyleProperties()
{
    static const QSet<QString> names = {
        QStringLiteral("color"),           QStringLiteral("background-color"),
        QStringLiteral("font-weight"),     QStringLiteral("font-style"),
        QStringLiteral("font-size"),       QStringLiteral("font-family"),
        QStringLiteral("text-decoration"), QStringLiteral("text-align"),
        QStringLiteral("vertical-align"),  QStringLiteral("line-height"),
        QStringLiteral("letter-spacing"),  QStringLiteral("text-indent"),
        QStringLiteral("text-transform"),  QStringLiteral("margin"),
        QStringLiteral("margin-top"),      QStringLiteral("margin-right"),
        QStringLiteral("margin-bottom"),   QStringLiteral("margin-left"),
        QStringLiteral("padding"),         QStringLiteral("padding-top"),
        QStringLiteral("padding-right"),   QStringLiteral("padding-bottom"),
        QStringLiteral("padding-left"),    QStringLiteral("border"),
        QStringLiteral("border-top"),      QStringLiteral("border-right"),
        QStringLiteral("border-bottom"),   QStringLiteral("border-left"),
        QStringLiteral("border-width"),    QStringLiteral("border-style"),
        QStringLiteral("border-color"),    QStringLiteral("border-collapse"),
        QStringLiteral("border-spacing"),  QStringLiteral("width"),
        QStringLiteral("height"),          QStringLiteral("max-width"),
        QStringLiteral("list-style-type"), QStringLiteral("white-space"),
    };
    return names;
}

// Characters browsers ignore inside a URL scheme; removed before the scheme is checked.
QString compactUrl(const QString& url)
{
    QString out;
    for (const QChar c : url) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7f)
            out += c;
    }
    return out;
}

bool isSafeImageSource(const QString& url)
{
    const QString compact = compactUrl(url).toLower();
    static const QRegularExpression inlineRaster(
        QStringLiteral("^data:image/(png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=]+$"));
    return compact.startsWith(QLatin1String("https://")) || compact.startsWith(QLatin1String("http://")) ||
           compact.startsWith(QLatin1String("cid:")) || inlineRaster.match(compact).hasMatch();
}

// Attribute values that are not URLs or styles: lengths, colours, numbers, alignment words, text.
bool isPlainAttributeValue(const QString& name, const QString& value)
{
    if (name == QLatin1String("title") || name == QLatin1String("alt"))
        return true;
    static const QRegularExpression simple(QStringLiteral("^[#a-zA-Z0-9%.,\\- ]{0,64}$"));
    return simple.match(value).hasMatch();
}

class Sanitizer
{
public:
    QString run(const QString& html)
    {
        const QList<HtmlToken> tokens = HtmlTokenizer::tokenize(html);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const HtmlToken& token = tokens.at(i);
            switch (token.type) {
            case HtmlToken::Type::Comment:
            case HtmlToken::Type::Declaration:
                break; // comments, doctype and processing instructions never survive
            case HtmlToken::Type::Text:
                m_out += HtmlTokenizer::escapeText(token.text);
                break;
            case HtmlToken::Type::StartTag:
                if (droppedWithContent().contains(token.name)) {
                    if (!token.selfClosing && !HtmlTokenizer::isVoidElement(token.name))
                        i = skipElement(tokens, i);
                    break;
                }
                startTag(token);
                break;
            case HtmlToken::Type::EndTag:
                endTag(token.name);
                break;
            }
        }
        while (!m_open.isEmpty())
            m_out += QStringLiteral("</") + m_open.takeLast() + QLatin1Char('>');
        return m_out.trimmed();
    }

private:
    // Index of the end tag closing the element that starts at `start` (or the last token).
    static qsizetype skipElement(const QList<HtmlToken>& tokens, qsizetype start)
    {
        const QString name = tokens.at(start).name;
        int depth = 1;
        for (qsizetype i = start + 1; i < tokens.size(); ++i) {
            const HtmlToken& token = tokens.at(i);
            if (token.name != name)
                continue;
            if (token.type == HtmlToken::Type::StartTag && !token.selfClosing)
                ++depth;
            else if (token.type == HtmlToken::Type::EndTag && --depth == 0)
                return i;
        }
        return tokens.size() - 1;
    }

    void startTag(const HtmlToken& token)
    {
        const auto element = allowedElements().constFind(token.name);
        if (element == allowedElements().constEnd())
            return; // unwrapped: html, body, head, font, center, form, custom elements…
        QString attributes;
        for (const HtmlAttribute& attribute : token.attributes) {
            const bool allowed =
                globalAttributes().contains(attribute.name) || element->contains(attribute.name);
            if (!allowed)
                continue; // event handlers, class, id, target, data-* …
            QString value = attribute.value;
            if (attribute.name == QLatin1String("style")) {
                value = HtmlSanitizer::cleanStyle(value);
                if (value.isEmpty())
                    continue;
            } else if (attribute.name == QLatin1String("href")) {
                if (!HtmlSanitizer::isSafeLink(value))
                    continue;
                value = value.trimmed();
            } else if (attribute.name == QLatin1String("src")) {
                if (!isSafeImageSource(value))
                    continue;
                value = value.trimmed();
            } else if (!isPlainAttributeValue(attribute.name, value)) {
                continue;
            }
            attributes += QLatin1Char(' ') + attribute.name + QStringLiteral("=\"") +
                          HtmlTokenizer::escapeAttribute(value) + QLatin1Char('"');
        }
        // A link without a safe target is just its text; an image without a safe source is nothing.
        if (token.name == QLatin1String("a") && !token.attributes.isEmpty() &&
            !attributes.contains(QLatin1String(" href=")))
            return;
        if (token.name == QLatin1String("img") && !attributes.contains(QLatin1String(" src=")))
            return;
        m_out += QLatin1Char('<') + token.name + attributes + QLatin1Char('>');
        if (!HtmlTokenizer::isVoidElement(token.name))
            m_open.append(token.name);
    }

    void endTag(const QString& name)
    {
        const qsizetype index = m_open.lastIndexOf(name);
        if (index < 0)
            return; // closing something never opened (or dropped): ignore
        while (m_open.size() > index)
            m_out += QStringLiteral("</") + m_open.takeLast() + QLatin1Char('>');
    }

    QString m_out;
    QStringList m_open;
};

} // namespace

namespace HtmlSanitizer {

bool isSafeLink(const QString& url)
{
    const QString trimmed = url.trimmed();
    static const QRegularExpression placeholder(
        QStringLiteral("^\\{\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\}\\}$"));
    if (placeholder.match(trimmed).hasMatch())
        return true;
    const QString compact = compactUrl(trimmed).toLower();
    return compact.startsWith(QLatin1String("https://")) || compact.startsWith(QLatin1String("http://")) ||
           compact.startsWith(QLatin1String("mailto:"));
}

QString cleanStyle(const QString& style)
{
    // Comments and escapes are how filters are usually evaded ("ex/**/pression", "\75rl(").
    static const QRegularExpression comment(QStringLiteral("/\\*.*?\\*/"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString source = style;
    source.remove(comment);
    QStringList kept;
    const QStringList declarations = source.split(QLatin1Char(';'));
    for (const QString& declaration : declarations) {
        const qsizetype colon = declaration.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed();
        if (!allowedStyleProperties().contains(property) || value.isEmpty())
            continue;
        const QString lowered = compactUrl(value).toLower();
        static const QStringList forbidden = {
            QStringLiteral("url("),      QStringLiteral("expression"), QStringLiteral("javascript:"),
            QStringLiteral("@import"),   QStringLiteral("behavior"),   QStringLiteral("binding"),
            QStringLiteral("\\"),        QStringLiteral("<"),          QStringLiteral(">"),
            QStringLiteral("image-set"), QStringLiteral("-qt-")};
        if (std::any_of(forbidden.cbegin(), forbidden.cend(),
                        [&](const QString& f) { return lowered.contains(f); }))
            continue;
        kept << property + QLatin1Char(':') + value;
    }
    return kept.join(QStringLiteral("; "));
}

QString sanitize(const QString& html)
{
    return Sanitizer().run(html);
}

} // namespace HtmlSanitizer
