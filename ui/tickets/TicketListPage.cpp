#include "tickets/TicketListPage.h"

#include "auth/Authorizer.h"
#include "tickets/TicketBadgeDelegate.h"
#include "tickets/TicketListModel.h"
#include "tickets/TicketMessageBanner.h"
#include "tickets/TicketService.h"
#include "widgets/UserPrompt.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
struct Chip
{
    TicketFilter filter;
    const char* objectName;
    const char* label;
};
const Chip kChips[] = {
    {TicketFilter::All, "chipAll", QT_TRANSLATE_NOOP("TicketListPage", "All")},
    {TicketFilter::Mine, "chipMine", QT_TRANSLATE_NOOP("TicketListPage", "My tickets")},
    {TicketFilter::Unassigned, "chipUnassigned", QT_TRANSLATE_NOOP("TicketListPage", "Unassigned")},
    {TicketFilter::Open, "chipOpen", QT_TRANSLATE_NOOP("TicketListPage", "Open")},
    {TicketFilter::Urgent, "chipUrgent", QT_TRANSLATE_NOOP("TicketListPage", "Urgent")},
    {TicketFilter::Overdue, "chipOverdue", QT_TRANSLATE_NOOP("TicketListPage", "Overdue")},
};
const QString kChipStyle = QStringLiteral(
    "QToolButton { border: 1px solid #b0bec5; border-radius: 12px; padding: 3px 12px; background: #fafafa; }"
    "QToolButton:checked { background: #1e88e5; color: white; border-color: #1e88e5; }");
const QString kColumnLayoutKey = QStringLiteral("tickets/listHeaderState");
} // namespace

TicketListPage::TicketListPage(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("ticketListPage"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_chips = new QButtonGroup(this);
    m_chips->setExclusive(true);
    for (const Chip& chip : kChips) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(chip.objectName));
        button->setText(tr(chip.label));
        button->setCheckable(true);
        button->setStyleSheet(kChipStyle);
        m_chips->addButton(button, static_cast<int>(chip.filter));
        top->addWidget(button);
    }
    m_chips->button(static_cast<int>(TicketFilter::All))->setChecked(true);
    connect(m_chips, &QButtonGroup::idClicked, this,
            [this](int id) { setFilter(static_cast<TicketFilter>(id)); });
    top->addSpacing(12);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("ticketSearch"));
    m_search->setPlaceholderText(tr("Search number, subject or company (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    auto* stats = new QPushButton(tr("Statistics"), this);
    stats->setObjectName(QStringLiteral("statisticsButton"));
    connect(stats, &QPushButton::clicked, this, &TicketListPage::statisticsRequested);
    top->addWidget(stats);
    auto* add = new QPushButton(tr("New ticket"), this);
    add->setObjectName(QStringLiteral("newTicketButton"));
    add->setShortcut(QKeySequence::New);
    add->setToolTip(tr("Open a new ticket (Ctrl+N)"));
    add->setEnabled(Authorizer::can(m_context.actor, Permission::CreateTickets));
    connect(add, &QPushButton::clicked, this, &TicketListPage::newTicketRequested);
    top->addWidget(add);
    // Deleting is for Tech Support and Admin (SPEC §1): hidden from everyone else.
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteTicketButton"));
    m_delete->setToolTip(tr("Delete the selected ticket with its comments and attachments (Delete)"));
    m_delete->setVisible(Authorizer::can(m_context.actor, Permission::DeleteTickets));
    connect(m_delete, &QPushButton::clicked, this, &TicketListPage::deleteSelected);
    top->addWidget(m_delete);
    layout->addLayout(top);

    m_banner = new TicketMessageBanner(this);
    m_banner->setObjectName(QStringLiteral("ticketListBanner"));
    layout->addWidget(m_banner);

    m_model = new TicketListModel(m_context, this);
    connect(m_model, &TicketListModel::loadFailed, m_banner, &TicketMessageBanner::showError);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ticketTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TicketBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(TicketListModel::CreatedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(false);
    m_view->setWordWrap(false);
    // The table, or a friendly empty state with the next step when there is nothing to list.
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_view);
    m_empty = new QWidget(m_body);
    m_empty->setObjectName(QStringLiteral("ticketEmptyState"));
    auto* emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    m_emptyMessage = new QLabel(m_empty);
    m_emptyMessage->setObjectName(QStringLiteral("ticketEmptyMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setStyleSheet(QStringLiteral("color: #546e7a; font-size: 11pt;"));
    emptyLayout->addWidget(m_emptyMessage);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    m_emptyShowAll = new QPushButton(tr("Show all tickets"), m_empty);
    m_emptyShowAll->setObjectName(QStringLiteral("emptyShowAllButton"));
    connect(m_emptyShowAll, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_model->setSearch(QString());
        setFilter(TicketFilter::All);
    });
    emptyButtons->addWidget(m_emptyShowAll);
    m_emptyNew = new QPushButton(tr("New ticket"), m_empty);
    m_emptyNew->setObjectName(QStringLiteral("emptyNewTicketButton"));
    m_emptyNew->setVisible(Authorizer::can(m_context.actor, Permission::CreateTickets));
    connect(m_emptyNew, &QPushButton::clicked, this, &TicketListPage::newTicketRequested);
    emptyButtons->addWidget(m_emptyNew);
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_body->addWidget(m_empty);
    layout->addWidget(m_body, 1);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, [this] {
        if (m_delete->isVisible() && m_delete->isEnabled())
            deleteSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TicketListPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketListPage::updateActions);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit openTicketRequested(m_model->ticketId(index.row())); });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ticketCount"));
    layout->addWidget(m_count);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setSearch(m_search->text());
        updateCount();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &TicketListPage::reload);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { saveColumnLayout(); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { saveColumnLayout(); });

    restoreColumnLayout();
    reload();
}

void TicketListPage::setFilter(TicketFilter filter)
{
    if (QAbstractButton* chip = m_chips->button(static_cast<int>(filter)))
        chip->setChecked(true);
    m_model->setFilter(filter);
    updateCount();
}

void TicketListPage::reload()
{
    m_banner->hide();
    m_model->reload();
    updateCount();
}

void TicketListPage::updateCount()
{
    auto total = TicketService(m_context).count(m_model->query());
    m_count->setText(total ? tr("%n ticket(s)", nullptr, static_cast<int>(total.value())) : QString());
    const bool empty = total && total.value() == 0;
    if (empty) {
        const TicketQuery query = m_model->query();
        const bool narrowed = query.filter != TicketFilter::All || !query.search.trimmed().isEmpty();
        m_emptyMessage->setText(narrowed ? tr("No tickets match this filter or search.")
                                         : tr("No tickets yet.\nWhen a customer reports a problem, open a "
                                              "ticket to keep track of it."));
        m_emptyShowAll->setVisible(narrowed);
    }
    m_count->setVisible(!empty);
    m_body->setCurrentWidget(empty ? m_empty : static_cast<QWidget*>(m_view));
    updateActions();
}

void TicketListPage::updateActions()
{
    m_delete->setEnabled(selectedTicketId() != 0);
}

bool TicketListPage::showsEmptyState() const
{
    return m_body->currentWidget() == m_empty;
}

qint64 TicketListPage::selectedTicketId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->ticketId(rows.first().row());
}

void TicketListPage::deleteSelected()
{
    const qint64 id = selectedTicketId();
    if (id == 0)
        return;
    const QModelIndex row = m_view->selectionModel()->selectedRows().first();
    const QString number = m_model->index(row.row(), TicketListModel::NumberColumn).data().toString();
    const QString subject = m_model->index(row.row(), TicketListModel::SubjectColumn).data().toString();
    if (!UserPrompt::confirm(this, tr("Delete ticket"),
                             tr("Delete ticket %1 \u201c%2\u201d with all its comments, internal notes and "
                                "attachments? This cannot be undone.")
                                 .arg(number, subject),
                             tr("Delete")))
        return;
    if (auto removed = TicketService(m_context).remove(id); !removed) {
        m_banner->showError(removed.error().message);
        return;
    }
    reload();
    m_banner->showInfo(tr("Deleted ticket %1.").arg(number));
}

void TicketListPage::saveColumnLayout() const
{
    QSettings().setValue(kColumnLayoutKey, m_view->horizontalHeader()->saveState());
}

void TicketListPage::restoreColumnLayout()
{
    const QByteArray state = QSettings().value(kColumnLayoutKey).toByteArray();
    if (!state.isEmpty()) {
        m_view->horizontalHeader()->restoreState(state);
        return;
    }
    QHeaderView* header = m_view->horizontalHeader();
    const int unit = fontMetrics().averageCharWidth();
    header->resizeSection(TicketListModel::NumberColumn, unit * 19);
    header->resizeSection(TicketListModel::SubjectColumn, unit * 40);
    header->resizeSection(TicketListModel::CompanyColumn, unit * 26);
    header->resizeSection(TicketListModel::StatusColumn, unit * 15);
    header->resizeSection(TicketListModel::PriorityColumn, unit * 12);
    header->resizeSection(TicketListModel::AssigneeColumn, unit * 16);
    header->resizeSection(TicketListModel::TeamColumn, unit * 10);
    header->resizeSection(TicketListModel::DueColumn, unit * 28);
}
