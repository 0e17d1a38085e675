#include "records/RecordListPage.h"

#include "app/AppSession.h"
#include "auth/Authorizer.h"
#include "records/CompanyService.h"
#include "records/CompanyTableModel.h"
#include "records/ContactService.h"
#include "records/ContactTableModel.h"
#include "records/ContractService.h"
#include "records/ContractTableModel.h"
#include "records/InvoiceService.h"
#include "records/InvoiceTableModel.h"
#include "records/RecordEditors.h"
#include "records/UiLookups.h"
#include "sequences/EnrolDialog.h"
#include "widgets/MessageBanner.h"
#include "widgets/RecordPicker.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/UserPrompt.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
DataType dataType(RecordListPage::Kind kind)
{
    switch (kind) {
    case RecordListPage::Kind::Companies:
        return DataType::Companies;
    case RecordListPage::Kind::Contacts:
        return DataType::Contacts;
    case RecordListPage::Kind::Contracts:
        return DataType::Contracts;
    case RecordListPage::Kind::Invoices:
        return DataType::Invoices;
    }
    return DataType::Companies;
}

QString kindName(RecordListPage::Kind kind)
{
    switch (kind) {
    case RecordListPage::Kind::Companies:
        return QStringLiteral("companies");
    case RecordListPage::Kind::Contacts:
        return QStringLiteral("contacts");
    case RecordListPage::Kind::Contracts:
        return QStringLiteral("contracts");
    case RecordListPage::Kind::Invoices:
        return QStringLiteral("invoices");
    }
    return {};
}
} // namespace

RecordListPage::RecordListPage(AppSession& session, Kind kind, QWidget* parent, qint64 fixedCompanyId)
    : AppPage(parent), m_session(session), m_kind(kind), m_fixedCompanyId(fixedCompanyId),
      m_view(new QTableView(this)), m_search(new QLineEdit(this)), m_banner(new MessageBanner(this)),
      m_searchDelay(new QTimer(this)), m_editButton(new QPushButton(tr("Edit…"), this)),
      m_deleteButton(new QPushButton(tr("Delete…"), this)), m_countLabel(new QLabel(this))
{
    const QString name = kindName(kind);
    setObjectName(name + QStringLiteral("Page"));
    int statusColumn = -1;
    int defaultSortColumn = 0;
    QString searchHint;
    QString newLabel;
    switch (kind) {
    case Kind::Companies:
        m_model = new CompanyTableModel(session, this);
        statusColumn = CompanyTableModel::StatusColumn;
        searchHint = tr("Search companies by name, city or country");
        newLabel = tr("New company…");
        break;
    case Kind::Contacts:
        m_model = new ContactTableModel(session, this);
        statusColumn = ContactTableModel::StatusColumn;
        searchHint = tr("Search contacts by name, email or phone");
        newLabel = tr("New contact…");
        break;
    case Kind::Contracts:
        m_model = new ContractTableModel(session, this);
        statusColumn = ContractTableModel::StatusColumn;
        defaultSortColumn = ContractTableModel::EndColumn;
        searchHint = tr("Search contracts by number or company");
        newLabel = tr("New contract…");
        break;
    case Kind::Invoices:
        m_model = new InvoiceTableModel(session, this);
        statusColumn = InvoiceTableModel::StatusColumn;
        defaultSortColumn = InvoiceTableModel::DueColumn;
        searchHint = tr("Search invoices by number or company");
        newLabel = tr("New invoice…");
        break;
    }
    m_model->setObjectName(name + QStringLiteral("Model"));

    // Toolbar: search, filters, actions.
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 2);
    if (kind == Kind::Companies || kind == Kind::Contacts) {
        m_activeOnly = new QCheckBox(tr("Active only"), this);
        m_activeOnly->setObjectName(QStringLiteral("activeOnlyFilter"));
        toolbar->addWidget(m_activeOnly);
        connect(m_activeOnly, &QCheckBox::toggled, this, &RecordListPage::applyFilters);
    }
    if (kind != Kind::Companies && fixedCompanyId == 0) {
        m_companyFilter = UiLookups::companyPicker(session, this);
        m_companyFilter->setObjectName(QStringLiteral("companyFilter"));
        m_companyFilter->setPlaceholderText(tr("Any company"));
        m_companyFilter->setMinimumWidth(200);
        toolbar->addWidget(m_companyFilter, 1);
        connect(m_companyFilter, &RecordPicker::selectedIdChanged, this, &RecordListPage::applyFilters);
    }
    if (kind == Kind::Contracts) {
        m_expiring = new QCheckBox(tr("Expiring within"), this);
        m_expiring->setObjectName(QStringLiteral("expiringFilter"));
        m_expiringDays = new QSpinBox(this);
        m_expiringDays->setObjectName(QStringLiteral("expiringDays"));
        m_expiringDays->setRange(1, 3650);
        m_expiringDays->setValue(30);
        m_expiringDays->setSuffix(tr(" days"));
        m_expiringDays->setEnabled(false);
        toolbar->addWidget(m_expiring);
        toolbar->addWidget(m_expiringDays);
        connect(m_expiring, &QCheckBox::toggled, this, [this](bool on) {
            m_expiringDays->setEnabled(on);
            applyFilters();
        });
        connect(m_expiringDays, &QSpinBox::valueChanged, this, [this] {
            if (m_expiring->isChecked())
                m_searchDelay->start();
        });
    }
    if (kind == Kind::Invoices) {
        m_overdue = new QCheckBox(tr("Overdue only"), this);
        m_overdue->setObjectName(QStringLiteral("overdueFilter"));
        toolbar->addWidget(m_overdue);
        connect(m_overdue, &QCheckBox::toggled, this, &RecordListPage::applyFilters);
    }
    toolbar->addStretch(0);
    auto* newButton = new QPushButton(newLabel, this);
    m_newButton = newButton;
    newButton->setObjectName(QStringLiteral("newButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    toolbar->addWidget(newButton);
    toolbar->addWidget(m_editButton);
    toolbar->addWidget(m_deleteButton);
    // What the signed-in role may not do is absent rather than refused after a click; a role that
    // may only read opens records read-only.
    m_mayEdit = Authorizer::can(m_session.actor(), Permission::EditRecords);
    m_mayDelete = Authorizer::can(m_session.actor(), Permission::DeleteRecords);
    newButton->setVisible(m_mayEdit);
    m_deleteButton->setVisible(m_mayDelete);
    if (!m_mayEdit)
        m_editButton->setText(tr("Open…"));
    if (kind == Kind::Companies || kind == Kind::Contacts) {
        m_enrolButton = new QPushButton(tr("Enrol in sequence…"), this);
        m_enrolButton->setObjectName(QStringLiteral("enrolInSequenceButton"));
        m_enrolButton->setVisible(Authorizer::can(session.context().actor, Permission::EnrolInSequences));
        toolbar->addWidget(m_enrolButton);
        connect(m_enrolButton, &QPushButton::clicked, this, &RecordListPage::enrolSelected);
    }

    // The table.
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(150);
    m_view->setItemDelegateForColumn(statusColumn, StatusBadgeDelegate::forRecordStatuses(m_view));
    m_view->horizontalHeader()->setResizeContentsPrecision(60);

    // Export is reading: every role that sees this list may save it.
    m_exportButton = new QPushButton(tr("Export…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Save this list, as filtered and with these columns, as a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &RecordListPage::exportList);
    toolbar->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(fixedCompanyId ? 0 : 12, fixedCompanyId ? 6 : 12, fixedCompanyId ? 0 : 12,
                               fixedCompanyId ? 0 : 6);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_countLabel);

    // Column layout (widths, order, sort) is remembered per table.
    const QByteArray header = QSettings().value(settingsKey()).toByteArray();
    const bool restored = !header.isEmpty() && m_view->horizontalHeader()->restoreState(header);
    if (!restored)
        m_view->horizontalHeader()->setSortIndicator(defaultSortColumn, Qt::AscendingOrder);
    m_model->setSortColumn(m_view->horizontalHeader()->sortIndicatorSection(),
                           m_view->horizontalHeader()->sortIndicatorOrder());
    m_model->setQuery(currentQuery());
    m_view->setSortingEnabled(true);
    if (!restored) {
        // First run: fit the columns to the first rows, within reason.
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const int width = m_view->columnWidth(column);
            m_view->setColumnWidth(column, qBound(90, width + 16, 280));
        }
    }

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &RecordListPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RecordListPage::applyFilters);
    connect(newButton, &QPushButton::clicked, this, &RecordListPage::createNew);
    connect(m_editButton, &QPushButton::clicked, this, &RecordListPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &RecordListPage::deleteSelected);
    // Enter or a double-click opens the record (activated covers both, following the style).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_kind == Kind::Companies && m_fixedCompanyId == 0)
            emit companyOpened(m_model->idAt(index.row()));
        else
            editSelected();
    });
    const bool mayEnrol = Authorizer::can(session.context().actor, Permission::EnrolInSequences);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, mayEnrol] {
        m_editButton->setEnabled(selectedId() != 0);
        m_deleteButton->setEnabled(selectedId() != 0);
        if (m_enrolButton)
            m_enrolButton->setEnabled(mayEnrol && selectedId() != 0);
        emit stateChanged();
    });
    connect(m_model, &RecordTableModel::loadFailed, this, [this](const Error& error) {
        m_banner->showMessage(tr("Could not read the %1: %2").arg(kindName(m_kind), error.message));
    });
    connect(m_model, &RecordTableModel::rowsFetched, this, &RecordListPage::updateStatus);
    connect(m_model, &RecordTableModel::modelReset, this, [this] {
        m_editButton->setEnabled(false);
        m_deleteButton->setEnabled(false);
        if (m_enrolButton)
            m_enrolButton->setEnabled(false);
    });
    m_editButton->setEnabled(false);
    m_deleteButton->setEnabled(false);
    if (m_enrolButton)
        m_enrolButton->setEnabled(false);
    m_total = -1;
    updateStatus();
}

RecordListPage::~RecordListPage()
{
    QSettings().setValue(settingsKey(), m_view->horizontalHeader()->saveState());
}

QString RecordListPage::settingsKey() const
{
    return QStringLiteral("tables/") + kindName(m_kind) +
           (m_fixedCompanyId ? QStringLiteral("-company") : QString()) + QStringLiteral("/header");
}

QStringList RecordListPage::visibleFields() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    const QStringList known = DataTypes::fieldNames(dataType(m_kind));
    QStringList fields;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        const QString field = m_model->exportField(column);
        if (known.contains(field) && !fields.contains(field))
            fields << field;
    }
    return fields;
}

std::unique_ptr<ExportDialog> RecordListPage::createExportDialog()
{
    // The model's query carries the sort the table shows as well as the search and filters.
    return std::make_unique<ExportDialog>(m_session.context(), dataType(m_kind), m_model->query(),
                                          visibleFields(), this);
}

void RecordListPage::exportList()
{
    const std::unique_ptr<ExportDialog> dialog = createExportDialog();
    if (dialog->exec() == QDialog::Accepted)
        m_banner->showMessage(tr("The list was exported."), MessageBanner::Kind::Information);
}

ListQuery RecordListPage::currentQuery() const
{
    ListQuery query;
    query.search = m_search->text().trimmed();
    query.activeOnly = m_activeOnly && m_activeOnly->isChecked();
    query.companyId =
        m_fixedCompanyId ? m_fixedCompanyId : (m_companyFilter ? m_companyFilter->selectedId() : 0);
    if (m_expiring && m_expiring->isChecked())
        query.expiringWithinDays = m_expiringDays->value();
    query.overdueOnly = m_overdue && m_overdue->isChecked();
    return query;
}

void RecordListPage::applyFilters()
{
    m_searchDelay->stop();
    m_total = -1;
    m_model->setQuery(currentQuery());
}

void RecordListPage::refresh()
{
    m_banner->clear();
    m_total = -1;
    const qint64 keep = selectedId();
    m_model->setQuery(currentQuery());
    selectId(keep);
}

void RecordListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

qint64 RecordListPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
}

void RecordListPage::selectId(qint64 id)
{
    const int row = id ? m_model->rowOfId(id) : -1;
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void RecordListPage::enrolSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || (m_kind != Kind::Companies && m_kind != Kind::Contacts))
        return;
    m_banner->clear();
    qint64 companyId = id;
    qint64 contactId = 0;
    if (m_kind == Kind::Contacts) {
        auto contact = ContactService(m_session.context()).get(id);
        if (!contact) {
            m_banner->showMessage(contact.error().message);
            return;
        }
        companyId = contact->companyId;
        contactId = id;
    }
    // Non-modal: the dialog keeps refusals (already enrolled, unsubscribed, …) on screen itself.
    auto* dialog = new EnrolDialog(m_session.context(), companyId, contactId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_banner->showMessage(tr("Enrolled; the first mail goes out as the sequence's first step says."),
                              MessageBanner::Kind::Information);
    });
    dialog->open();
}

bool RecordListPage::canDelete() const
{
    return m_mayDelete && selectedId() != 0;
}

void RecordListPage::createNew()
{
    m_banner->clear();
    qint64 id = 0;
    switch (m_kind) {
    case Kind::Companies:
        id = RecordEditors::editCompany(m_session, 0, this);
        break;
    case Kind::Contacts:
        id = RecordEditors::editContact(m_session, 0, this,
                                        m_fixedCompanyId ? m_fixedCompanyId : currentQuery().companyId);
        break;
    case Kind::Contracts:
        id = RecordEditors::editContract(m_session, 0, this,
                                         m_fixedCompanyId ? m_fixedCompanyId : currentQuery().companyId);
        break;
    case Kind::Invoices:
        id = RecordEditors::editInvoice(m_session, 0, this);
        break;
    }
    if (id == 0)
        return;
    m_total = -1;
    m_model->refresh();
    selectId(id);
    emit recordsChanged();
}

void RecordListPage::editSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    m_banner->clear();
    qint64 saved = 0;
    switch (m_kind) {
    case Kind::Companies:
        saved = RecordEditors::editCompany(m_session, id, this);
        break;
    case Kind::Contacts:
        saved = RecordEditors::editContact(m_session, id, this);
        break;
    case Kind::Contracts:
        saved = RecordEditors::editContract(m_session, id, this);
        break;
    case Kind::Invoices:
        saved = RecordEditors::editInvoice(m_session, id, this);
        break;
    }
    if (saved == 0)
        return;
    m_model->refresh();
    selectId(saved);
    emit recordsChanged();
}

void RecordListPage::deleteSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    m_banner->clear();
    const ServiceContext context = m_session.context();
    Result<DeletionImpact> impact = Error::usage(QString());
    switch (m_kind) {
    case Kind::Companies:
        impact = CompanyService(context).deletionImpact(id);
        break;
    case Kind::Contacts:
        impact = ContactService(context).deletionImpact(id);
        break;
    case Kind::Contracts:
        impact = ContractService(context).deletionImpact(id);
        break;
    case Kind::Invoices:
        impact = InvoiceService(context).deletionImpact(id);
        break;
    }
    if (!impact) {
        m_banner->showMessage(impact.error().message);
        return;
    }
    if (!UserPrompt::confirm(this, tr("Delete"), impact->describe(), tr("Delete")))
        return;
    Status removed = Status::success();
    switch (m_kind) {
    case Kind::Companies:
        removed = CompanyService(context).remove(id);
        break;
    case Kind::Contacts:
        removed = ContactService(context).remove(id);
        break;
    case Kind::Contracts:
        removed = ContractService(context).remove(id);
        break;
    case Kind::Invoices:
        removed = InvoiceService(context).remove(id);
        break;
    }
    if (!removed) {
        m_banner->showMessage(removed.error().message);
        return;
    }
    m_banner->showMessage(tr("Deleted %1.").arg(impact->summary()), MessageBanner::Kind::Information);
    m_total = -1;
    m_model->refresh();
    emit recordsChanged();
}

qint64 RecordListPage::countMatches() const
{
    const ListQuery query = m_model->query();
    const ServiceContext context = m_session.context();
    Result<qint64> total = qint64(-2);
    switch (m_kind) {
    case Kind::Companies:
        total = CompanyService(context).count(query);
        break;
    case Kind::Contacts:
        total = ContactService(context).count(query);
        break;
    case Kind::Contracts:
        total = ContractService(context).count(query);
        break;
    case Kind::Invoices:
        total = InvoiceService(context).count(query);
        break;
    }
    return total.valueOr(-2); // -2: could not count; not retried until the next load
}

void RecordListPage::updateStatus()
{
    const ListQuery query = m_model->query();
    const QLocale locale;
    const qint64 loaded = m_model->rowCount();
    // Counting every match of a text search means scanning the table, which would stall typing
    // on large tables; without a search term count(*) runs on an index and is cheap.
    if (m_total == -1 && query.search.isEmpty() && !m_countScheduled) {
        // Counted after the rows have painted, so a large table shows its first rows at once.
        m_countScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_countScheduled = false;
            if (m_total != -1)
                return;
            m_total = countMatches();
            updateStatus();
        });
    }
    QString text;
    if (m_total >= 0 && query.search.isEmpty()) {
        const QString n = locale.toString(m_total);
        const bool one = m_total == 1;
        switch (m_kind) {
        case Kind::Companies:
            text = one ? tr("1 company") : tr("%1 companies").arg(n);
            break;
        case Kind::Contacts:
            text = one ? tr("1 contact") : tr("%1 contacts").arg(n);
            break;
        case Kind::Contracts:
            text = one ? tr("1 contract") : tr("%1 contracts").arg(n);
            break;
        case Kind::Invoices:
            text = one ? tr("1 invoice") : tr("%1 invoices").arg(n);
            break;
        }
    } else if (m_model->fetchedAll()) {
        text = loaded == 1 ? tr("1 match") : tr("%1 matches").arg(locale.toString(loaded));
    } else {
        text = tr("%1 matches so far; scroll for more").arg(locale.toString(loaded));
    }
    m_status = text;
    // The main window shows the count in its status bar; an embedded list (the company page) and
    // an empty table say it under the table.
    const bool empty = loaded == 0 && query.search.isEmpty() && !m_model->lastError() && !query.activeOnly &&
                       !query.overdueOnly && !query.expiringWithinDays &&
                       (m_fixedCompanyId != 0 || query.companyId == 0);
    if (empty)
        m_countLabel->setText(tr("Nothing here yet. Use “%1” to add the first one.")
                                  .arg(m_newButton->text().remove(QStringLiteral("…"))));
    else if (loaded == 0)
        m_countLabel->setText(tr("Nothing matches the search and filters."));
    else
        m_countLabel->setText(text);
    m_countLabel->setVisible(m_fixedCompanyId != 0 || loaded == 0);
    emit stateChanged();
}
