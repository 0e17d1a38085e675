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
    // Ranked by edit distance with a bonus for a shared beginning (as Jaro-Winkler does): people
    // get the start of a name right, so "contract_no" is contract_number (distance 5, prefix 10),
    // not contact_name (distance 4, prefix 3).
    QString best;
    int bestDistance = 0;
    int bestScore = std::numeric_limits<int>::max();
    for (const TemplateVariable& variable : TemplateCatalogue::variables(typeCode)) {
        const int distance = editDistance(wanted, variable.name);
        qsizetype prefix = 0;
        while (prefix < wanted.size() && prefix < variable.name.size() &&
               wanted.at(prefix) == variable.name.at(prefix))
            ++prefix;
        const int score = 2 * distance - static_cast<int>(std::min<qsizetype>(prefix, 8));
        if (score < bestScore) {
            bestScore = score;
            bestDistance = distance;
            best = variable.name;
        }
    }
    if (best.isEmpty())
        return {};
    // Plausible typos only: within half the longer name ("foo" is not "amount"), or a truncated
    // or extended form of the name ("invoice" → invoice_number).
    const int tolerance = std::max(2, static_cast<int>(std::max(wanted.size(), best.size()) / 2));
    const bool truncated = wanted.size() >= 3 && (best.startsWith(wanted) || wanted.startsWith(best));
    return bestDistance <= tolerance || truncated ? best : QString();
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
