#pragma once

#include "filters/Filter.h"
#include "filters/FilterIssue.h"
#include "segments/SegmentMember.h"

#include <QWidget>

class FilterGroupWidget;
class QComboBox;
class QScrollArea;

// The visual filter builder (SPEC §7): which records the filter selects (contacts or companies),
// the root group with its match selector, rules and nested groups. It shows, on each rule and
// group, the checker's message when invalid and the count that rule alone gives.
class FilterBuilder : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBuilder(QWidget* parent = nullptr);

    void setFilter(const Filter& filter);
    Filter filter() const;
    FilterEntity entity() const;
    void setReadOnly(bool readOnly);

    // Marks the rules and groups at fault (by path) and clears the others; issues without a rule
    // path are returned for the caller to show elsewhere.
    QList<FilterIssue> setIssues(const QList<FilterIssue>& issues);
    void setRuleCounts(const QList<SegmentRuleCount>& counts);
    void clearRuleCounts();

    FilterGroupWidget* root() const { return m_root; }
    QComboBox* entityBox() const { return m_entity; }
    // The rule row or nested group at a path ("rules[1].rules[0]"), or nullptr.
    QWidget* itemAt(const QString& path) const;

signals:
    void changed();

private:
    void entityChanged();
    void replaceRoot(FilterEntity entity, const FilterNode& group);

    QComboBox* m_entity;
    QScrollArea* m_scroll;
    FilterGroupWidget* m_root = nullptr;
    bool m_readOnly = false;
};
