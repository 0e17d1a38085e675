#pragma once

#include "common/Result.h"
#include "filters/CheckedFilter.h"
#include "filters/Filter.h"
#include "filters/FilterIssue.h"

#include <QCoreApplication>

// Checks a filter against the field catalogue and the operator table: every field must be known for
// the entity, every operator must fit the field's type, every value must parse for the type and
// operator, groups nest at most Filter::kMaxDepth deep and are not empty, and in_list is bounded.
// Each rule at fault gets one issue with its path; a filter with no issue becomes a CheckedFilter.
class FilterChecker
{
    Q_DECLARE_TR_FUNCTIONS(FilterChecker)

public:
    static QList<FilterIssue> issues(const Filter& filter);
    static Result<CheckedFilter> check(const Filter& filter);
    // One rule on its own, e.g. a sequence step's condition. The value may also be given as text
    // ("30", "true", "2025-04-13"), as a condition stored in a text column is.
    static Result<CheckedRule> checkRule(FilterEntity entity, const FilterNode& rule);

private:
    static CheckedNode checkNode(FilterEntity entity, const FilterNode& node, const QString& path, int level,
                                 QList<FilterIssue>& issues, int& ruleCount);
    // Empty string when fine, otherwise the reason.
    static QString checkRuleInto(FilterEntity entity, const FilterNode& rule, CheckedRule& out);
    static QString parseValue(const FilterField& field, const QJsonValue& value, QVariant& out);
    static QString parseDays(const QJsonValue& value, QVariant& out);
};
