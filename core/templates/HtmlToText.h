#pragma once

#include <QString>

// The plain-text alternative of an HTML mail (rendered templates, and the MIME writer's fallback
// for mails queued without one): paragraphs and line breaks become lines, list items
// get "- " or "1. ", table cells are separated by tabs, and links keep their target as
// "text (url)" so a reader without HTML can still follow them.
namespace HtmlToText {
QString convert(const QString& html);
}
