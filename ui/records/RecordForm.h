#pragma once

#include "common/Result.h"
#include "records/RecordField.h"

#include <QDialog>
#include <QHash>
#include <QVariantMap>
#include <functional>

class MessageBanner;
class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

// A create/edit dialog for one record, built from its type's field table. Saving calls a handler
// (the core service); an error naming a field is shown beside that field and the dialog stays
// open with everything the user typed. An existing record's form also has a History tab.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    struct FieldSpec
    {
        QString name;
        FieldKind kind = FieldKind::Text;
        QString label;
        QStringList enumCodes;
        QString enumField; // whose code labels to show: "contact_type", "status", "invoice_status"…
    };
    using EditorFactory = std::function<QWidget*(const FieldSpec& field, QWidget* parent)>;
    using SaveHandler = std::function<Status(const QVariantMap& values)>;

    // `referenceEditor` makes the editor of Reference fields (a RecordPicker).
    RecordForm(const QString& title, const QList<FieldSpec>& fields, const EditorFactory& referenceEditor,
               QWidget* parent = nullptr);

    void setValue(const QString& field, const QVariant& value);
    // Adds a page beside the fields (an existing record's History). The tab bar only shows once
    // there is more than the fields' own page. The form takes ownership.
    void addPage(QWidget* page, const QString& title);
    // For a role that may only read: every editor disabled, no Save, Cancel becomes Close.
    void setReadOnly();
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    QWidget* editor(const QString& field) const { return m_editors.value(field); }
    QString fieldError(const QString& field) const;
    QString bannerText() const;

    // Reads every editor into typed values; the first unparsable field is returned as an error.
    Result<QVariantMap> values() const;
    // Shows an error beside its field (or in the banner when it names no field on the form).
    void showError(const Error& error);

    void accept() override;

private:
    void clearErrors();

    QHash<QString, FieldSpec> m_fields;
    QHash<QString, QWidget*> m_editors;
    QHash<QString, QLabel*> m_errors;
    QStringList m_order;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
    SaveHandler m_save;
};
