#include "templates/HtmlToText.h"

#include "templates/HtmlTokenizer.h"

#include <QRegularExpression>
#include <QSet>

namespace {
bool isBlock(const QString& name)
{
    static const QSet<QString> names = {
        QStringLiteral("p"),          QStringLiteral("div"), QStringLiteral("h1"),     QStringLiteral("h2"),
        QStringLiteral("h3"),         QStringLiteral("h4"),  QStringLiteral("h5"),     QStringLiteral("h6"),
        QStringLiteral("ul"),         QStringLiteral("ol"),  QStringLiteral("table"),  QStringLiteral("tr"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("caption")};
    return names.contains(name);
}

bool isSkipped(const QString& name)
{
    static const QSet<QString> names = {QStringLiteral("script"),   QStringLiteral("style"),
                                        QStringLiteral("head"),     QStringLiteral("title"),
                                        QStringLiteral("template"), QStringLiteral("noscript")};
    return names.contains(name);
}

class Converter
{
public:
    QString run(const QString& html)
    {
        const QList<HtmlToken> tokens = HtmlTokenizer::tokenize(html);
        int skipDepth = 0;
        QString skipping;
        for (const HtmlToken& token : tokens) {
            if (skipDepth > 0) {
                if (token.name == skipping && token.type == HtmlToken::Type::StartTag)
                    ++skipDepth;
                else if (token.name == skipping && token.type == HtmlToken::Type::EndTag)
                    --skipDepth;
                continue;
            }
            switch (token.type) {
            case HtmlToken::Type::Text:
                text(token.text);
                break;
            case HtmlToken::Type::StartTag:
                if (isSkipped(token.name) && !token.selfClosing) {
                    skipping = token.name;
                    skipDepth = 1;
                    break;
                }
                start(token);
                break;
            case HtmlToken::Type::EndTag:
                end(token.name);
                break;
            case HtmlToken::Type::Comment:
            case HtmlToken::Type::Declaration:
                break;
            }
        }
        return finish();
    }

private:
    struct OpenLink
    {
        qsizetype outputStart;
        QString href;
    };
    struct OpenList
    {
        bool ordered;
        int counter;
    };

    void newline()
    {
        if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n'))) {
            while (m_out.endsWith(QLatin1Char(' ')))
                m_out.chop(1);
            m_out += QLatin1Char('\n');
        }
    }

    void text(const QString& raw)
    {
        QString t = raw;
        t.replace(QChar(0x00a0), QLatin1Char(' '));
        if (m_preDepth > 0) {
            m_out += t;
            return;
        }
        static const QRegularExpression whitespace(QStringLiteral("\\s+"));
        t.replace(whitespace, QStringLiteral(" "));
        // A space at the start of a line is layout, not content.
        if ((m_out.isEmpty() || m_out.endsWith(QLatin1Char('\n')) || m_out.endsWith(QLatin1Char(' '))) &&
            t.startsWith(QLatin1Char(' ')))
            t.remove(0, 1);
        m_out += t;
    }

    void start(const HtmlToken& token)
    {
        const QString& name = token.name;
        if (name == QLatin1String("br")) {
            while (m_out.endsWith(QLatin1Char(' ')))
                m_out.chop(1);
            m_out += QLatin1Char('\n');
        } else if (name == QLatin1String("hr")) {
            newline();
            m_out += QStringLiteral("----------\n");
        } else if (name == QLatin1String("li")) {
            newline();
            m_out += QString(2 * std::max<qsizetype>(0, m_lists.size() - 1), QLatin1Char(' '));
            if (!m_lists.isEmpty() && m_lists.last().ordered)
                m_out += QString::number(++m_lists.last().counter) + QStringLiteral(". ");
            else
                m_out += QStringLiteral("- ");
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            newline();
            m_lists.append({name == QLatin1String("ol"), 0});
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            if (!m_out.isEmpty() && !m_out.endsWith(QLatin1Char('\n')))
                m_out += QLatin1Char('\t');
        } else if (name == QLatin1String("a")) {
            m_links.append({m_out.size(), token.attribute(QStringLiteral("href")).trimmed()});
        } else if (name == QLatin1String("img")) {
            const QString alt = token.attribute(QStringLiteral("alt")).trimmed();
            if (!alt.isEmpty())
                text(alt);
        } else if (isBlock(name)) {
            newline();
            if (name == QLatin1String("pre"))
                ++m_preDepth;
        }
    }

    void end(const QString& name)
    {
        if (name == QLatin1String("a")) {
            if (m_links.isEmpty())
                return;
            const OpenLink link = m_links.takeLast();
            if (link.href.isEmpty())
                return;
            const QString label = m_out.mid(link.outputStart).trimmed();
            QString shown = link.href;
            if (shown.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                shown = shown.mid(7);
            if (label.isEmpty())
                m_out += link.href;
            else if (label != link.href && label != shown)
                m_out += QStringLiteral(" (") + link.href + QLatin1Char(')');
        } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            if (!m_lists.isEmpty())
                m_lists.removeLast();
            newline();
        } else if (isBlock(name) || name == QLatin1String("li")) {
            if (name == QLatin1String("pre") && m_preDepth > 0)
                --m_preDepth;
            newline();
        }
    }

    QString finish()
    {
        QStringList lines = m_out.split(QLatin1Char('\n'));
        for (QString& line : lines) {
            while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
                line.chop(1);
        }
        QString joined = lines.join(QLatin1Char('\n'));
        static const QRegularExpression manyBlankLines(QStringLiteral("\\n{3,}"));
        joined.replace(manyBlankLines, QStringLiteral("\n\n"));
        return joined.trimmed();
    }

    QString m_out;
    QList<OpenLink> m_links;
    QList<OpenList> m_lists;
    int m_preDepth = 0;
};
} // namespace

namespace HtmlToText {
QString convert(const QString& html)
{
    return Converter().run(html);
}
} // namespace HtmlToText
