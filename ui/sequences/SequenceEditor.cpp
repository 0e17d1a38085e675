#include "SequenceEditor.h"

#include "ConditionRow.h"
#include "StepTable.h"
#include "auth/Authorizer.h"
#include "sequences/SequenceService.h"
#include "sequences/StepCondition.h"
#include "templates/TemplateService.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

SequenceEditor::SequenceEditor(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context)), m_banner(new MessageBanner(this)),
      m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_trigger(new QComboBox(this)), m_active(new QCheckBox(tr("Active"), this)),
      m_saveSequence(new QPushButton(tr("Save sequence"), this)), m_stepTable(new StepTable(this)),
      m_template(new QComboBox(this)), m_delay(new QSpinBox(this)),
      m_hasSendTime(new QCheckBox(tr("at"), this)), m_sendTime(new QTimeEdit(this)),
      m_stepActive(new QCheckBox(tr("Step active"), this)), m_condition(new ConditionRow(this)),
      m_addStep(new QPushButton(tr("Add step"), this)), m_saveStep(new QPushButton(tr("Save step"), this)),
      m_removeStep(new QPushButton(tr("Remove step"), this)), m_moveUp(new QPushButton(tr("Move up"), this)),
      m_moveDown(new QPushButton(tr("Move down"), this))
{
    m_banner->setObjectName(QStringLiteral("sequenceEditorBanner"));
    m_name->setObjectName(QStringLiteral("sequenceName"));
    m_description->setObjectName(QStringLiteral("sequenceDescription"));
    m_type->setObjectName(QStringLiteral("sequenceType"));
    m_trigger->setObjectName(QStringLiteral("sequenceTrigger"));
    m_active->setObjectName(QStringLiteral("sequenceActive"));
    m_saveSequence->setObjectName(QStringLiteral("saveSequence"));
    m_stepTable->setObjectName(QStringLiteral("stepTable"));
    m_template->setObjectName(QStringLiteral("stepTemplate"));
    m_delay->setObjectName(QStringLiteral("stepDelay"));
    m_hasSendTime->setObjectName(QStringLiteral("stepHasSendTime"));
    m_sendTime->setObjectName(QStringLiteral("stepSendTime"));
    m_stepActive->setObjectName(QStringLiteral("stepActive"));
    m_addStep->setObjectName(QStringLiteral("addStep"));
    m_saveStep->setObjectName(QStringLiteral("saveStep"));
    m_removeStep->setObjectName(QStringLiteral("removeStep"));
    m_moveUp->setObjectName(QStringLiteral("moveStepUp"));
    m_moveDown->setObjectName(QStringLiteral("moveStepDown"));

    for (SequenceType type : SequenceTypeCodes::all())
        m_type->addItem(SequenceTypeCodes::label(type), SequenceTypeCodes::toCode(type));
    for (TriggerEvent event : TriggerEventCodes::all())
        m_trigger->addItem(TriggerEventCodes::label(event), TriggerEventCodes::toCode(event));
    m_delay->setRange(0, 3650);
    m_delay->setSuffix(tr(" days"));
    m_sendTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_sendTime->setTime(QTime(9, 0));
    m_stepActive->setChecked(true); // a new step sends unless switched off
    m_saveSequence->setShortcut(QKeySequence::Save);

    m_stepTable->setColumnCount(6);
    m_stepTable->setToolTip(tr("Drag a step to change the order, or use Move up and Move down."));
    m_stepTable->setHorizontalHeaderLabels(
        {tr("#"), tr("Template"), tr("Delay"), tr("Send time"), tr("Condition"), tr("Active")});
    m_stepTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepTable->verticalHeader()->hide();
    m_stepTable->horizontalHeader()->setStretchLastSection(true);
    m_stepTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    auto* typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type);
    typeRow->addWidget(m_trigger, 1);
    typeRow->addWidget(m_active);
    typeRow->addWidget(m_saveSequence);
    form->addRow(tr("Type"), typeRow);

    auto* stepButtons = new QHBoxLayout;
    for (QPushButton* button : {m_addStep, m_removeStep, m_moveUp, m_moveDown})
        stepButtons->addWidget(button);
    stepButtons->addStretch();

    auto* stepBox = new QGroupBox(tr("Selected step"), this);
    auto* stepForm = new QFormLayout(stepBox);
    stepForm->addRow(tr("Template"), m_template);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_delay);
    whenRow->addWidget(m_hasSendTime);
    whenRow->addWidget(m_sendTime);
    whenRow->addStretch();
    whenRow->addWidget(m_stepActive);
    stepForm->addRow(tr("Send after"), whenRow);
    stepForm->addRow(tr("Only if"), m_condition);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveStep);
    stepForm->addRow(saveRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_stepTable, 1);
    layout->addLayout(stepButtons);
    layout->addWidget(stepBox);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    connect(m_hasSendTime, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(m_saveSequence, &QPushButton::clicked, this, [this] { saveSequence(); });
    connect(m_addStep, &QPushButton::clicked, this, [this] { addStep(); });
    connect(m_saveStep, &QPushButton::clicked, this, [this] { saveStep(); });
    connect(m_removeStep, &QPushButton::clicked, this, [this] { removeStep(); });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_stepTable, &StepTable::stepDropped, this,
            [this](int fromRow, int toRow) { dropStep(fromRow, toRow); });
    connect(m_stepTable, &QTableWidget::itemSelectionChanged, this,
            [this] { showStep(m_stepTable->currentRow()); });
    load(0);
}

void SequenceEditor::load(qint64 sequenceId)
{
    m_banner->clear();
    m_template->clear();
    if (auto templates = TemplateService(m_context).list(); templates) {
        for (const EmailTemplate& t : templates.value())
            m_template->addItem(t.isActive
                                    ? QStringLiteral("%1 (%2, %3)").arg(t.name, t.templateType, t.language)
                                    : tr("%1 (%2, %3) — switched off: its steps wait")
                                          .arg(t.name, t.templateType, t.language),
                                t.id);
    } else {
        m_banner->showMessage(templates.error().message);
    }
    m_sequence = Sequence{};
    if (sequenceId != 0) {
        auto sequence = SequenceService(m_context).get(sequenceId);
        if (!sequence) {
            m_banner->showMessage(sequence.error().message);
        } else {
            m_sequence = sequence.value();
        }
    }
    m_name->setText(m_sequence.name);
    m_description->setText(m_sequence.description);
    m_type->setCurrentIndex(m_type->findData(SequenceTypeCodes::toCode(m_sequence.sequenceType)));
    if (m_sequence.triggerEvent)
        m_trigger->setCurrentIndex(m_trigger->findData(TriggerEventCodes::toCode(*m_sequence.triggerEvent)));
    m_active->setChecked(m_sequence.isActive);
    reloadSteps();
}

void SequenceEditor::reloadSteps(qint64 selectStepId)
{
    m_steps.clear();
    if (m_sequence.id != 0) {
        auto steps = SequenceService(m_context).steps(m_sequence.id);
        if (!steps)
            m_banner->showMessage(steps.error().message);
        else
            m_steps = steps.value();
    }
    m_stepTable->setRowCount(int(m_steps.size()));
    int selectRow = m_steps.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_steps.size(); ++row) {
        const SequenceStep& step = m_steps.at(row);
        const int templateRow = m_template->findData(step.templateId);
        const FilterField* conditionField = StepCondition::find(step.conditionField);
        const QString condition =
            step.hasCondition() && step.conditionOperator
                ? QStringLiteral("%1 %2 %3")
                      .arg(conditionField ? conditionField->displayLabel() : step.conditionField,
                           conditionField
                               ? StepCondition::operatorLabel(*step.conditionOperator, conditionField->type)
                               : ConditionOperatorCodes::label(*step.conditionOperator),
                           step.conditionValue)
                      .trimmed()
                : tr("always");
        const QStringList cells = {QString::number(step.stepOrder),
                                   templateRow >= 0 ? m_template->itemText(templateRow)
                                                    : tr("missing template %1").arg(step.templateId),
                                   tr("%n day(s)", nullptr, step.daysDelay),
                                   step.sendTime ? step.sendTime->toString(QStringLiteral("HH:mm"))
                                                 : QString(),
                                   condition,
                                   step.isActive ? tr("yes") : tr("no")};
        for (int column = 0; column < cells.size(); ++column)
            m_stepTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (step.id == selectStepId)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_stepTable->selectRow(selectRow);
    showStep(selectRow);
    updateEnabled();
}

void SequenceEditor::selectStep(int row)
{
    m_stepTable->selectRow(row);
    showStep(row);
}

void SequenceEditor::showStep(int row)
{
    if (row < 0 || row >= m_steps.size()) {
        m_condition->setCondition(SequenceStep{});
        m_stepActive->setChecked(true);
        updateEnabled();
        return;
    }
    const SequenceStep& step = m_steps.at(row);
    m_template->setCurrentIndex(m_template->findData(step.templateId));
    m_delay->setValue(step.daysDelay);
    m_hasSendTime->setChecked(step.sendTime.has_value());
    if (step.sendTime)
        m_sendTime->setTime(*step.sendTime);
    m_stepActive->setChecked(step.isActive);
    m_condition->setCondition(step);
    updateEnabled();
}

SequenceStep SequenceEditor::stepFromForm() const
{
    SequenceStep step;
    step.sequenceId = m_sequence.id;
    step.templateId = m_template->currentData().toLongLong();
    step.daysDelay = m_delay->value();
    if (m_hasSendTime->isChecked())
        step.sendTime = m_sendTime->time();
    step.isActive = m_stepActive->isChecked();
    m_condition->applyTo(step);
    return step;
}

void SequenceEditor::updateEnabled()
{
    const bool canEdit = Authorizer::can(m_context.actor, Permission::ManageTemplates);
    const bool saved = m_sequence.id != 0;
    const int row = m_stepTable->currentRow();
    const bool hasStep = row >= 0 && row < m_steps.size();
    m_trigger->setEnabled(canEdit && m_type->currentData().toString() == QLatin1String("triggered"));
    for (QWidget* w :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_description), static_cast<QWidget*>(m_type),
          static_cast<QWidget*>(m_active), static_cast<QWidget*>(m_saveSequence)})
        w->setEnabled(canEdit);
    m_addStep->setEnabled(canEdit && saved && m_template->count() > 0);
    m_saveStep->setEnabled(canEdit && hasStep);
    m_removeStep->setEnabled(canEdit && hasStep);
    m_moveUp->setEnabled(canEdit && hasStep && row > 0);
    m_moveDown->setEnabled(canEdit && hasStep && row + 1 < m_steps.size());
    m_stepTable->setDragEnabled(canEdit);
    m_sendTime->setEnabled(m_hasSendTime->isChecked());
}

bool SequenceEditor::saveSequence()
{
    Sequence sequence = m_sequence;
    sequence.name = m_name->text();
    sequence.description = m_description->text();
    sequence.sequenceType =
        SequenceTypeCodes::fromCode(m_type->currentData().toString()).value_or(SequenceType::Manual);
    sequence.triggerEvent = sequence.sequenceType == SequenceType::Triggered
                                ? TriggerEventCodes::fromCode(m_trigger->currentData().toString())
                                : std::nullopt;
    sequence.isActive = m_active->isChecked();
    SequenceService service(m_context);
    if (sequence.id == 0) {
        auto id = service.create(sequence);
        if (!id) {
            m_banner->showMessage(id.error().message);
            return false;
        }
        sequence.id = id.value();
    } else if (auto updated = service.update(sequence); !updated) {
        m_banner->showMessage(updated.error().message);
        return false;
    }
    load(sequence.id);
    m_banner->showMessage(tr("Sequence saved."), MessageBanner::Kind::Information);
    emit changed(sequence.id);
    return true;
}

bool SequenceEditor::addStep()
{
    SequenceStep step = stepFromForm();
    auto id = SequenceService(m_context).addStep(step);
    if (!id) {
        m_banner->showMessage(id.error().message);
        return false;
    }
    m_banner->clear();
    reloadSteps(id.value());
    emit changed(m_sequence.id);
    return true;
}

bool SequenceEditor::saveStep()
{
    const int row = m_stepTable->currentRow();
    if (row < 0 || row >= m_steps.size())
        return false;
    SequenceStep step = stepFromForm();
    step.id = m_steps.at(row).id;
    if (auto updated = SequenceService(m_context).updateStep(step); !updated) {
        m_banner->showMessage(updated.error().message);
        return false;
    }
    m_banner->clear();
    reloadSteps(step.id);
    emit changed(m_sequence.id);
    return true;
}

bool SequenceEditor::removeStep()
{
    const int row = m_stepTable->currentRow();
    if (row < 0 || row >= m_steps.size())
        return false;
    if (auto removed = SequenceService(m_context).removeStep(m_steps.at(row).id); !removed) {
        m_banner->showMessage(removed.error().message);
        return false;
    }
    reloadSteps();
    emit changed(m_sequence.id);
    return true;
}

bool SequenceEditor::moveStep(int delta)
{
    const int row = m_stepTable->currentRow();
    return dropStep(row, row + delta);
}

bool SequenceEditor::dropStep(int fromRow, int toRow)
{
    if (fromRow < 0 || fromRow >= m_steps.size() || toRow < 0 || toRow >= m_steps.size() || fromRow == toRow)
        return false;
    if (!Authorizer::can(m_context.actor, Permission::ManageTemplates))
        return false; // the service would refuse too; a read-only view just does not move
    const qint64 id = m_steps.at(fromRow).id;
    // Orders are contiguous, so the step takes the order of the one whose place it takes.
    if (auto moved = SequenceService(m_context).moveStep(id, m_steps.at(toRow).stepOrder); !moved) {
        m_banner->showMessage(moved.error().message);
        return false;
    }
    reloadSteps(id);
    emit changed(m_sequence.id);
    return true;
}
