#include "SequencesPage.h"

#include "EnrolmentsView.h"
#include "SequenceEditor.h"
#include "SequenceListModel.h"
#include "auth/Authorizer.h"
#include "widgets/MessageBanner.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

SequencesPage::SequencesPage(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context)), m_banner(new MessageBanner(this)),
      m_model(new SequenceListModel(m_context, this)), m_list(new QTableView(this)),
      m_new(new QPushButton(tr("New sequence"), this)), m_tabs(new QTabWidget(this)),
      m_editor(new SequenceEditor(m_context, this)), m_enrolments(new EnrolmentsView(m_context, this))
{
    setObjectName(QStringLiteral("sequencesPage"));
    m_banner->setObjectName(QStringLiteral("sequencesBanner"));
    m_list->setObjectName(QStringLiteral("sequenceList"));
    m_new->setObjectName(QStringLiteral("newSequence"));
    m_tabs->setObjectName(QStringLiteral("sequenceTabs"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setEnabled(Authorizer::can(m_context.actor, Permission::ManageTemplates));

    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_tabs->addTab(m_editor, tr("Steps"));
    m_tabs->addTab(m_enrolments, tr("Enrolments"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_new);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({480, 720});
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SequenceListModel::Name, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_model, &SequenceListModel::failed, this,
            [this](const QString& message) { m_banner->showMessage(message); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { currentChanged(); });
    connect(m_new, &QPushButton::clicked, this, [this] { newSequence(); });
    connect(m_editor, &SequenceEditor::changed, this, [this](qint64 id) {
        refresh();
        selectSequence(id);
    });
    connect(m_enrolments, &EnrolmentsView::changed, this, [this] {
        const qint64 id = m_editor->sequenceId();
        refresh();
        selectSequence(id);
    });
    refresh();
    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
}

void SequencesPage::refresh()
{
    const QSignalBlocker blocker(m_list->selectionModel());
    if (const QString error = m_model->reload(); !error.isEmpty())
        m_banner->showMessage(error);
    else
        m_banner->clear();
}

void SequencesPage::selectSequence(qint64 sequenceId)
{
    const int row = m_model->rowOf(sequenceId);
    if (row < 0)
        return;
    m_list->selectRow(row);
    currentChanged();
}

void SequencesPage::newSequence()
{
    m_list->clearSelection();
    m_editor->load(0);
    m_enrolments->setSequence(0);
    m_tabs->setCurrentWidget(m_editor);
}

void SequencesPage::currentChanged()
{
    const Sequence* sequence = m_model->sequenceAt(m_list->currentIndex().row());
    const qint64 id = sequence ? sequence->id : 0;
    if (m_editor->sequenceId() != id || id == 0)
        m_editor->load(id);
    m_enrolments->setSequence(id);
}
