#include "TemplatesPage.h"

#include "ProblemBanner.h"
#include "RichTextEditor.h"
#include "TemplateEditor.h"
#include "TemplateListModel.h"
#include "auth/Authorizer.h"
#include "records/Language.h"
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateService.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

TemplatesPage::TemplatesPage(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("templatesPage"));
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Templates"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    const bool canManage = Authorizer::can(m_context.actor, Permission::ManageTemplates);

    m_stack = new QStackedWidget(this);
    m_listPage = new QWidget(m_stack);
    auto* toolbar = new QToolBar(m_listPage);
    toolbar->setObjectName(QStringLiteral("templatesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto action = [&](const QString& name, const QString& text, const QString& icon,
                            const QKeySequence& key) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        toolbar->addAction(a);
        addAction(a);
        return a;
    };
    m_new = action(QStringLiteral("newTemplate"), tr("New template"), QStringLiteral("document-new"),
                   QKeySequence::New);
    m_open = action(QStringLiteral("openTemplate"), tr("Open"), QStringLiteral("document-open"),
                    QKeySequence(Qt::Key_Return));
    m_activate =
        action(QStringLiteral("toggleTemplateActive"), tr("Activate"), QStringLiteral("emblem-default"), {});
    m_delete = action(QStringLiteral("deleteTemplate"), tr("Delete"), QStringLiteral("edit-delete"),
                      QKeySequence::Delete);
    m_refresh = action(QStringLiteral("refreshTemplates"), tr("Refresh"), QStringLiteral("view-refresh"),
                       QKeySequence::Refresh);
    m_new->setVisible(canManage);
    m_activate->setVisible(canManage);
    m_delete->setVisible(canManage);

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
    filters->addWidget(new QLabel(tr("Type:"), m_listPage));
    filters->addWidget(m_typeFilter);
    filters->addWidget(new QLabel(tr("Language:"), m_listPage));
    filters->addWidget(m_languageFilter);
    filters->addStretch(1);

    m_banner = new ProblemBanner(m_listPage);
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

    connect(m_new, &QAction::triggered, this, &TemplatesPage::newTemplate);
    connect(m_open, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            openTemplate(id);
    });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openTemplate(m_model->idAt(index.row())); });
    connect(m_delete, &QAction::triggered, this, &TemplatesPage::deleteCurrent);
    connect(m_activate, &QAction::triggered, this, &TemplatesPage::toggleActive);
    connect(m_refresh, &QAction::triggered, this, &TemplatesPage::reload);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTypeFilter(m_typeFilter->currentData().toString());
        reload();
    });
    connect(m_languageFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setLanguageFilter(m_languageFilter->currentData().toString());
        reload();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TemplatesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TemplatesPage::updateActions);
    connect(m_model, &TemplateListModel::loadFailed, m_banner, &ProblemBanner::showError);
    connect(m_editor, &TemplateEditor::saved, this, [this](qint64) { reload(); });
    connect(m_editor, &TemplateEditor::closeRequested, this, &TemplatesPage::leaveEditor);
    reload();
}

void TemplatesPage::reload()
{
    const qint64 selected = currentId();
    if (auto loaded = m_model->reload(); !loaded)
        m_banner->showError(loaded.error().message);
    else
        m_banner->clear();
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_view->selectRow(row);
    m_empty->setVisible(m_model->rowCount() == 0);
    updateActions();
}

void TemplatesPage::openTemplate(qint64 id)
{
    if (id == 0)
        return;
    if (m_editor->load(id)) {
        m_stack->setCurrentWidget(m_editor);
        m_editor->bodyEditor()->designView()->setFocus();
    } else {
        m_banner->showError(m_editor->banner()->problems().isEmpty() ? tr("The template could not be opened.")
                                                                     : QString());
    }
}

void TemplatesPage::newTemplate()
{
    const QString type = m_typeFilter->currentData().toString();
    const QString language = m_languageFilter->currentData().toString();
    m_editor->newTemplate(type.isEmpty() ? QStringLiteral("custom") : type,
                          language.isEmpty() ? QStringLiteral("en") : language);
    m_stack->setCurrentWidget(m_editor);
    m_editor->findChild<QWidget*>(QStringLiteral("templateName"))->setFocus();
}

void TemplatesPage::showList()
{
    m_stack->setCurrentWidget(m_listPage);
    reload();
    m_view->setFocus();
}

bool TemplatesPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

void TemplatesPage::leaveEditor()
{
    if (m_editor->isModified() && m_editor->canEdit() &&
        !m_confirm(tr("Discard the unsaved changes to this template?")))
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

void TemplatesPage::deleteCurrent()
{
    const qint64 id = currentId();
    const EmailTemplate* t = m_model->templateAt(m_model->rowOf(id));
    if (!t)
        return;
    if (!m_confirm(
            tr("Delete the template \"%1\"? Sequence steps that use it will have no template.").arg(t->name)))
        return;
    if (auto removed = TemplateService(m_context).remove(id); !removed) {
        m_banner->showError(removed.error().message);
        return;
    }
    reload();
}

void TemplatesPage::toggleActive()
{
    const qint64 id = currentId();
    const EmailTemplate* t = m_model->templateAt(m_model->rowOf(id));
    if (!t)
        return;
    if (auto changed = TemplateService(m_context).setActive(id, !t->isActive); !changed) {
        m_banner->showError(changed.error().message);
        return;
    }
    reload();
}

void TemplatesPage::updateActions()
{
    const qint64 id = currentId();
    const EmailTemplate* t = m_model->templateAt(m_model->rowOf(id));
    m_open->setEnabled(t != nullptr);
    m_delete->setEnabled(t != nullptr);
    m_activate->setEnabled(t != nullptr);
    m_activate->setText(t && t->isActive ? tr("Deactivate") : tr("Activate"));
}
