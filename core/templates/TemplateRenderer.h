#pragma once

#include "templates/EmailTemplate.h"
#include "templates/TemplateValues.h"

#include <QStringList>

struct RenderedEmail
{
    QString subject;     // one line, plain text
    QString html;        // sanitised HTML fragment
    QString text;        // the template's text body rendered, or one derived from the HTML
    QStringList missing; // variables used but given no value (rendered as empty text), sorted

    // The HTML as a complete UTF-8 document, for the MIME part of a sent mail.
    QString htmlDocument() const;
};

// Fills a template's {{variables}} ({{ name }} with inner spaces too). Values are HTML-escaped in
// the HTML body and plain in the subject and text body; dates and money are formatted for the
// template's language. The rendered HTML is sanitised again, so a value can never smuggle in a
// script or a javascript: link.
namespace TemplateRenderer {
RenderedEmail render(const EmailTemplate& emailTemplate, const TemplateValues& values);

enum class Escaping
{
    Plain,
    Html
};
// Substitutes the well-formed placeholders of `text`; anything else is left as written.
QString substitute(const QString& text, const TemplateValues& values, const QString& language,
                   Escaping escaping, QStringList* missing = nullptr);
} // namespace TemplateRenderer
