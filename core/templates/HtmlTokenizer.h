#pragma once

#include <QList>
#include <QString>

// A small, forgiving HTML tokenizer for the sanitiser and the HTML-to-text conversion. It never
// fails: whatever it cannot read as markup is text, and an unterminated tag at the end is dropped.
struct HtmlAttribute
{
    QString name;  // lower case
    QString value; // entities decoded
};

struct HtmlToken
{
    enum class Type
    {
        Text,
        StartTag,
        EndTag,
        Comment,
        Declaration
    };
    Type type = Type::Text;
    QString name; // lower-case tag name for tags
    QList<HtmlAttribute> attributes;
    bool selfClosing = false;
    QString text; // decoded text for Text; raw content for Comment and Declaration

    QString attribute(const QString& name) const;
    bool hasAttribute(const QString& name) const;
};

namespace HtmlTokenizer {
QList<HtmlToken> tokenize(const QString& html);
QString decodeEntities(const QString& text);
// Escapes &, < and > (and no-break spaces as &nbsp;) for text content.
QString escapeText(const QString& text);
// Escapes &, <, > and double quotes for a double-quoted attribute value.
QString escapeAttribute(const QString& text);
bool isVoidElement(const QString& name);
} // namespace HtmlTokenizer
