#include "templates/TemplateSyntax.h"

namespace TemplateSyntax {

bool isVariableName(const QString& name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (const QChar c : name) {
        const bool asciiLetter = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                 (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        const bool asciiDigit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!asciiLetter && !asciiDigit && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

Scan scan(const QString& text)
{
    static const QString open = QStringLiteral("{{");
    static const QString close = QStringLiteral("}}");
    Scan result;
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype nextOpen = text.indexOf(open, from);
        const qsizetype nextClose = text.indexOf(close, from);
        if (nextClose >= 0 && (nextOpen < 0 || nextClose < nextOpen)) {
            result.braceProblems.append({nextClose, BraceFault::Unopened});
            from = nextClose + close.size();
            continue;
        }
        if (nextOpen < 0)
            break;
        // "{{{x}}}" should read as "{" + "{{x}}" + "}", so start at the last brace of a run.
        qsizetype start = nextOpen;
        while (start + 2 < text.size() && text.at(start + 2) == QLatin1Char('{'))
            ++start;
        const qsizetype end = text.indexOf(close, start + open.size());
        const qsizetype reopen = text.indexOf(open, start + open.size());
        if (end < 0 || (reopen >= 0 && reopen < end)) {
            result.braceProblems.append({start, BraceFault::Unclosed});
            from = start + open.size();
            continue;
        }
        Placeholder placeholder;
        placeholder.start = start;
        placeholder.length = end + close.size() - start;
        placeholder.inner = text.mid(start + open.size(), end - start - open.size()).trimmed();
        placeholder.wellFormed = isVariableName(placeholder.inner);
        result.placeholders.append(placeholder);
        from = end + close.size();
        // A "}}}" closing a "{{{" leaves a single "}", which is text, not a fault.
        while (from < text.size() && text.at(from) == QLatin1Char('}') && text.mid(from, 2) != close)
            ++from;
    }
    return result;
}

QPair<int, int> lineAndColumn(const QString& text, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, static_cast<int>(offset - lineStart + 1)};
}

} // namespace TemplateSyntax
