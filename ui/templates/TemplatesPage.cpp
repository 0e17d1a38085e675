#include "TemplatesPage.h"

#include "RichTextEditor.h"
#include "TemplateEditor.h"
#include "TemplateListModel.h"
#include "auth/Authorizer.h"
#include "records/Language.h"
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateService.h"
#include "widgets/MessageBanner.h"
#include "widgets/UserPrompt.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

TemplatesPage::TemplatesPage(ServiceContext context, QWidget* parent)
    : AppPage(parent), m_context(std::move(context)),
      m_canManage(Authorizer::can(m_context.actor, Permission::ManageTemplates))
{
    setObjectName(QStringLiteral("templatesPage"));
    m_stack = new QStackedWidget(this);
    m_listPage = new QWidget(m_stack);
    auto* toolbar = new QToolBar(m_listPage);
    toolbar->setObjectName(QStringLiteral("templatesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Shortcuts (Ctrl+N, Delete, F5) belong to the main window's menus, which call this page.
    const auto action = [&](const QString& name, const QString& text, const QString& icon) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        toolbar->addAction(a);
        return a;
    };
    m_new = action(QStringLiteral("newTemplate"), tr("New template"), QStringLiteral("document-new"));
    m_open = action(QStringLiteral("openTemplate"), tr("Open"), QStringLiteral("document-open"));
    m_activate =
        action(QStringLiteral("toggleTemplateActive"), tr("Activate"), QStringLiteral("emblem-default"));
    m_delete = action(QStringLiteral("deleteTemplate"), tr("Delete"), QStringLiteral("edit-delete"));
    m_new->setVisible(m_canManage);
    m_activate->setVisible(m_canManage);
    m_delete->setVisible(m_canManage);

    m_search = new QLineEdit(m_listPage);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setPlaceholderText(tr("Search name or subject…"));
    m_search->setClearButtonEnabled(true);
    m_typeFilter = new QComboBox(m_listPage);
    m_typeFilter->setObjectName(QStringLiteral("templateTypeFilter"));
    m_typeFilter->addItem(tr("All types"), QString());
    for (const TemplateTypeInfo& type : TemplateCatalogue::types())
        m_typeFilter->addItem(type.translatedLabel(), type.code);
    m_languageFilter = new QComboBox(m_listPage);
    m_languageFilter->setObjectName(QStringLiteral("templateLanguageFilter"));
    m_languageFilter->addItem(tr("All languages"), QString());
    for (const Language language : LanguageCodes::all())
        m_languageFilter->addItem(LanguageCodes::label(language), LanguageCodes::toCode(language));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("Type:"), m_listPage));
    filters->addWidget(m_typeFilter, 1);
    filters->addWidget(new QLabel(tr("Language:"), m_listPage));
    filters->addWidget(m_languageFilter);

    m_banner = new MessageBanner(m_listPage);
    m_banner->setObjectName(QStringLiteral("templatesBanner"));
    m_model = new TemplateListModel(m_context, this);
    m_view = new QTableView(m_listPage);
    m_view->setObjectName(QStringLiteral("templateList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TemplateListModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(TemplateListModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TemplateListModel::Type, QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty = new QLabel(tr("No templates match. Create one with New template (Ctrl+N)."), m_listPage);
    m_empty->setObjectName(QStringLiteral("templatesEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->addWidget(toolbar);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_banner);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_empty);

    m_editor = new TemplateEditor(m_context, m_stack);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_editor);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto* searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        refresh();
    });
    connect(m_new, &QAction::triggered, this, &TemplatesPage::createNew);
    connect(m_open, &QAction::triggered, this, [this] { openTemplate(currentId()); });
    // Double-click or Enter on a row opens it.
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openTemplate(m_model->idAt(index.row())); });
    connect(m_delete, &QAction::triggered, this, &TemplatesPage::deleteSelected);
    connect(m_activate, &QAction::triggered, this, &TemplatesPage::toggleActive);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTypeFilter(m_typeFilter->currentData().toString());
        refresh();
    });
    connect(m_languageFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setLanguageFilter(m_languageFilter->currentData().toString());
        refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TemplatesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TemplatesPage::updateActions);
    connect(m_model, &TemplateListModel::loadFailed, this,
            [this](const QString& message) { m_banner->showMessage(message); });
    connect(m_editor, &TemplateEditor::saved, this, [this](qint64) {
        if (auto loaded = m_model->reload(); !loaded)
            m_banner->showMessage(loaded.error().message);
        emit stateChanged();
    });
    connect(m_editor, &TemplateEditor::closeRequested, this, &TemplatesPage::leaveEditor);
    refresh();
}

bool TemplatesPage::canCreate() const
{
    return m_canManage;
}

void TemplatesPage::createNew()
{
    if (!m_canManage || !mayLeaveEditor())
        return;
    const QString type = m_typeFilter->currentData().toString();
    const QString language = m_languageFilter->currentData().toString();
    m_editor->newTemplate(type.isEmpty() ? QStringLiteral("custom") : type,
                          language.isEmpty() ? QStringLiteral("en") : language);
    m_stack->setCurrentWidget(m_editor);
    m_editor->findChild<QWidget*>(QStringLiteral("templateName"))->setFocus();
    emit stateChanged();
}

bool TemplatesPage::canSearch() const
{
    return !isEditing();
}

void TemplatesPage::focusSearch()
{
    if (isEditing())
        return;
    m_search->setFocus();
    m_search->selectAll();
}

bool TemplatesPage::canDelete() const
{
    return m_canManage && !isEditing() && currentId() != 0;
}

void TemplatesPage::deleteSelected()
{
    if (!canDelete())
        return;
    const qint64 id = currentId();
    const EmailTemplate* t = m_model->templateAt(m_model->rowOf(id));
    if (!t)
        return;
    if (!UserPrompt::confirm(
            this, tr("Delete template"),
            tr("Delete the template \"%1\"? Sequence steps that use it will have no template.").arg(t->name),
            tr("Delete")))
        return;
    if (auto removed = TemplateService(m_context).remove(id); !removed) {
        m_banner->showMessage(removed.error().message);
        return;
    }
    refresh();
}

void TemplatesPage::refresh()
{
    if (isEditing())
        return; // the editor shows one template; the list reloads when the user goes back
    const qint64 selected = currentId();
    if (auto loaded = m_model->reload(); !loaded)
        m_banner->showMessage(loaded.error().message);
    else
        m_banner->clear();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->selectRow(row);
    m_empty->setVisible(m_model->rowCount() == 0);
    updateActions();
}

QString TemplatesPage::statusText() const
{
    if (isEditing())
        return m_editor->templateId() ? tr("Editing template %1").arg(m_editor->templateId())
                                      : tr("New template");
    int active = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->templateAt(row)->isActive)
            ++active;
    }
    return tr("%n template(s), %1 active", nullptr, m_model->rowCount()).arg(active);
}

void TemplatesPage::openTemplate(qint64 id)
{
    if (id == 0)
        return;
    if (auto loaded = m_editor->load(id); !loaded) {
        m_banner->showMessage(loaded.error().message);
        return;
    }
    m_stack->setCurrentWidget(m_editor);
    m_editor->bodyEditor()->designView()->setFocus();
    emit stateChanged();
}

void TemplatesPage::showList()
{
    m_stack->setCurrentWidget(m_listPage);
    refresh();
    m_view->setFocus();
    emit stateChanged();
}

bool TemplatesPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

bool TemplatesPage::mayLeaveEditor()
{
    if (!isEditing() || !m_editor->isModified() || !m_editor->canEdit())
        return true;
    return UserPrompt::confirm(this, tr("Unsaved template"),
                               tr("Discard the unsaved changes to this template?"), tr("Discard"));
}

void TemplatesPage::leaveEditor()
{
    if (!mayLeaveEditor())
        return;
    const qint64 id = m_editor->templateId();
    showList();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->selectRow(row);
}

qint64 TemplatesPage::currentId() const
{
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
}

void TemplatesPage::toggleActive()
{
    const qint64 id = currentId();
    const EmailTemplate* t = m_model->templateAt(m_model->rowOf(id));
    if (!t)
        return;
    if (auto changed = TemplateService(m_context).setActive(id, !t->isActive); !changed) {
        m_banner->showMessage(changed.error().message);
        return;
    }
    refresh();
}

void TemplatesPage::updateActions()
{
    const EmailTemplate* t = m_model->templateAt(m_model->rowOf(currentId()));
    m_open->setEnabled(t != nullptr);
    m_delete->setEnabled(t != nullptr);
    m_activate->setEnabled(t != nullptr);
    m_activate->setText(t && t->isActive ? tr("Deactivate") : tr("Activate"));
    emit stateChanged();
}
