#include "templates/TemplateValidator.h"

#include "templates/TemplateCatalogue.h"
#include "templates/TemplateSyntax.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace {
QString placeholderText(const QString& name)
{
    return QStringLiteral("{{") + name + QStringLiteral("}}");
}
} // namespace

int TemplateValidator::editDistance(const QString& a, const QString& b)
{
    std::vector<int> previous(static_cast<size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] =
                std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QString TemplateValidator::closestVariable(const QString& typeCode, const QString& name)
{
    const QString wanted = name.toLower();
    if (wanted.isEmpty())
        return {};
    QString best;
    int bestScore = std::numeric_limits<int>::max();
    for (const TemplateVariable& variable : TemplateCatalogue::variables(typeCode)) {
        int score = editDistance(wanted, variable.name);
        // A truncated or abbreviated name ("contract", "contract_no") is a typo of the longer one.
        if (variable.name.startsWith(wanted) || wanted.startsWith(variable.name))
            score = std::min(score, 1);
        if (score < bestScore) {
            bestScore = score;
            best = variable.name;
        }
    }
    if (best.isEmpty())
        return {};
    const qsizetype longer = std::max(wanted.size(), best.size());
    // Half the longer name: "contract_no" → "contract_number" (5 of 15) is plausible,
    // "foo" → "amount" is not.
    const int tolerance = std::max(2, static_cast<int>(longer / 2));
    return bestScore <= tolerance ? best : QString();
}

QList<TemplateProblem> TemplateValidator::checkField(const QString& typeCode, const QString& field,
                                                     const QString& text)
{
    QList<TemplateProblem> problems;
    const TemplateSyntax::Scan scan = TemplateSyntax::scan(text);
    const bool multiline = text.contains(QLatin1Char('\n'));
    const auto where = [&](qsizetype offset) {
        if (!multiline)
            return tr("at position %1").arg(offset + 1);
        const auto [line, column] = TemplateSyntax::lineAndColumn(text, offset);
        return tr("at line %1, column %2").arg(line).arg(column);
    };
    const QString fieldName = field == QLatin1String("subject")     ? tr("subject")
                              : field == QLatin1String("text_body") ? tr("text body")
                                                                    : tr("body");

    for (const TemplateSyntax::BraceProblem& brace : scan.braceProblems) {
        TemplateProblem problem;
        problem.field = field;
        problem.position = brace.position;
        problem.length = 2;
        if (brace.fault == TemplateSyntax::BraceFault::Unclosed) {
            problem.snippet = QStringLiteral("{{");
            problem.message = tr("Unbalanced braces in the %1: \"{{\" %2 is never closed with \"}}\".")
                                  .arg(fieldName, where(brace.position));
        } else {
            problem.snippet = QStringLiteral("}}");
            problem.message = tr("Unbalanced braces in the %1: \"}}\" %2 has no \"{{\" before it.")
                                  .arg(fieldName, where(brace.position));
        }
        problems.append(problem);
    }

    const QString typeLabel = TemplateCatalogue::typeLabel(typeCode);
    for (const TemplateSyntax::Placeholder& placeholder : scan.placeholders) {
        if (placeholder.wellFormed && TemplateCatalogue::offers(typeCode, placeholder.inner))
            continue;
        TemplateProblem problem;
        problem.field = field;
        problem.position = placeholder.start;
        problem.length = placeholder.length;
        problem.snippet = text.mid(placeholder.start, placeholder.length);
        // "{{ contact name }}" is most likely {{contact_name}}.
        static const QRegularExpression separators(QStringLiteral("[\\s\\-.]+"));
        const QString asName = placeholder.wellFormed
                                   ? placeholder.inner
                                   : QString(placeholder.inner).replace(separators, QStringLiteral("_"));
        problem.suggestion = closestVariable(typeCode, asName);
        const QString written = placeholder.wellFormed ? placeholderText(placeholder.inner) : problem.snippet;
        if (placeholder.wellFormed && TemplateCatalogue::findVariable(placeholder.inner)) {
            // A real variable of another type ({{invoice_number}} in a renewal template): a
            // "did you mean" would point at an unrelated variable.
            problem.suggestion.clear();
            problem.message = tr("%1: this variable is not offered by %2 templates.").arg(written, typeLabel);
        } else if (!problem.suggestion.isEmpty())
            problem.message = tr("%1: did you mean %2?").arg(written, placeholderText(problem.suggestion));
        else if (!placeholder.wellFormed)
            problem.message =
                tr("%1 %2 in the %3 is not a variable: names use only letters, digits and underscores.")
                    .arg(written, where(placeholder.start), fieldName);
        else
            problem.message =
                tr("%1: there is no such variable in %2 templates; pick one from the variable guide.")
                    .arg(written, typeLabel);
        problems.append(problem);
    }
    std::sort(problems.begin(), problems.end(),
              [](const TemplateProblem& a, const TemplateProblem& b) { return a.position < b.position; });
    return problems;
}

QList<TemplateProblem> TemplateValidator::check(const QString& typeCode, const QString& subject,
                                                const QString& htmlBody, const QString& textBody)
{
    QList<TemplateProblem> problems = checkField(typeCode, QStringLiteral("subject"), subject);
    problems += checkField(typeCode, QStringLiteral("html_body"), htmlBody);
    problems += checkField(typeCode, QStringLiteral("text_body"), textBody);
    return problems;
}

Error TemplateValidator::toError(const QList<TemplateProblem>& problems)
{
    if (problems.isEmpty())
        return Error::invalid({}, {});
    QStringList messages;
    for (const TemplateProblem& problem : problems)
        messages << problem.message;
    return Error::invalid(problems.first().field, messages.join(QLatin1Char(' ')));
}
