#pragma once

#include <QHash>
#include <QWidget>

class FlowLayout;
class QLabel;
class QToolButton;

// The variable guide beside the editor: one chip per variable the template's type offers (read
// from TemplateCatalogue), with the variable's description as its tooltip. Clicking a chip asks
// for "{{name}}" to be inserted; its context menu copies it. Chips never take the keyboard focus,
// so the text field the user was typing in keeps it and receives the insertion.
class VariableGuide : public QWidget
{
    Q_OBJECT

public:
    explicit VariableGuide(QWidget* parent = nullptr);

    void setTemplateType(const QString& typeCode);
    QString templateType() const { return m_type; }
    // The chip for a variable (objectName "chip_<name>"), or nullptr.
    QToolButton* chip(const QString& name) const { return m_chips.value(name); }
    QStringList variableNames() const { return m_order; }

signals:
    void insertRequested(const QString& placeholder);

private:
    void showChipMenu(QToolButton* chip, const QString& name, const QPoint& position);

    QString m_type;
    QLabel* m_heading;
    QWidget* m_chipArea;
    FlowLayout* m_flow;
    QHash<QString, QToolButton*> m_chips;
    QStringList m_order;
};
