#pragma once

#include "sequences/SequenceStep.h"

#include <QWidget>

class QComboBox;
class QStackedWidget;
class QLineEdit;
class QSpinBox;
class QDateEdit;

// The condition builder row of a step: field, operator and a value editor that fits the field's
// type (text box, number, date picker, true/false or an enumeration list). Fields and operators
// come from the core catalogue (StepCondition), never from here.
class ConditionRow : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionRow(QWidget* parent = nullptr);

    void setCondition(const SequenceStep& step);
    // Writes field, operator and value into the step (all empty when "Always" is chosen).
    void applyTo(SequenceStep& step) const;

private:
    void fieldChanged();
    void operatorChanged();
    QString value() const;

    QComboBox* m_field;
    QComboBox* m_operator;
    QStackedWidget* m_valueStack;
    QLineEdit* m_text;
    QSpinBox* m_number;
    QDateEdit* m_date;
    QComboBox* m_choice; // booleans and enumerations
};
