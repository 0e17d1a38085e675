#pragma once

#include <QString>

// Makes HTML safe to store, preview and send, and email-friendly:
//  - only formatting elements survive (paragraphs, headings, lists, tables, links, images, inline
//    text styles); script, style, iframe, object, embed, form controls and the like are removed
//    with their content, unknown elements are unwrapped (their text stays);
//  - no event handlers or other unlisted attributes; links only http, https or mailto, images
//    only http, https, cid: or inline raster data; a link target may also be a single
//    {{variable}}, checked again after rendering;
//  - styles are inline only and limited to plain CSS properties: Qt's "-qt-" properties, url(),
//    expression() and the like are dropped, as are the qrichtext markers, the document head,
//    comments and doctype;
//  - the result is a well-formed fragment (the body's content, every element closed).
namespace HtmlSanitizer {
QString sanitize(const QString& html);
// Whether a link target is allowed (http, https, mailto, or a lone {{variable}}).
bool isSafeLink(const QString& url);
// Filters one style attribute to the allowed properties; empty when nothing survives.
QString cleanStyle(const QString& style);
} // namespace HtmlSanitizer
