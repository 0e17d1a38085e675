#pragma once

#include "filters/FilterEntity.h"
#include "filters/FilterMatch.h"

#include <QJsonValue>
#include <QList>
#include <QString>

// One element of a filter as written (in JSON or by the builder): a rule {field, operator, value}
// or a nested group {match, rules}. Kept as written, unchecked, so the builder can hold a half-made
// rule and the checker can name what is wrong with it; FilterChecker turns it into a CheckedFilter.
struct FilterNode
{
    bool isGroup = false;

    // A rule.
    QString field;
    QString op;                              // the operator code as written
    QJsonValue value{QJsonValue::Undefined}; // as written; Undefined when there is none

    // A group.
    FilterMatch match = FilterMatch::All;
    QList<FilterNode> children;

    static FilterNode rule(const QString& field, const QString& op,
                           const QJsonValue& value = QJsonValue::Undefined);
    static FilterNode group(FilterMatch match, const QList<FilterNode>& children = {});

    bool operator==(const FilterNode& other) const = default;
};

// A segment filter: which entity it selects, and the root group of rules.
struct Filter
{
    // The JSON format's version; a file with a newer version is refused, not misread.
    static constexpr int kVersion = 1;
    // Groups nest at most this deep, counting the root group as level 1.
    static constexpr int kMaxDepth = 5;
    // Rules in one filter, so a filter cannot grow a statement without bound.
    static constexpr int kMaxRules = 200;

    FilterEntity entity = FilterEntity::Contact;
    FilterNode root = FilterNode::group(FilterMatch::All);

    bool operator==(const Filter& other) const = default;

    // The path of a group's child as used in messages: "rules[2]", "rules[2].rules[0]".
    static QString childPath(const QString& parentPath, qsizetype index);
};
