#include "records/RecordForm.h"

#include "records/FieldValues.h"
#include "records/RecordText.h"
#include "widgets/MessageBanner.h"
#include "widgets/RecordPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

RecordForm::RecordForm(const QString& title, const QList<FieldSpec>& fields,
                       const EditorFactory& referenceEditor, QWidget* parent)
    : QDialog(parent), m_banner(new MessageBanner(this)), m_tabs(new QTabWidget(this))
{
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_tabs->setTabBarAutoHide(true);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    auto* fieldsPage = new QWidget(m_tabs);
    fieldsPage->setObjectName(QStringLiteral("detailsPage"));
    auto* form = new QFormLayout(fieldsPage);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_tabs->addTab(fieldsPage, tr("Details"));

    for (const FieldSpec& field : fields) {
        QWidget* editor = nullptr;
        switch (field.kind) {
        case FieldKind::Boolean: {
            auto* box = new QCheckBox(this);
            editor = box;
            break;
        }
        case FieldKind::Enum: {
            auto* combo = new QComboBox(this);
            for (const QString& code : field.enumCodes)
                combo->addItem(field.enumField == QLatin1String("invoice_status")
                                   ? RecordText::codeLabel(QStringLiteral("status"), code, true)
                                   : RecordText::codeLabel(field.enumField, code),
                               code);
            editor = combo;
            break;
        }
        case FieldKind::Reference:
            editor = referenceEditor(field, this);
            break;
        case FieldKind::Date: {
            auto* edit = new QLineEdit(this);
            edit->setPlaceholderText(tr("YYYY-MM-DD"));
            editor = edit;
            break;
        }
        case FieldKind::Money: {
            auto* edit = new QLineEdit(this);
            edit->setPlaceholderText(tr("0.00"));
            edit->setAlignment(Qt::AlignRight);
            editor = edit;
            break;
        }
        default:
            if (field.name == QLatin1String("notes") || field.name == QLatin1String("address")) {
                auto* text = new QPlainTextEdit(this);
                text->setTabChangesFocus(true);
                text->setFixedHeight(field.name == QLatin1String("notes") ? 72 : 52);
                editor = text;
            } else {
                editor = new QLineEdit(this);
            }
            break;
        }
        editor->setObjectName(field.name);
        auto* error = new QLabel(this);
        error->setObjectName(field.name + QStringLiteral("_error"));
        error->setStyleSheet(QStringLiteral("color:#b3261e;"));
        error->setWordWrap(true);
        error->hide();
        auto* cell = new QWidget(this);
        auto* cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(error);
        form->addRow(field.label, cell);
        m_fields.insert(field.name, field);
        m_editors.insert(field.name, editor);
        m_errors.insert(field.name, error);
        m_order << field.name;
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    setMinimumWidth(480);
}

void RecordForm::addPage(QWidget* page, const QString& title)
{
    m_tabs->addTab(page, title);
}

void RecordForm::setReadOnly()
{
    for (QWidget* editor : std::as_const(m_editors))
        editor->setEnabled(false);
    m_saveButton->hide();
    m_cancelButton->setText(tr("Close"));
}

void RecordForm::setValue(const QString& field, const QVariant& value)
{
    QWidget* editor = m_editors.value(field);
    if (!editor)
        return;
    const FieldSpec& spec = m_fields[field];
    if (auto* box = qobject_cast<QCheckBox*>(editor)) {
        box->setChecked(value.toBool());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QString code = value.toString();
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i).toString().compare(code, Qt::CaseInsensitive) == 0)
                combo->setCurrentIndex(i);
        }
    } else if (auto* picker = qobject_cast<RecordPicker*>(editor)) {
        picker->setSelectedId(value.toLongLong());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(value.toString());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(FieldValues::toText(spec.kind, value));
    }
}

Result<QVariantMap> RecordForm::values() const
{
    QVariantMap result;
    for (const QString& name : m_order) {
        QWidget* editor = m_editors.value(name);
        const FieldSpec& spec = m_fields[name];
        if (auto* box = qobject_cast<QCheckBox*>(editor)) {
            result.insert(name, box->isChecked());
        } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
            result.insert(name, combo->currentData().toString());
        } else if (auto* picker = qobject_cast<RecordPicker*>(editor)) {
            result.insert(name, picker->selectedId());
        } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
            result.insert(name, text->toPlainText());
        } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            if (spec.kind == FieldKind::Text) {
                result.insert(name, line->text());
                continue;
            }
            auto parsed = FieldValues::parse(name, spec.kind, line->text());
            if (!parsed)
                return parsed.error();
            result.insert(name, parsed.value());
        }
    }
    return result;
}

QString RecordForm::fieldError(const QString& field) const
{
    QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString RecordForm::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void RecordForm::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_banner->clear();
}

void RecordForm::showError(const Error& error)
{
    QString field = error.field;
    // A reference may be reported as "company" for the "company_id" editor.
    if (!m_errors.contains(field) && m_errors.contains(field + QStringLiteral("_id")))
        field += QStringLiteral("_id");
    if (QLabel* label = m_errors.value(field)) {
        label->setText(error.message);
        label->show();
        m_editors.value(field)->setFocus();
    } else {
        m_banner->showMessage(error.message);
    }
}

void RecordForm::accept()
{
    clearErrors();
    auto parsed = values();
    if (!parsed) {
        showError(parsed.error());
        return;
    }
    if (m_save) {
        if (auto saved = m_save(parsed.value()); !saved) {
            showError(saved.error());
            return;
        }
    }
    QDialog::accept();
}
