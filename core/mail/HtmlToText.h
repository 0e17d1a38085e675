#pragma once

#include <QString>

// The plain-text alternative of an HTML mail body: paragraphs and line breaks kept, links written
// as "text (url)", list items bulleted, entities decoded, markup, styles and scripts dropped.
namespace HtmlToText {
QString convert(const QString& html);
} // namespace HtmlToText
