#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

// One thing wrong with a filter, at one place: `path` is "entity", "match", "rules[1]",
// "rules[2].rules[0]" …, empty for the filter as a whole.
struct FilterIssue
{
    QString path;
    QString message; // one translated sentence, naming the field or operator at fault

    QString describe() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }

    // All issues as one Invalid error: `field` is the first path, `message` one line per issue.
    static Error toError(const QList<FilterIssue>& issues)
    {
        QStringList lines;
        for (const FilterIssue& issue : issues)
            lines << issue.describe();
        return Error::invalid(issues.isEmpty() ? QString() : issues.first().path,
                              lines.join(QLatin1Char('\n')));
    }
};
