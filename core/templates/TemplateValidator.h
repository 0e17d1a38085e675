#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One thing wrong with a template, located in the field it is in so that the editor can select it.
struct TemplateProblem
{
    QString field;          // "subject", "html_body" or "text_body"
    qsizetype position = 0; // offset in that field's text
    qsizetype length = 0;
    QString snippet;    // the offending text as written ("{{contract_no}}", "{{")
    QString suggestion; // closest known variable name, when there is one
    QString message;    // one translated sentence
};

// Checks a template before it is saved: every {{variable}} must be offered by the template's type
// (an unknown one is named with the closest known one), and braces must balance.
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(TemplateValidator)

public:
    static QList<TemplateProblem> check(const QString& typeCode, const QString& subject,
                                        const QString& htmlBody, const QString& textBody = {});
    static QList<TemplateProblem> checkField(const QString& typeCode, const QString& field,
                                             const QString& text);

    // The variable of the type closest to `name` by edit distance (ignoring case), or empty when
    // none is close enough to be a plausible typo.
    static QString closestVariable(const QString& typeCode, const QString& name);
    // Levenshtein distance.
    static int editDistance(const QString& a, const QString& b);

    // All problems as one invalid-input Error naming the first problem's field.
    static Error toError(const QList<TemplateProblem>& problems);
};
