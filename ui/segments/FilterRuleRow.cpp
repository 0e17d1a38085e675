#include "segments/FilterRuleRow.h"

#include "filters/FilterFieldCatalogue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}
} // namespace

FilterRuleRow::FilterRuleRow(FilterEntity entity, QWidget* parent) : QFrame(parent), m_entity(entity)
{
    setObjectName(QStringLiteral("filterRuleRow"));
    setFrameShape(QFrame::StyledPanel);
    setProperty("invalid", false);
    setStyleSheet(QStringLiteral(
        "FilterRuleRow{border:1px solid palette(mid);border-radius:4px;background:palette(base)}"
        "FilterRuleRow[invalid=\"true\"]{border:2px solid #c62828;background:#fff4f4}"));

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("ruleField"));
    m_field->setMinimumContentsLength(18);
    bool companySection = false;
    for (const FilterField& field : FilterFieldCatalogue::fields(entity)) {
        if (entity == FilterEntity::Contact && field.isCompanyField() && !companySection) {
            m_field->insertSeparator(m_field->count());
            companySection = true;
        }
        m_field->addItem(field.displayLabel(), field.name);
        if (!field.displayDescription().isEmpty())
            m_field->setItemData(m_field->count() - 1, field.displayDescription(), Qt::ToolTipRole);
    }
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("ruleOperator"));
    m_operator->setMinimumContentsLength(12);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("ruleText"));
    m_text->setClearButtonEnabled(true);
    m_number = new QDoubleSpinBox(this);
    m_number->setObjectName(QStringLiteral("ruleNumber"));
    m_number2 = new QDoubleSpinBox(this);
    m_number2->setObjectName(QStringLiteral("ruleNumber2"));
    for (QDoubleSpinBox* box : {m_number, m_number2}) {
        box->setRange(-1e9, 1e9);
        box->setDecimals(2);
    }
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("ruleDate"));
    m_date2 = new QDateEdit(this);
    m_date2->setObjectName(QStringLiteral("ruleDate2"));
    for (QDateEdit* box : {m_date, m_date2}) {
        box->setCalendarPopup(true);
        box->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        box->setDate(QDate::currentDate());
    }
    m_and = new QLabel(tr("and"), this);
    m_check = new QCheckBox(tr("Yes"), this);
    m_check->setObjectName(QStringLiteral("ruleCheck"));
    m_check->setChecked(true);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("ruleChoice"));
    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("ruleChoices"));
    m_choices->setMaximumHeight(90);
    m_choices->setMinimumWidth(150);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("ruleDays"));
    m_days->setRange(0, FilterOperators::kMaxDays);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ruleCount"));
    m_count->setMinimumWidth(70);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setToolTip(tr("How many records this rule alone selects"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_remove->setToolTip(tr("Remove this rule"));
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("ruleIssue"));
    m_issue->setWordWrap(true);
    m_issue->setStyleSheet(QStringLiteral("color:#c62828"));
    m_issue->setVisible(false);

    auto* row = new QHBoxLayout;
    row->addWidget(m_field);
    row->addWidget(m_operator);
    // In this order only the editors that fit are shown: "between" shows low, "and", high.
    for (QWidget* editor : std::initializer_list<QWidget*>{m_text, m_number, m_date, m_and, m_number2,
                                                           m_date2, m_check, m_choice, m_choices, m_days})
        row->addWidget(editor, editor == m_text || editor == m_choices ? 1 : 0);
    row->addStretch(0);
    row->addWidget(m_count);
    row->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_issue);

    const auto edited = [this] {
        if (!m_loading)
            emit changed();
    };
    connect(m_field, &QComboBox::currentIndexChanged, this, [this, edited] {
        fieldChanged();
        edited();
    });
    connect(m_operator, &QComboBox::currentIndexChanged, this, [this, edited] {
        operatorChanged();
        edited();
    });
    connect(m_text, &QLineEdit::textChanged, this, edited);
    connect(m_number, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_number2, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_date, &QDateEdit::dateChanged, this, edited);
    connect(m_date2, &QDateEdit::dateChanged, this, edited);
    connect(m_check, &QCheckBox::toggled, this, edited);
    connect(m_choice, &QComboBox::currentIndexChanged, this, edited);
    connect(m_choices, &QListWidget::itemChanged, this, edited);
    connect(m_days, &QSpinBox::valueChanged, this, edited);
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });

    m_loading = true;
    fieldChanged();
    m_loading = false;
}

const FilterField* FilterRuleRow::field() const
{
    return FilterFieldCatalogue::find(m_entity, m_field->currentData().toString());
}

FilterValueShape FilterRuleRow::shape() const
{
    const auto op = FilterOperators::fromCode(m_operator->currentData().toString());
    return op ? FilterOperators::valueShape(*op) : FilterValueShape::None;
}

void FilterRuleRow::fieldChanged()
{
    const FilterField* current = field();
    if (!current)
        return;
    const QString previous = m_operator->currentData().toString();
    {
        const QSignalBlocker block(m_operator);
        m_operator->clear();
        for (FilterOperator op : FilterOperators::operatorsFor(current->type))
            m_operator->addItem(FilterOperators::label(op, current->type), FilterOperators::toCode(op));
        const int keep = m_operator->findData(previous);
        m_operator->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    {
        const QSignalBlocker blockChoice(m_choice);
        const QSignalBlocker blockChoices(m_choices);
        m_choice->clear();
        m_choices->clear();
        if (current->type == FilterFieldType::Enum && current->enumCodes) {
            for (const QString& code : current->enumCodes()) {
                m_choice->addItem(current->enumValueLabel(code), code);
                auto* item = new QListWidgetItem(current->enumValueLabel(code), m_choices);
                item->setData(Qt::UserRole, code);
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
                item->setCheckState(Qt::Unchecked);
            }
        }
    }
    m_field->setToolTip(current->displayDescription());
    operatorChanged();
}

void FilterRuleRow::operatorChanged()
{
    showEditors();
}

void FilterRuleRow::showEditors()
{
    const FilterField* current = field();
    const FilterFieldType type = current ? current->type : FilterFieldType::Text;
    const FilterValueShape valueShape = shape();
    const bool single = valueShape == FilterValueShape::Single;
    const bool pair = valueShape == FilterValueShape::Pair;
    const bool list = valueShape == FilterValueShape::List;
    m_text->setVisible((type == FilterFieldType::Text && (single || list)) ||
                       (type == FilterFieldType::Number && list));
    m_text->setPlaceholderText(list ? tr("values, separated by commas") : tr("text"));
    m_number->setVisible(type == FilterFieldType::Number && (single || pair));
    m_number2->setVisible(type == FilterFieldType::Number && pair);
    m_date->setVisible(type == FilterFieldType::Date && (single || pair));
    m_date2->setVisible(type == FilterFieldType::Date && pair);
    m_and->setVisible(pair);
    m_check->setVisible(type == FilterFieldType::Boolean && single);
    m_choice->setVisible(type == FilterFieldType::Enum && single);
    m_choices->setVisible(type == FilterFieldType::Enum && list);
    m_days->setVisible(valueShape == FilterValueShape::Days);
}

QJsonValue FilterRuleRow::value() const
{
    const FilterField* current = field();
    if (!current)
        return QJsonValue::Undefined;
    const auto dateText = [](const QDateEdit* box) {
        return box->date().toString(Qt::ISODate);
    };
    switch (shape()) {
    case FilterValueShape::None:
        return QJsonValue::Undefined;
    case FilterValueShape::Days:
        return m_days->value();
    case FilterValueShape::Pair:
        if (current->type == FilterFieldType::Date)
            return QJsonArray{dateText(m_date), dateText(m_date2)};
        return QJsonArray{m_number->value(), m_number2->value()};
    case FilterValueShape::List: {
        QJsonArray items;
        if (current->type == FilterFieldType::Enum) {
            for (int i = 0; i < m_choices->count(); ++i) {
                if (m_choices->item(i)->checkState() == Qt::Checked)
                    items.append(m_choices->item(i)->data(Qt::UserRole).toString());
            }
            return items;
        }
        for (const QString& item : splitList(m_text->text())) {
            bool ok = false;
            const double number = QLocale::c().toDouble(item, &ok);
            // Numbers go as numbers; anything else as typed, so the checker names it.
            items.append(current->type == FilterFieldType::Number && ok ? QJsonValue(number)
                                                                        : QJsonValue(item));
        }
        return items;
    }
    case FilterValueShape::Single:
        switch (current->type) {
        case FilterFieldType::Text:
            return m_text->text();
        case FilterFieldType::Number:
            return m_number->value();
        case FilterFieldType::Date:
            return dateText(m_date);
        case FilterFieldType::Boolean:
            return m_check->isChecked();
        case FilterFieldType::Enum:
            return m_choice->currentData().toString();
        }
    }
    return QJsonValue::Undefined;
}

void FilterRuleRow::setValue(const QJsonValue& value)
{
    const FilterField* current = field();
    if (!current)
        return;
    const QJsonArray array = value.toArray();
    switch (shape()) {
    case FilterValueShape::None:
        break;
    case FilterValueShape::Days:
        m_days->setValue(value.toInt());
        break;
    case FilterValueShape::Pair:
        if (current->type == FilterFieldType::Date) {
            m_date->setDate(QDate::fromString(array.at(0).toString(), Qt::ISODate));
            m_date2->setDate(QDate::fromString(array.at(1).toString(), Qt::ISODate));
        } else {
            m_number->setValue(array.at(0).toDouble());
            m_number2->setValue(array.at(1).toDouble());
        }
        break;
    case FilterValueShape::List:
        if (current->type == FilterFieldType::Enum) {
            for (int i = 0; i < m_choices->count(); ++i) {
                bool wanted = false;
                for (const QJsonValue item : array)
                    wanted |= item.toString() == m_choices->item(i)->data(Qt::UserRole).toString();
                m_choices->item(i)->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
            }
        } else {
            QStringList items;
            for (const QJsonValue item : array)
                items << (item.isDouble() ? QString::number(item.toDouble()) : item.toString());
            m_text->setText(items.join(QStringLiteral(", ")));
        }
        break;
    case FilterValueShape::Single:
        switch (current->type) {
        case FilterFieldType::Text:
            m_text->setText(value.isDouble() ? QString::number(value.toDouble()) : value.toString());
            break;
        case FilterFieldType::Number:
            m_number->setValue(value.isString() ? value.toString().toDouble() : value.toDouble());
            break;
        case FilterFieldType::Date:
            m_date->setDate(QDate::fromString(value.toString(), Qt::ISODate));
            break;
        case FilterFieldType::Boolean:
            m_check->setChecked(value.isBool() ? value.toBool() : value.toString() == QLatin1String("true"));
            break;
        case FilterFieldType::Enum:
            m_choice->setCurrentIndex(std::max(0, m_choice->findData(value.toString().toLower())));
            break;
        }
        break;
    }
}

void FilterRuleRow::setRule(const FilterNode& rule)
{
    m_loading = true;
    const int field = m_field->findData(rule.field.trimmed().toLower());
    if (field >= 0)
        m_field->setCurrentIndex(field);
    fieldChanged();
    const int op = m_operator->findData(rule.op.trimmed().toLower());
    if (op >= 0)
        m_operator->setCurrentIndex(op);
    showEditors();
    setValue(rule.value);
    m_loading = false;
}

FilterNode FilterRuleRow::rule() const
{
    return FilterNode::rule(m_field->currentData().toString(), m_operator->currentData().toString(), value());
}

void FilterRuleRow::setIssue(const QString& message)
{
    m_issue->setText(message);
    m_issue->setVisible(!message.isEmpty());
    setToolTip(message);
    if (property("invalid").toBool() != !message.isEmpty()) {
        setProperty("invalid", !message.isEmpty());
        style()->unpolish(this);
        style()->polish(this);
    }
}

QString FilterRuleRow::issue() const
{
    return m_issue->text();
}

void FilterRuleRow::setCount(std::optional<qint64> count)
{
    m_count->setText(count ? QLocale().toString(*count) : QString());
}
