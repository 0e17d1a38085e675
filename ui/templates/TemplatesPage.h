#pragma once

#include "app/AppPage.h"
#include "common/ServiceContext.h"

class MessageBanner;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class TemplateEditor;
class TemplateListModel;

// The Templates page: the template list (search, filter by type and language; new, open,
// activate, delete) and, in its place, the editor for one template. The main window's New, Find,
// Delete and Refresh act on it; deleting and dropping unsaved changes ask first (UserPrompt).
class TemplatesPage : public AppPage
{
    Q_OBJECT

public:
    explicit TemplatesPage(ServiceContext context, QWidget* parent = nullptr);

    bool canCreate() const override;
    void createNew() override;
    bool canSearch() const override;
    void focusSearch() override;
    bool canDelete() const override;
    void deleteSelected() override;
    void refresh() override;
    QString statusText() const override;

    void openTemplate(qint64 id);
    void showList();
    bool isEditing() const;
    void toggleActive();

    TemplateEditor* editor() const { return m_editor; }
    TemplateListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    qint64 currentId() const;
    void updateActions();
    void leaveEditor();
    // True when there are no unsaved edits, or the user agrees to drop them.
    bool mayLeaveEditor();

    ServiceContext m_context;
    bool m_canManage;
    QStackedWidget* m_stack;
    QWidget* m_listPage;
    MessageBanner* m_banner;
    QLineEdit* m_search;
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
};
