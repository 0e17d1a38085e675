#include "segments/StaticMembersView.h"

#include "segments/SegmentJobRunner.h"
#include "segments/SegmentMemberModel.h"
#include "segments/SegmentService.h"
#include "widgets/MessageBanner.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kMemberPage = 500;
constexpr int kSearchDelayMs = 300;

QTableView* memberView(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QList<qint64> selectedIds(const QTableView* view, const SegmentMemberModel* model)
{
    QList<qint64> ids;
    for (const QModelIndex& index : view->selectionModel()->selectedRows())
        ids << model->idAt(index.row());
    return ids;
}
} // namespace

StaticMembersView::StaticMembersView(ServiceContext context, SegmentJobRunner* runner, QWidget* parent)
    : QWidget(parent), m_context(std::move(context)), m_runner(runner)
{
    setObjectName(QStringLiteral("staticMembersView"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("membersBanner"));

    m_memberSearch = new QLineEdit(this);
    m_memberSearch->setObjectName(QStringLiteral("memberSearch"));
    m_memberSearch->setPlaceholderText(tr("Search members by name, email or company"));
    m_memberSearch->setClearButtonEnabled(true);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("memberTotal"));
    m_members = new SegmentMemberModel(this);
    m_memberTable = memberView(m_members, QStringLiteral("memberTable"), this);
    m_remove = new QPushButton(tr("Remove from segment"), this);
    m_remove->setObjectName(QStringLiteral("removeMembers"));

    m_contactSearch = new QLineEdit(this);
    m_contactSearch->setObjectName(QStringLiteral("contactSearch"));
    m_contactSearch->setPlaceholderText(tr("Find contacts to add: name, email or company"));
    m_contactSearch->setClearButtonEnabled(true);
    m_contacts = new SegmentMemberModel(this);
    m_contactTable = memberView(m_contacts, QStringLiteral("contactResults"), this);
    m_add = new QPushButton(tr("Add to segment"), this);
    m_add->setObjectName(QStringLiteral("addMembers"));

    auto* membersBox = new QGroupBox(tr("Members"), this);
    auto* membersTop = new QHBoxLayout;
    membersTop->addWidget(m_memberSearch, 1);
    membersTop->addWidget(m_total);
    auto* membersLayout = new QVBoxLayout(membersBox);
    membersLayout->addLayout(membersTop);
    membersLayout->addWidget(m_memberTable, 1);
    membersLayout->addWidget(m_remove, 0, Qt::AlignRight);

    auto* addBox = new QGroupBox(tr("Add contacts"), this);
    auto* addLayout = new QVBoxLayout(addBox);
    addLayout->addWidget(m_contactSearch);
    addLayout->addWidget(m_contactTable, 1);
    addLayout->addWidget(m_add, 0, Qt::AlignRight);

    auto* columns = new QHBoxLayout;
    columns->addWidget(membersBox, 3);
    columns->addWidget(addBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);

    m_memberTimer = new QTimer(this);
    m_memberTimer->setSingleShot(true);
    m_memberTimer->setInterval(kSearchDelayMs);
    m_contactTimer = new QTimer(this);
    m_contactTimer->setSingleShot(true);
    m_contactTimer->setInterval(kSearchDelayMs);
    connect(m_memberSearch, &QLineEdit::textChanged, m_memberTimer, qOverload<>(&QTimer::start));
    connect(m_contactSearch, &QLineEdit::textChanged, m_contactTimer, qOverload<>(&QTimer::start));
    connect(m_memberTimer, &QTimer::timeout, this, &StaticMembersView::refresh);
    connect(m_contactTimer, &QTimer::timeout, this, &StaticMembersView::findContacts);
    connect(m_remove, &QPushButton::clicked, this, &StaticMembersView::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &StaticMembersView::addSelected);
    connect(m_contactTable, &QTableView::doubleClicked, this, &StaticMembersView::addSelected);
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaticMembersView::updateButtons);
    connect(m_contactTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaticMembersView::updateButtons);
    updateButtons();
}

void StaticMembersView::setSegment(qint64 segmentId, bool editable)
{
    m_segmentId = segmentId;
    m_editable = editable;
    m_banner->clear();
    m_memberSearch->clear();
    m_contactSearch->setEnabled(editable);
    m_members->setMembers(FilterEntity::Contact, {});
    m_contacts->setMembers(FilterEntity::Contact, {});
    refresh();
    updateButtons();
}

void StaticMembersView::updateButtons()
{
    m_remove->setEnabled(m_editable && m_memberTable->selectionModel()->hasSelection());
    m_add->setEnabled(m_editable && m_segmentId > 0 && m_contactTable->selectionModel()->hasSelection());
}

void StaticMembersView::refresh()
{
    if (m_segmentId <= 0)
        return;
    const quint64 request = ++m_memberRequest;
    const qint64 id = m_segmentId;
    SegmentMemberQuery query;
    query.search = m_memberSearch->text();
    query.limit = kMemberPage;
    struct Page
    {
        Result<QList<SegmentMember>> members = QList<SegmentMember>();
        Result<qint64> total = qint64(0);
    };
    m_runner->run<Page>(
        this,
        [id, query](const ServiceContext& context) {
            const SegmentService service(context);
            return Page{service.members(id, query), service.memberCount(id, query.search)};
        },
        [this, request](Page page) {
            if (request != m_memberRequest)
                return; // a newer search is on its way
            if (!page.members || !page.total) {
                m_banner->showMessage((page.members ? page.total.error() : page.members.error()).message);
                return;
            }
            m_members->setMembers(FilterEntity::Contact, page.members.value());
            const qint64 total = page.total.value();
            m_total->setText(
                total > m_members->rowCount()
                    ? tr("%1 of %2 shown")
                          .arg(QLocale().toString(m_members->rowCount()), QLocale().toString(total))
                    : tr("%n member(s)", nullptr, int(total)));
            updateButtons();
        });
}

void StaticMembersView::findContacts()
{
    const QString text = m_contactSearch->text().trimmed();
    const quint64 request = ++m_contactRequest;
    if (text.isEmpty()) {
        m_contacts->setMembers(FilterEntity::Contact, {});
        updateButtons();
        return;
    }
    m_runner->run<Result<QList<SegmentMember>>>(
        this,
        [text](const ServiceContext& context) { return SegmentService(context).findContacts(text, 50); },
        [this, request](Result<QList<SegmentMember>> found) {
            if (request != m_contactRequest)
                return;
            if (!found) {
                m_banner->showMessage(found.error().message);
                return;
            }
            m_contacts->setMembers(FilterEntity::Contact, found.value());
            updateButtons();
        });
}

void StaticMembersView::addSelected()
{
    const QList<qint64> ids = selectedIds(m_contactTable, m_contacts);
    if (ids.isEmpty() || !m_editable)
        return;
    // A handful of rows in one short transaction: fine on the GUI thread.
    if (auto added = SegmentService(m_context).addMembers(m_segmentId, ids); !added) {
        m_banner->showMessage(added.error().message);
        return;
    }
    m_banner->showMessage(tr("Added %n contact(s).", nullptr, int(ids.size())),
                          MessageBanner::Kind::Information);
    m_contactTable->clearSelection();
    refresh();
    emit membersChanged(m_segmentId);
}

void StaticMembersView::removeSelected()
{
    const QList<qint64> ids = selectedIds(m_memberTable, m_members);
    if (ids.isEmpty() || !m_editable)
        return;
    if (auto removed = SegmentService(m_context).removeMembers(m_segmentId, ids); !removed) {
        m_banner->showMessage(removed.error().message);
        return;
    }
    m_banner->showMessage(tr("Removed %n contact(s).", nullptr, int(ids.size())),
                          MessageBanner::Kind::Information);
    refresh();
    emit membersChanged(m_segmentId);
}
