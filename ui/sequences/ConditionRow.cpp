#include "ConditionRow.h"

#include "common/TimeFormat.h"
#include "sequences/StepCondition.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>

namespace {
enum Page
{
    TextPage,
    NumberPage,
    DatePage,
    ChoicePage,
    NonePage
};
}

ConditionRow::ConditionRow(QWidget* parent)
    : QWidget(parent), m_field(new QComboBox(this)), m_operator(new QComboBox(this)),
      m_valueStack(new QStackedWidget(this)), m_text(new QLineEdit(this)), m_number(new QSpinBox(this)),
      m_date(new QDateEdit(this)), m_choice(new QComboBox(this))
{
    m_field->setObjectName(QStringLiteral("conditionField"));
    m_operator->setObjectName(QStringLiteral("conditionOperator"));
    m_text->setObjectName(QStringLiteral("conditionText"));
    m_number->setObjectName(QStringLiteral("conditionNumber"));
    m_date->setObjectName(QStringLiteral("conditionDate"));
    m_choice->setObjectName(QStringLiteral("conditionChoice"));
    m_number->setRange(-1000000000, 1000000000);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_text->setPlaceholderText(tr("Value"));
    m_valueStack->addWidget(m_text);
    m_valueStack->addWidget(m_number);
    m_valueStack->addWidget(m_date);
    m_valueStack->addWidget(m_choice);
    m_valueStack->addWidget(new QWidget(this));

    m_field->addItem(tr("Always (no condition)"), QString());
    for (const FilterField& field : StepCondition::fields())
        m_field->addItem(field.displayLabel(), field.name);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_operator, 1);
    layout->addWidget(m_valueStack, 2);
    connect(m_field, &QComboBox::currentIndexChanged, this, &ConditionRow::fieldChanged);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &ConditionRow::operatorChanged);
    fieldChanged();
}

void ConditionRow::fieldChanged()
{
    const FilterField* field = StepCondition::find(m_field->currentData().toString());
    m_operator->clear();
    m_choice->clear();
    m_operator->setEnabled(field != nullptr);
    if (!field) {
        m_valueStack->setCurrentIndex(NonePage);
        return;
    }
    for (ConditionOperator op : StepCondition::operatorsFor(field->type))
        m_operator->addItem(StepCondition::operatorLabel(op, field->type),
                            ConditionOperatorCodes::toCode(op));
    if (field->type == FilterFieldType::Boolean) {
        m_choice->addItem(tr("Yes"), QStringLiteral("true"));
        m_choice->addItem(tr("No"), QStringLiteral("false"));
    } else if (field->enumCodes) {
        for (const QString& code : field->enumCodes())
            m_choice->addItem(field->enumValueLabel(code), code);
    }
    operatorChanged();
}

void ConditionRow::operatorChanged()
{
    const FilterField* field = StepCondition::find(m_field->currentData().toString());
    const auto op = ConditionOperatorCodes::fromCode(m_operator->currentData().toString());
    if (!field || !op || !StepCondition::needsValue(*op)) {
        m_valueStack->setCurrentIndex(NonePage);
        return;
    }
    switch (field->type) {
    case FilterFieldType::Boolean:
        m_valueStack->setCurrentIndex(ChoicePage);
        break;
    case FilterFieldType::Enum:
        m_valueStack->setCurrentIndex(field->enumCodes ? ChoicePage : TextPage);
        break;
    case FilterFieldType::Number:
        m_valueStack->setCurrentIndex(NumberPage);
        break;
    case FilterFieldType::Date:
        m_valueStack->setCurrentIndex(DatePage);
        break;
    case FilterFieldType::Text:
        m_valueStack->setCurrentIndex(TextPage);
        break;
    }
}

QString ConditionRow::value() const
{
    switch (m_valueStack->currentIndex()) {
    case TextPage:
        return m_text->text();
    case NumberPage:
        return QString::number(m_number->value());
    case DatePage:
        return TimeFormat::toStoredDate(m_date->date());
    case ChoicePage:
        return m_choice->currentData().toString();
    default:
        return {};
    }
}

void ConditionRow::setCondition(const SequenceStep& step)
{
    const int fieldIndex = m_field->findData(step.conditionField);
    m_field->setCurrentIndex(fieldIndex < 0 ? 0 : fieldIndex);
    fieldChanged();
    if (step.conditionOperator) {
        const int opIndex = m_operator->findData(ConditionOperatorCodes::toCode(*step.conditionOperator));
        if (opIndex >= 0)
            m_operator->setCurrentIndex(opIndex);
    }
    operatorChanged();
    m_text->setText(step.conditionValue);
    m_number->setValue(step.conditionValue.toInt());
    const QDate date = TimeFormat::fromStoredDate(step.conditionValue);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());
    const int choice = m_choice->findData(step.conditionValue.toLower());
    if (choice >= 0)
        m_choice->setCurrentIndex(choice);
}

void ConditionRow::applyTo(SequenceStep& step) const
{
    step.conditionField = m_field->currentData().toString();
    step.conditionOperator = step.conditionField.isEmpty()
                                 ? std::nullopt
                                 : ConditionOperatorCodes::fromCode(m_operator->currentData().toString());
    step.conditionValue = step.conditionField.isEmpty() ? QString() : value();
}
