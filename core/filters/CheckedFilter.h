#pragma once

#include "filters/FilterEntity.h"
#include "filters/FilterField.h"
#include "filters/FilterMatch.h"
#include "filters/FilterOperator.h"

#include <QList>
#include <QVariantList>

// A rule the checker has accepted: a catalogue field, an operator that fits its type, and typed
// values. Text is trimmed but keeps its case (each side folds it as the field says); numbers are
// double, dates QDate, booleans bool, enumerations their lower-case code, days a qint64.
struct CheckedRule
{
    const FilterField* field = nullptr; // points into FilterFieldCatalogue, which lives forever
    FilterOperator op = FilterOperator::Equals;
    QVariantList values; // none (is_empty), one, two (between: low, high) or many (in_list)
};

struct CheckedNode
{
    QString path; // as in FilterIssue: "" for the root, "rules[1].rules[0]" …
    bool isGroup = false;
    FilterMatch match = FilterMatch::All;
    QList<CheckedNode> children;
    CheckedRule rule;
};

// What the SQL compiler and the evaluator take: only a checked filter can be run.
struct CheckedFilter
{
    FilterEntity entity = FilterEntity::Contact;
    CheckedNode root;
};
