#pragma once

#include "filters/Filter.h"
#include "filters/FilterField.h"
#include "filters/FilterOperator.h"

#include <QFrame>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QToolButton;

// One rule of the filter builder: field, operator, and a value editor that fits the field's type
// and the operator (text, number, date picker, checkbox, enumeration list, two values for
// "between", a number of days). Fields and operators come from the core catalogue. Below the row:
// the checker's message when the rule is invalid; at its end: how many records it alone selects.
class FilterRuleRow : public QFrame
{
    Q_OBJECT

public:
    explicit FilterRuleRow(FilterEntity entity, QWidget* parent = nullptr);

    void setRule(const FilterNode& rule);
    FilterNode rule() const;
    const FilterField* field() const;

    void setIssue(const QString& message); // empty clears
    void setCount(std::optional<qint64> count);
    QString issue() const;

    QComboBox* fieldBox() const { return m_field; }
    QComboBox* operatorBox() const { return m_operator; }

signals:
    void changed();
    void removeRequested(FilterRuleRow* row);

private:
    void fieldChanged();
    void operatorChanged();
    void showEditors();
    FilterValueShape shape() const;
    QJsonValue value() const;
    void setValue(const QJsonValue& value);

    FilterEntity m_entity;
    QComboBox* m_field;
    QComboBox* m_operator;
    QLineEdit* m_text; // text, and comma-separated lists of text or numbers
    QDoubleSpinBox* m_number;
    QDoubleSpinBox* m_number2;
    QDateEdit* m_date;
    QDateEdit* m_date2;
    QLabel* m_and;
    QCheckBox* m_check;
    QComboBox* m_choice;    // one enumeration value
    QListWidget* m_choices; // several (in_list)
    QSpinBox* m_days;
    QLabel* m_count;
    QLabel* m_issue;
    QToolButton* m_remove;
    bool m_loading = false;
};
