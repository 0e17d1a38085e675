#pragma once

#include "common/ServiceContext.h"
#include "sequences/Sequence.h"
#include "sequences/SequenceStep.h"

#include <QWidget>

class ConditionRow;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class StepTable;
class QTimeEdit;

// Edits one sequence and its steps: name, description, type and trigger, active; the steps in
// order with add, remove, move up/down or drag, and for the selected step its template, delay, send time,
// active switch and condition. Every change goes straight to SequenceService; refusals show in
// the banner.
class SequenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SequenceEditor(ServiceContext context, QWidget* parent = nullptr);

    // 0 starts a new sequence.
    void load(qint64 sequenceId);
    qint64 sequenceId() const { return m_sequence.id; }
    bool saveSequence();
    bool addStep();
    bool saveStep();
    bool removeStep();
    bool moveStep(int delta);
    // Moves the step in row `fromRow` so that it ends up in row `toRow` (what a drag does).
    bool dropStep(int fromRow, int toRow);
    void selectStep(int row);

signals:
    // The sequence (or its steps) changed in the database.
    void changed(qint64 sequenceId);

private:
    void reloadSteps(qint64 selectStepId = 0);
    void showStep(int row);
    SequenceStep stepFromForm() const;
    void updateEnabled();

    ServiceContext m_context;
    Sequence m_sequence;
    QList<SequenceStep> m_steps;
    MessageBanner* m_banner;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QComboBox* m_type;
    QComboBox* m_trigger;
    QCheckBox* m_active;
    QPushButton* m_saveSequence;
    StepTable* m_stepTable;
    QComboBox* m_template;
    QSpinBox* m_delay;
    QCheckBox* m_hasSendTime;
    QTimeEdit* m_sendTime;
    QCheckBox* m_stepActive;
    ConditionRow* m_condition;
    QPushButton* m_addStep;
    QPushButton* m_saveStep;
    QPushButton* m_removeStep;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
};
