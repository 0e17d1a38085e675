#pragma once

#include <QString>

// The plain-text alternative of a rendered template (a token-based walk, so nested markup and
// ordered lists come out right; mail/HtmlToText is the MIME writer's fallback for mails that
// arrive without one): paragraphs and line breaks become lines, list items
// get "- " or "1. ", table cells are separated by tabs, and links keep their target as
// "text (url)" so a reader without HTML can still follow them.
namespace HtmlPlainText {
QString convert(const QString& html);
}
