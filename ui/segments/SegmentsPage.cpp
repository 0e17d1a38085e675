#include "segments/SegmentsPage.h"

#include "auth/Authorizer.h"
#include "auth/PermissionCatalogue.h"
#include "segments/SegmentEditor.h"
#include "segments/SegmentEnrolment.h"
#include "segments/SegmentJobRunner.h"
#include "segments/SegmentListModel.h"
#include "segments/SegmentService.h"
#include "segments/StaticMembersView.h"
#include "sequences/SequenceService.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SegmentsPage::SegmentsPage(ServiceContext context, QWidget* parent)
    : AppPage(parent), m_context(std::move(context)), m_runner(new SegmentJobRunner(m_context, this))
{
    setObjectName(QStringLiteral("segmentsPage"));
    chooseExportFile = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Export members to CSV"), suggested,
                                            tr("CSV files (*.csv)"));
    };
    chooseSequence = [](QWidget* parent, const QString& segmentName,
                        const QList<std::pair<qint64, QString>>& sequences) -> qint64 {
        QStringList names;
        for (const auto& sequence : sequences)
            names << sequence.second;
        bool ok = false;
        const QString picked = QInputDialog::getItem(parent, tr("Enrol in sequence"),
                                                     tr("Enrol every member of \"%1\" in:").arg(segmentName),
                                                     names, 0, false, &ok);
        if (!ok)
            return 0;
        const qsizetype index = names.indexOf(picked);
        return index < 0 ? 0 : sequences.at(index).first;
    };
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("segmentsBanner"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("segmentSearch"));
    m_search->setPlaceholderText(tr("Search segments"));
    m_search->setClearButtonEnabled(true);
    m_showArchived = new QCheckBox(tr("Show archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    const auto button = [this](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    // New (Ctrl+N), Find, Delete and Refresh are the main window's actions (see AppPage).
    m_new = button(tr("New segment"), "newSegment");
    m_newStatic = button(tr("New static list"), "newStaticSegment");
    m_recalculate = button(tr("Recalculate"), "recalculateSegment");
    m_duplicate = button(tr("Duplicate"), "duplicateSegment");
    m_archive = button(tr("Archive"), "archiveSegment");
    m_export = button(tr("Export CSV…"), "exportSegment");
    m_enrol = button(tr("Enrol in sequence…"), "enrolSegment");

    m_model = new SegmentListModel(m_context, this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SegmentListModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_editor = new SegmentEditor(m_context, m_runner, this);

    auto* search = new QHBoxLayout;
    search->addWidget(m_search, 1);
    search->addWidget(m_showArchived);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_newStatic, m_recalculate, m_duplicate, m_archive, m_export, m_enrol})
        actions->addWidget(b);
    actions->addStretch(1);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(search);
    listLayout->addWidget(m_table, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("segmentsSplitter"));
    split->addWidget(list);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &SegmentsPage::refresh);
    connect(m_showArchived, &QCheckBox::toggled, this, &SegmentsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SegmentsPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &SegmentsPage::newSegment);
    connect(m_newStatic, &QPushButton::clicked, this, &SegmentsPage::newStaticSegment);
    connect(m_recalculate, &QPushButton::clicked, this, &SegmentsPage::recalculateSelected);
    connect(m_duplicate, &QPushButton::clicked, this, &SegmentsPage::duplicateSelected);
    connect(m_archive, &QPushButton::clicked, this, &SegmentsPage::archiveSelected);
    connect(m_export, &QPushButton::clicked, this, &SegmentsPage::exportSelected);
    connect(m_enrol, &QPushButton::clicked, this, &SegmentsPage::enrolSelected);
    connect(m_editor, &SegmentEditor::saved, this, [this](qint64 id) {
        refresh();
        selectSegment(id);
    });

    // A role without the permission sees why, not a page of dead buttons.
    m_allowed = Authorizer::can(m_context.actor, Permission::ManageSegments);
    if (!m_allowed) {
        m_banner->showMessage(
            Authorizer::require(m_context.actor, Permission::ManageSegments).error().message);
        split->setEnabled(false);
    }
    refresh();
}

SegmentsPage::~SegmentsPage() = default;

const Segment* SegmentsPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->segmentAt(m_sorted->mapToSource(rows.first()).row());
}

qint64 SegmentsPage::selectedSegmentId() const
{
    const Segment* segment = selected();
    return segment ? segment->id : 0;
}

void SegmentsPage::refresh()
{
    if (!m_allowed) {
        updateActions();
        return;
    }
    const qint64 keep = selectedSegmentId();
    m_model->setSearch(m_search->text());
    m_model->setIncludeArchived(m_showArchived->isChecked());
    {
        const QSignalBlocker block(m_table->selectionModel());
        if (auto refreshed = m_model->refresh(); !refreshed)
            m_banner->showMessage(refreshed.error().message);
    }
    if (keep > 0 && m_model->rowOf(keep) >= 0) {
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(m_sorted->mapFromSource(m_model->index(m_model->rowOf(keep), 0)).row());
    }
    updateActions();
}

void SegmentsPage::selectSegment(qint64 segmentId)
{
    const int row = m_model->rowOf(segmentId);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    if (m_table->selectionModel()->isRowSelected(index.row(), {})) {
        updateActions();
        return;
    }
    m_table->selectRow(index.row());
}

void SegmentsPage::selectionChanged()
{
    const Segment* segment = selected();
    if (segment)
        m_editor->openSegment(*segment);
    updateActions();
}

void SegmentsPage::updateActions()
{
    const Segment* segment = selected();
    const SegmentService service(m_context);
    const bool editable = segment && service.canEdit(*segment);
    for (QPushButton* b : {m_new, m_newStatic})
        b->setEnabled(m_allowed);
    m_recalculate->setEnabled(m_allowed && segment);
    m_duplicate->setEnabled(m_allowed && segment);
    m_export->setEnabled(m_allowed && segment);
    m_enrol->setEnabled(m_allowed && segment && segment->status == SegmentStatus::Active &&
                        Authorizer::can(m_context.actor, Permission::EnrolInSequences));
    m_archive->setEnabled(m_allowed && editable);
    m_archive->setText(segment && segment->status == SegmentStatus::Archived ? tr("Restore") : tr("Archive"));
    emit stateChanged();
}

void SegmentsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool SegmentsPage::canDelete() const
{
    if (!m_allowed)
        return false;
    const Segment* segment = selected();
    return segment && segment->status != SegmentStatus::Archived &&
           SegmentService(m_context).canEdit(*segment);
}

void SegmentsPage::deleteSelected()
{
    StaticMembersView* members = m_editor->membersView();
    if (members->isVisible() && members->memberTable()->hasFocus() &&
        members->memberTable()->selectionModel()->hasSelection()) {
        members->removeSelected();
        return;
    }
    if (canDelete())
        archiveSelected();
}

QString SegmentsPage::statusText() const
{
    return tr("%n segment(s)", nullptr, m_model->rowCount());
}

void SegmentsPage::newSegment()
{
    m_table->clearSelection();
    m_editor->newSegment(SegmentType::Dynamic);
}

void SegmentsPage::newStaticSegment()
{
    m_table->clearSelection();
    m_editor->newSegment(SegmentType::Static);
}

void SegmentsPage::recalculateSelected()
{
    const Segment* segment = selected();
    if (!segment)
        return;
    const qint64 id = segment->id;
    const QString name = segment->name;
    m_banner->showMessage(tr("Counting the members of \"%1\"…").arg(name), MessageBanner::Kind::Information);
    m_runner->run<Result<qint64>>(
        this, [id](const ServiceContext& context) { return SegmentService(context).recalculate(id); },
        [this, name](Result<qint64> count) {
            if (count)
                m_banner->showMessage(tr("\"%1\" has %n member(s).", nullptr, int(count.value())).arg(name),
                                      MessageBanner::Kind::Information);
            else
                m_banner->showMessage(count.error().message);
            refresh();
            emit actionFinished();
        });
}

void SegmentsPage::duplicateSelected()
{
    const Segment* segment = selected();
    if (!segment)
        return;
    const qint64 id = segment->id;
    m_runner->run<Result<qint64>>(
        this, [id](const ServiceContext& context) { return SegmentService(context).duplicate(id); },
        [this](Result<qint64> copy) {
            if (!copy) {
                m_banner->showMessage(copy.error().message);
            } else {
                refresh();
                selectSegment(copy.value());
                m_banner->showMessage(tr("Duplicated as \"%1\".").arg(m_editor->segment().name),
                                      MessageBanner::Kind::Information);
            }
            emit actionFinished();
        });
}

void SegmentsPage::archiveSelected()
{
    const Segment* segment = selected();
    if (!segment)
        return;
    const bool restore = segment->status == SegmentStatus::Archived;
    const QString name = segment->name;
    const qint64 id = segment->id;
    const SegmentService service(m_context);
    if (auto changed = restore ? service.setStatus(id, SegmentStatus::Active) : service.archive(id);
        !changed) {
        m_banner->showMessage(changed.error().message);
        return;
    }
    m_banner->showMessage(restore ? tr("Restored \"%1\".").arg(name)
                                  : tr("Archived \"%1\"; tick \"Show archived\" to see it again.").arg(name),
                          MessageBanner::Kind::Information);
    refresh();
    if (m_model->rowOf(id) >= 0) {
        auto reread = service.get(id);
        if (reread)
            m_editor->openSegment(reread.value());
    } else {
        m_editor->newSegment(SegmentType::Dynamic);
    }
    updateActions();
}

void SegmentsPage::exportSelected()
{
    const Segment* segment = selected();
    if (!segment)
        return;
    const qint64 id = segment->id;
    QString suggested = segment->name;
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
    const QString path = chooseExportFile(this, QDir::home().filePath(suggested + QStringLiteral(".csv")));
    if (path.isEmpty())
        return;
    m_banner->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)),
                          MessageBanner::Kind::Information);
    m_runner->run<Status>(
        this,
        [id, path](const ServiceContext& context) -> Status {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
            if (auto written = SegmentService(context).exportCsv(id, file); !written) {
                file.cancelWriting();
                return written;
            }
            if (!file.commit())
                return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return Status::success();
        },
        [this, path](Status written) {
            if (written)
                m_banner->showMessage(tr("Exported the members to %1.").arg(QDir::toNativeSeparators(path)),
                                      MessageBanner::Kind::Information);
            else
                m_banner->showMessage(written.error().message);
            refresh();
            emit actionFinished();
        });
}

void SegmentsPage::enrolSelected()
{
    const Segment* segment = selected();
    if (!segment)
        return;
    const qint64 segmentId = segment->id;
    const QString segmentName = segment->name;
    auto sequences = SequenceService(m_context).list();
    if (!sequences) {
        m_banner->showMessage(sequences.error().message);
        return;
    }
    QList<std::pair<qint64, QString>> offered;
    for (const Sequence& sequence : sequences.value()) {
        if (sequence.isActive && sequence.stepCount > 0)
            offered.append({sequence.id, sequence.name});
    }
    if (offered.isEmpty()) {
        m_banner->showMessage(tr("There is no active sequence with steps to enrol in."),
                              MessageBanner::Kind::Warning);
        return;
    }
    const qint64 sequenceId = chooseSequence(this, segmentName, offered);
    if (sequenceId == 0)
        return;
    m_banner->showMessage(tr("Enrolling the members of \"%1\"…").arg(segmentName),
                          MessageBanner::Kind::Information);
    m_runner->run<Result<SegmentEnrolReport>>(
        this,
        [segmentId, sequenceId](const ServiceContext& context) {
            return SegmentEnrolment(context).enrol(segmentId, sequenceId);
        },
        [this](Result<SegmentEnrolReport> report) {
            if (!report) {
                m_banner->showMessage(report.error().message);
            } else {
                constexpr int kListed = 10;
                QStringList lines{report->summary().toHtmlEscaped()};
                int listed = 0;
                for (const SegmentEnrolReport::Row& row : report->rows) {
                    if (row.skipCode.isEmpty())
                        continue;
                    if (++listed > kListed) {
                        lines << tr("… and %n more skipped.", nullptr, report->skippedCount() - kListed);
                        break;
                    }
                    const QString who =
                        row.email.isEmpty() ? row.name : tr("%1 <%2>").arg(row.name, row.email);
                    lines << tr("• %1: %2")
                                 .arg(who.toHtmlEscaped(), SegmentEnrolment::reasonLabel(row.skipCode));
                }
                m_banner->showMessage(lines.join(QStringLiteral("<br>")),
                                      report->skippedCount() == 0 ? MessageBanner::Kind::Information
                                                                  : MessageBanner::Kind::Warning);
            }
            refresh();
            emit actionFinished();
        });
}
