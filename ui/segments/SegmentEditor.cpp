#include "segments/SegmentEditor.h"

#include "filters/FilterChecker.h"
#include "filters/FilterJson.h"
#include "segments/FilterBuilder.h"
#include "segments/SegmentJobRunner.h"
#include "segments/SegmentMemberModel.h"
#include "segments/SegmentService.h"
#include "segments/StaticMembersView.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

SegmentEditor::SegmentEditor(ServiceContext context, SegmentJobRunner* runner, QWidget* parent)
    : QWidget(parent), m_context(std::move(context)), m_runner(runner)
{
    setObjectName(QStringLiteral("segmentEditor"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("editorBanner"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("segmentDescription"));
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("segmentVisibility"));
    for (SegmentVisibility visibility : SegmentVisibilityCodes::all())
        m_visibility->addItem(SegmentVisibilityCodes::label(visibility),
                              SegmentVisibilityCodes::toCode(visibility));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("segmentTags"));
    m_tags->setPlaceholderText(tr("tags, separated by commas"));
    m_countedAt = new QLabel(this);
    m_countedAt->setObjectName(QStringLiteral("countedAt"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveSegment"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save the segment (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));

    m_builder = new FilterBuilder(this);
    m_previewCount = new QLabel(this);
    m_previewCount->setObjectName(QStringLiteral("previewCount"));
    QFont countFont = m_previewCount->font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.6);
    countFont.setBold(true);
    m_previewCount->setFont(countFont);
    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("previewNote"));
    m_previewNote->setWordWrap(true);
    m_previewModel = new SegmentMemberModel(this);
    m_previewTable = new QTableView(this);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewTable->setAlternatingRowColors(true);

    auto* preview = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview"), preview));
    previewLayout->addWidget(m_previewCount);
    previewLayout->addWidget(m_previewNote);
    previewLayout->addWidget(m_previewTable, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("builderSplitter"));
    split->addWidget(m_builder);
    split->addWidget(preview);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_members = new StaticMembersView(m_context, m_runner, this);
    m_body = new QStackedWidget(this);
    m_body->setObjectName(QStringLiteral("editorBody"));
    m_body->addWidget(split);
    m_body->addWidget(m_members);

    auto* form = new QFormLayout;
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(new QLabel(tr("Visibility"), this));
    nameRow->addWidget(m_visibility);
    nameRow->addWidget(m_save);
    form->addRow(tr("Name"), nameRow);
    form->addRow(tr("Description"), m_description);
    auto* tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tags, 1);
    tagsRow->addWidget(m_countedAt);
    form->addRow(tr("Tags"), tagsRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);

    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("previewTimer"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(kPreviewDelayMs);
    connect(m_timer, &QTimer::timeout, this, &SegmentEditor::runPreview);
    connect(m_builder, &FilterBuilder::changed, this, &SegmentEditor::builderChanged);
    connect(m_save, &QPushButton::clicked, this, &SegmentEditor::save);
    connect(m_members, &StaticMembersView::membersChanged, this, [this](qint64 id) {
        auto stored = SegmentService(m_context).get(id);
        if (stored)
            showFields(stored.value());
        emit saved(id);
    });
    newSegment(SegmentType::Dynamic);
}

void SegmentEditor::showFields(const Segment& segment)
{
    m_segment = segment;
    m_name->setText(segment.name);
    m_description->setText(segment.description);
    m_visibility->setCurrentIndex(m_visibility->findData(SegmentVisibilityCodes::toCode(segment.visibility)));
    m_tags->setText(segment.tags.join(QStringLiteral(", ")));
    if (segment.id == 0)
        m_title->setText(segment.type == SegmentType::Static ? tr("New static segment") : tr("New segment"));
    else
        m_title->setText(
            tr("%1 — %2, owned by %3")
                .arg(segment.name, SegmentTypeCodes::label(segment.type).toLower(), segment.ownerName));
    m_countedAt->setText(
        segment.memberCount
            ? tr("%n member(s), counted %1", nullptr, int(*segment.memberCount))
                  .arg(QLocale().toString(segment.memberCountAt.toLocalTime(), QLocale::ShortFormat))
            : QString());
}

void SegmentEditor::newSegment(SegmentType type, FilterEntity entity)
{
    Segment segment;
    segment.type = type;
    segment.filter.entity = entity;
    openSegment(segment);
    m_name->setFocus();
}

void SegmentEditor::openSegment(const Segment& segment)
{
    m_banner->clear();
    const SegmentService service(m_context);
    m_editable = segment.id == 0 || (service.canEdit(segment) && segment.status != SegmentStatus::Archived);
    showFields(segment);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_name, m_description, m_visibility, m_tags, m_save})
        field->setEnabled(m_editable);
    if (segment.type == SegmentType::Static) {
        m_timer->stop();
        m_body->setCurrentWidget(m_members);
        m_members->setSegment(segment.id, m_editable);
        m_members->setEnabled(segment.id > 0);
        if (segment.id == 0)
            m_banner->showMessage(tr("Name the list and save it; then add contacts to it."),
                                  MessageBanner::Kind::Information);
        return;
    }
    m_body->setCurrentIndex(0);
    {
        const QSignalBlocker block(m_builder);
        m_builder->setFilter(segment.filter);
    }
    m_builder->setReadOnly(!m_editable);
    if (!m_editable && segment.id != 0)
        m_banner->showMessage(segment.status == SegmentStatus::Archived
                                  ? tr("This segment is archived; restore it to change it.")
                                  : tr("Only its owner or an admin can change this segment; "
                                       "duplicate it to make your own."),
                              MessageBanner::Kind::Information);
    builderChanged();
    m_timer->stop();
    runPreview(); // opening shows the preview at once
}

void SegmentEditor::builderChanged()
{
    const Filter filter = m_builder->filter();
    const QList<FilterIssue> issues = FilterChecker::issues(filter);
    const QList<FilterIssue> general = m_builder->setIssues(issues);
    m_builder->clearRuleCounts();
    if (!issues.isEmpty()) {
        // Whatever is on its way describes an older filter.
        m_latest->fetch_add(1);
        m_timer->stop();
        m_previewCount->setText(QStringLiteral("—"));
        QStringList notes;
        for (const FilterIssue& issue : general)
            notes << issue.describe();
        m_previewNote->setText(notes.isEmpty() ? tr("Fix the rules marked in red to see who matches.")
                                               : notes.join(QLatin1Char('\n')));
        m_previewModel->setMembers(filter.entity, {});
        m_shownCount = -1;
        return;
    }
    m_previewNote->setText(tr("Counting…"));
    m_timer->start();
}

void SegmentEditor::runPreview()
{
    if (m_body->currentIndex() != 0)
        return;
    const Filter filter = m_builder->filter();
    if (!FilterChecker::check(filter))
        return;
    const quint64 generation = m_latest->fetch_add(1) + 1;
    const auto latest = m_latest;
    m_requested.start();
    // First the members and a quick count (exact for a small result, else estimated), then the
    // exact count, then what each rule alone gives: on a big database the count takes far longer
    // than the first members, and the user should not wait for it to see who matches.
    m_runner->run<std::optional<Result<SegmentPreview>>>(
        this,
        [filter, generation, latest](const ServiceContext& context) -> std::optional<Result<SegmentPreview>> {
            if (latest->load() != generation)
                return std::nullopt; // superseded while queued
            return SegmentService(context).firstLook(filter, kPreviewRows);
        },
        [this, filter, generation, latest](std::optional<Result<SegmentPreview>> preview) {
            if (!preview || latest->load() != generation)
                return;
            if (!preview->ok()) {
                m_previewCount->setText(QStringLiteral("—"));
                m_previewNote->setText(preview->error().message);
                return;
            }
            const SegmentPreview& shown = preview->value();
            m_previewModel->setMembers(filter.entity, shown.members);
            m_lastFirstLookMs = m_requested.elapsed();
            const bool companies = filter.entity == FilterEntity::Company;
            if (shown.countKind == SegmentPreview::CountKind::Exact) {
                showExactCount(filter, shown.count, int(shown.members.size()), generation);
                return;
            }
            if (shown.countKind == SegmentPreview::CountKind::Estimate) {
                // Three significant figures: the sample cannot promise more.
                const double magnitude =
                    std::pow(10.0, std::max(0.0, std::floor(std::log10(double(shown.count))) - 2));
                const QString about =
                    QLocale().toString(qint64(std::round(shown.count / magnitude) * magnitude));
                m_previewCount->setText(companies ? tr("about %1 companies").arg(about)
                                                  : tr("about %1 contacts").arg(about));
            } else {
                const QString atLeast = QLocale().toString(shown.count);
                m_previewCount->setText(companies ? tr("%1 or more companies").arg(atLeast)
                                                  : tr("%1 or more contacts").arg(atLeast));
            }
            m_previewNote->setText(
                tr("Counting exactly\u2026 The first %1 by name:").arg(shown.members.size()));
            emit firstLookShown();
            m_runner->run<std::optional<Result<qint64>>>(
                this,
                [filter, generation, latest](const ServiceContext& context) -> std::optional<Result<qint64>> {
                    if (latest->load() != generation)
                        return std::nullopt;
                    return SegmentService(context).count(filter);
                },
                [this, filter, generation, latest,
                 membersShown = int(shown.members.size())](std::optional<Result<qint64>> count) {
                    if (!count || latest->load() != generation)
                        return;
                    if (!count->ok()) {
                        m_previewNote->setText(count->error().message);
                        return;
                    }
                    showExactCount(filter, count->value(), membersShown, generation);
                });
        });
}

void SegmentEditor::showExactCount(const Filter& filter, qint64 count, int membersShown, quint64 generation)
{
    m_lastPreviewMs = m_requested.elapsed();
    m_shownCount = count;
    m_previewCount->setText(filter.entity == FilterEntity::Company
                                ? tr("%n company(s)", nullptr, int(count))
                                : tr("%n contact(s)", nullptr, int(count)));
    m_previewNote->setText(count > membersShown ? tr("The first %1 by name:").arg(membersShown) : QString());
    emit previewShown(count);
    // Then what each rule alone gives, shown on its row.
    const auto latest = m_latest;
    m_runner->run<std::optional<Result<QList<SegmentRuleCount>>>>(
        this,
        [filter, generation,
         latest](const ServiceContext& context) -> std::optional<Result<QList<SegmentRuleCount>>> {
            if (latest->load() != generation)
                return std::nullopt;
            return SegmentService(context).ruleCounts(filter);
        },
        [this, generation, latest](std::optional<Result<QList<SegmentRuleCount>>> counts) {
            if (counts && counts->ok() && latest->load() == generation)
                m_builder->setRuleCounts(counts->value());
        });
}

void SegmentEditor::save()
{
    if (!m_editable)
        return;
    Segment segment = m_segment;
    segment.name = m_name->text();
    segment.description = m_description->text();
    segment.visibility = SegmentVisibilityCodes::fromCode(m_visibility->currentData().toString())
                             .value_or(SegmentVisibility::Private);
    segment.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (segment.type == SegmentType::Dynamic)
        segment.filter = m_builder->filter();
    // Saving counts the members (a long query on a big database): on the worker thread.
    m_save->setEnabled(false);
    struct Outcome
    {
        Status stored = Status::success();
        std::optional<Segment> reread;
    };
    m_runner->run<Outcome>(
        this,
        [segment](const ServiceContext& context) {
            const SegmentService service(context);
            Outcome outcome;
            qint64 id = segment.id;
            if (id == 0) {
                auto created = service.create(segment);
                if (!created)
                    return Outcome{created.error(), std::nullopt};
                id = created.value();
            } else if (auto updated = service.update(segment); !updated) {
                return Outcome{updated, std::nullopt};
            }
            auto reread = service.get(id);
            if (reread)
                outcome.reread = reread.value();
            return outcome;
        },
        [this](Outcome outcome) {
            m_save->setEnabled(m_editable);
            if (!outcome.stored) {
                const Error& error = outcome.stored.error();
                m_banner->showMessage(error.field == QLatin1String("filter")
                                          ? tr("The filter has problems:\n%1").arg(error.message)
                                          : error.message);
                emit saveFailed(error.message);
                return;
            }
            if (!outcome.reread)
                return;
            const bool wasNew = m_segment.id == 0;
            showFields(*outcome.reread);
            if (wasNew && m_segment.type == SegmentType::Static) {
                m_members->setSegment(m_segment.id, true);
                m_members->setEnabled(true);
            }
            m_banner->showMessage(tr("Saved \"%1\".").arg(m_segment.name), MessageBanner::Kind::Information);
            emit saved(m_segment.id);
        });
}
