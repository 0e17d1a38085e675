#pragma once

#include "common/ServiceContext.h"

#include <QWidget>
#include <functional>

class ProblemBanner;
class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class TemplateEditor;
class TemplateListModel;

// The Templates page: the template list (filter by type and language; new, open, activate,
// delete) and, in place of the list, the editor for one template.
class TemplatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatesPage(ServiceContext context, QWidget* parent = nullptr);

    // Asked before a template is deleted or unsaved changes are dropped; the default shows a
    // question box. Tests script the answer.
    using Confirm = std::function<bool(const QString& question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void reload();
    void openTemplate(qint64 id);
    void newTemplate();
    void showList();
    bool isEditing() const;

    TemplateEditor* editor() const { return m_editor; }
    TemplateListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    qint64 currentId() const;
    void deleteCurrent();
    void toggleActive();
    void updateActions();
    void leaveEditor();

    ServiceContext m_context;
    Confirm m_confirm;
    QStackedWidget* m_stack;
    QWidget* m_listPage;
    ProblemBanner* m_banner;
    QComboBox* m_typeFilter;
    QComboBox* m_languageFilter;
    QTableView* m_view;
    QLabel* m_empty;
    TemplateListModel* m_model;
    TemplateEditor* m_editor;
    QAction* m_new;
    QAction* m_open;
    QAction* m_activate;
    QAction* m_delete;
    QAction* m_refresh;
};
