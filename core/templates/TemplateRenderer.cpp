#include "templates/TemplateRenderer.h"

#include "templates/HtmlSanitizer.h"
#include "templates/HtmlToText.h"
#include "templates/HtmlTokenizer.h"
#include "templates/TemplateSyntax.h"

#include <QRegularExpression>

QString RenderedEmail::htmlDocument() const
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
           HtmlTokenizer::escapeText(subject) + QStringLiteral("</title></head>\n<body>\n") + html +
           QStringLiteral("\n</body></html>\n");
}

namespace TemplateRenderer {

QString substitute(const QString& text, const TemplateValues& values, const QString& language,
                   Escaping escaping, QStringList* missing)
{
    const TemplateSyntax::Scan scan = TemplateSyntax::scan(text);
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (const TemplateSyntax::Placeholder& placeholder : scan.placeholders) {
        if (!placeholder.wellFormed)
            continue;
        out += QStringView(text).mid(copied, placeholder.start - copied);
        copied = placeholder.start + placeholder.length;
        if (!values.contains(placeholder.inner)) {
            if (missing && !missing->contains(placeholder.inner))
                missing->append(placeholder.inner);
            continue;
        }
        const QString value = values.formatted(placeholder.inner, language);
        out += escaping == Escaping::Html ? HtmlTokenizer::escapeAttribute(value) : value;
    }
    out += QStringView(text).mid(copied);
    return out;
}

RenderedEmail render(const EmailTemplate& emailTemplate, const TemplateValues& values)
{
    RenderedEmail result;
    const QString& language = emailTemplate.language;
    // A subject is one header line: line breaks in a value must not start a new header.
    static const QRegularExpression lineBreaks(QStringLiteral("[\\r\\n\\t]+"));
    result.subject = substitute(emailTemplate.subject, values, language, Escaping::Plain, &result.missing)
                         .replace(lineBreaks, QStringLiteral(" "))
                         .trimmed();
    result.html = HtmlSanitizer::sanitize(
        substitute(emailTemplate.htmlBody, values, language, Escaping::Html, &result.missing));
    if (emailTemplate.textBody.trimmed().isEmpty())
        result.text = HtmlToText::convert(result.html);
    else
        result.text = substitute(emailTemplate.textBody, values, language, Escaping::Plain, &result.missing);
    result.missing.sort();
    return result;
}

} // namespace TemplateRenderer
