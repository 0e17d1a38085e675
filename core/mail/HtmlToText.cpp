#include "mail/HtmlToText.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace HtmlToText {
namespace {
QString decodeEntities(const QString& text)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("copy"), QStringLiteral("©")},   {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("ndash"), QStringLiteral("–")},  {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("euro"), QStringLiteral("€")},
    };
    static const QRegularExpression entity(QStringLiteral("&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement = match.captured(0);
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))) {
            bool ok = false;
            const uint code = name.mid(2).toUInt(&ok, 16);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        } else if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.mid(1).toUInt(&ok);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        } else if (named.contains(name.toLower())) {
            replacement = named.value(name.toLower());
        }
        out += replacement;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

QString convert(const QString& html)
{
    QString text = html;
    static const QRegularExpression dropped(
        QStringLiteral("<(head|style|script|title)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QRegularExpression link(
        QStringLiteral("<a\\b[^>]*?href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')[^>]*>(.*?)</a\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnd(
        QStringLiteral("</?(p|div|h[1-6]|ul|ol|table|blockquote|section|article|header|footer)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    // <li> already starts a line, so </li> needs nothing.
    static const QRegularExpression rowEnd(QStringLiteral("</tr\\s*>"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listEnd(QStringLiteral("</li\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression listItem(QStringLiteral("<li\\b[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(QStringLiteral("</t[dh]\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));

    text.remove(dropped);
    text.remove(comments);
    // Source line breaks and indentation mean nothing in HTML.
    text.replace(whitespace, QStringLiteral(" "));

    QString linked;
    qsizetype last = 0;
    auto links = link.globalMatch(text);
    while (links.hasNext()) {
        const auto match = links.next();
        linked += QStringView(text).mid(last, match.capturedStart() - last);
        const QString url = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        const QString label = match.captured(3);
        const QString plainLabel = decodeEntities(QString(label).remove(tag)).trimmed();
        const QString plainUrl = decodeEntities(url).trimmed();
        linked += label;
        if (!plainUrl.isEmpty() && plainUrl != plainLabel && !plainUrl.startsWith(QLatin1Char('#')))
            linked += QStringLiteral(" (") + plainUrl.toHtmlEscaped() + QLatin1Char(')');
        last = match.capturedEnd();
    }
    linked += QStringView(text).mid(last);
    text = linked;

    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(listItem, QStringLiteral("\n- "));
    text.replace(rowEnd, QStringLiteral("\n"));
    text.remove(listEnd);
    text.replace(cell, QStringLiteral("\t"));
    text.replace(blockEnd, QStringLiteral("\n\n"));
    text.remove(tag);
    text = decodeEntities(text);

    // Trim each line and keep at most one blank line between paragraphs.
    QStringList lines;
    int blanks = 0;
    const QStringList raw = text.split(QLatin1Char('\n'));
    for (const QString& line : raw) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!lines.isEmpty())
                ++blanks;
            continue;
        }
        if (blanks > 0)
            lines << QString();
        blanks = 0;
        lines << trimmed;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace HtmlToText
