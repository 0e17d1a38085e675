#include "segments/FilterBuilder.h"

#include "filters/FilterFieldCatalogue.h"
#include "segments/FilterGroupWidget.h"
#include "segments/FilterRuleRow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
// Keeps what still means something when the entity changes: "company.country" on contacts is
// "country" on companies and back; contact-only fields are dropped.
FilterNode carryOver(const FilterNode& node, FilterEntity to)
{
    if (!node.isGroup) {
        FilterNode rule = node;
        const QString prefix = QStringLiteral("company.");
        if (to == FilterEntity::Company)
            rule.field = rule.field.startsWith(prefix) ? rule.field.mid(prefix.size()) : QString();
        else
            rule.field = prefix + rule.field;
        return rule;
    }
    FilterNode group = FilterNode::group(node.match);
    for (const FilterNode& child : node.children) {
        FilterNode carried = carryOver(child, to);
        if (carried.isGroup ? !carried.children.isEmpty()
                            : FilterFieldCatalogue::find(to, carried.field) != nullptr)
            group.children << carried;
    }
    return group;
}
} // namespace

FilterBuilder::FilterBuilder(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBuilder"));
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entityCombo"));
    m_entity->addItem(FilterEntityCodes::label(FilterEntity::Contact),
                      FilterEntityCodes::toCode(FilterEntity::Contact));
    m_entity->addItem(FilterEntityCodes::label(FilterEntity::Company),
                      FilterEntityCodes::toCode(FilterEntity::Company));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("builderScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Select"), this));
    top->addWidget(m_entity);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);

    replaceRoot(FilterEntity::Contact, FilterNode::group(FilterMatch::All));
    connect(m_entity, &QComboBox::currentIndexChanged, this, &FilterBuilder::entityChanged);
}

FilterEntity FilterBuilder::entity() const
{
    return FilterEntityCodes::fromCode(m_entity->currentData().toString()).value_or(FilterEntity::Contact);
}

void FilterBuilder::replaceRoot(FilterEntity entity, const FilterNode& group)
{
    auto* holder = new QWidget;
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    m_root = new FilterGroupWidget(entity, 1, holder);
    m_root->setGroup(group);
    layout->addWidget(m_root);
    layout->addStretch(1);
    m_scroll->setWidget(holder); // deletes the previous root
    connect(m_root, &FilterGroupWidget::changed, this, &FilterBuilder::changed);
    setReadOnly(m_readOnly);
}

void FilterBuilder::entityChanged()
{
    const FilterEntity to = entity();
    replaceRoot(to, carryOver(m_root->group(), to));
    emit changed();
}

void FilterBuilder::setFilter(const Filter& filter)
{
    {
        const QSignalBlocker block(m_entity);
        m_entity->setCurrentIndex(m_entity->findData(FilterEntityCodes::toCode(filter.entity)));
    }
    replaceRoot(filter.entity, filter.root);
}

Filter FilterBuilder::filter() const
{
    Filter filter;
    filter.entity = entity();
    filter.root = m_root->group();
    return filter;
}

void FilterBuilder::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_entity->setEnabled(!readOnly);
    if (m_root)
        m_root->setEnabled(!readOnly);
}

QWidget* FilterBuilder::itemAt(const QString& path) const
{
    QHash<QString, QWidget*> paths;
    m_root->mapPaths(QString(), paths);
    return paths.value(path);
}

QList<FilterIssue> FilterBuilder::setIssues(const QList<FilterIssue>& issues)
{
    QHash<QString, QWidget*> paths;
    m_root->mapPaths(QString(), paths);
    QHash<QString, QString> byPath;
    QList<FilterIssue> elsewhere;
    for (const FilterIssue& issue : issues) {
        if (paths.contains(issue.path))
            byPath.insert(issue.path, issue.message);
        else
            elsewhere << issue;
    }
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        if (auto* row = qobject_cast<FilterRuleRow*>(it.value()))
            row->setIssue(byPath.value(it.key()));
        else if (auto* group = qobject_cast<FilterGroupWidget*>(it.value()))
            group->setIssue(byPath.value(it.key()));
    }
    return elsewhere;
}

void FilterBuilder::setRuleCounts(const QList<SegmentRuleCount>& counts)
{
    QHash<QString, QWidget*> paths;
    m_root->mapPaths(QString(), paths);
    for (const SegmentRuleCount& count : counts) {
        QWidget* item = paths.value(count.path);
        if (auto* row = qobject_cast<FilterRuleRow*>(item))
            row->setCount(count.count);
        else if (auto* group = qobject_cast<FilterGroupWidget*>(item))
            group->setCount(count.count);
    }
}

void FilterBuilder::clearRuleCounts()
{
    QHash<QString, QWidget*> paths;
    m_root->mapPaths(QString(), paths);
    for (QWidget* item : std::as_const(paths)) {
        if (auto* row = qobject_cast<FilterRuleRow*>(item))
            row->setCount(std::nullopt);
        else if (auto* group = qobject_cast<FilterGroupWidget*>(item))
            group->setCount(std::nullopt);
    }
}
