#pragma once

#include "filters/Filter.h"

#include <QFrame>
#include <QHash>
#include <optional>

class FilterRuleRow;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// A group of the filter builder: "match all/any of" and its rules and nested groups, each nested
// group drawn indented with a bar on its left. The root group is level 1; groups nest to
// Filter::kMaxDepth, after which "Add group" is disabled.
class FilterGroupWidget : public QFrame
{
    Q_OBJECT

public:
    FilterGroupWidget(FilterEntity entity, int level, QWidget* parent = nullptr);

    void setGroup(const FilterNode& group);
    FilterNode group() const;
    int level() const { return m_level; }

    FilterRuleRow* addRule();
    FilterGroupWidget* addGroup();
    // The rule rows and nested groups in order.
    QList<QWidget*> items() const;

    // Each rule row and nested group below this one, keyed by its path ("rules[1].rules[0]").
    void mapPaths(const QString& path, QHash<QString, QWidget*>& out) const;

    void setIssue(const QString& message);
    void setCount(std::optional<qint64> count);

    QComboBox* matchBox() const { return m_match; }
    QPushButton* addRuleButton() const { return m_addRule; }
    QPushButton* addGroupButton() const { return m_addGroup; }

signals:
    void changed();
    void removeRequested(FilterGroupWidget* group);

private:
    void adopt(QWidget* item);
    void removeItem(QWidget* item);

    FilterEntity m_entity;
    int m_level;
    QComboBox* m_match;
    QPushButton* m_addRule;
    QPushButton* m_addGroup;
    QToolButton* m_remove = nullptr;
    QLabel* m_count;
    QLabel* m_issue;
    QLabel* m_empty;
    QVBoxLayout* m_items;
};
