#pragma once

#include <QString>

// The plain-text alternative of an HTML mail: paragraphs and line breaks become lines, list items
// get "- " or "1. ", table cells are separated by tabs, and links keep their target as
// "text (url)" so a reader without HTML can still follow them.
namespace HtmlToText {
QString convert(const QString& html);
}
