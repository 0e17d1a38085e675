#pragma once

#include <QList>
#include <QString>

// `{{name}}` placeholders in a template text, found by one scanner shared by the validator and
// the renderer so that both agree on what a variable is.
namespace TemplateSyntax {

struct Placeholder
{
    qsizetype start = 0;     // offset of "{{" in the text
    qsizetype length = 0;    // up to and including "}}"
    QString inner;           // the text between the braces, trimmed ("contact_name")
    bool wellFormed = false; // inner is a name: letters, digits and underscores, not starting with a digit
};

enum class BraceFault
{
    Unclosed, // "{{" with no "}}" before the next "{{" or the end
    Unopened, // "}}" with no "{{" before it
};

struct BraceProblem
{
    qsizetype position = 0; // offset of the braces in the text
    BraceFault fault = BraceFault::Unclosed;
};

struct Scan
{
    QList<Placeholder> placeholders;
    QList<BraceProblem> braceProblems;
};

Scan scan(const QString& text);
bool isVariableName(const QString& name);
// 1-based line and column of an offset, for messages about multi-line texts.
QPair<int, int> lineAndColumn(const QString& text, qsizetype offset);

} // namespace TemplateSyntax
