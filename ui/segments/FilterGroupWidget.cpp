#include "segments/FilterGroupWidget.h"

#include "segments/FilterRuleRow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

FilterGroupWidget::FilterGroupWidget(FilterEntity entity, int level, QWidget* parent)
    : QFrame(parent), m_entity(entity), m_level(level)
{
    setObjectName(level == 1 ? QStringLiteral("rootGroup") : QStringLiteral("filterGroup"));
    if (level > 1) {
        // The bar on the left and the indent show where a nested group begins and ends.
        setStyleSheet(
            QStringLiteral("FilterGroupWidget{border-left:3px solid #5c8dbc;background:rgba(92,141,188,18);"
                           "margin-left:%1px}")
                .arg(20));
    }
    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("groupMatch"));
    for (FilterMatch match : FilterMatchCodes::all())
        m_match->addItem(FilterMatchCodes::label(match), FilterMatchCodes::toCode(match));
    m_addRule = new QPushButton(tr("Add rule"), this);
    m_addRule->setObjectName(QStringLiteral("addRuleButton"));
    m_addGroup = new QPushButton(tr("Add group"), this);
    m_addGroup->setObjectName(QStringLiteral("addGroupButton"));
    if (level >= Filter::kMaxDepth) {
        m_addGroup->setEnabled(false);
        m_addGroup->setToolTip(tr("Groups nest at most %1 levels deep.").arg(Filter::kMaxDepth));
    }
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("groupCount"));
    m_count->setToolTip(tr("How many records this group alone selects"));
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("groupIssue"));
    m_issue->setStyleSheet(QStringLiteral("color:#c62828"));
    m_issue->setVisible(false);
    m_empty = new QLabel(level == 1 ? tr("No rules yet: every record matches. Add a rule to narrow it down.")
                                    : tr("An empty group: add a rule to it or remove it."),
                         this);
    m_empty->setObjectName(QStringLiteral("groupEmpty"));
    m_empty->setStyleSheet(QStringLiteral("color:palette(mid)"));

    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(level == 1 ? tr("Match") : tr("Group: match"), this));
    header->addWidget(m_match);
    header->addWidget(new QLabel(tr("the following rules"), this));
    header->addStretch(1);
    header->addWidget(m_count);
    header->addWidget(m_addRule);
    header->addWidget(m_addGroup);
    if (level > 1) {
        m_remove = new QToolButton(this);
        m_remove->setObjectName(QStringLiteral("removeGroup"));
        m_remove->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
        m_remove->setToolTip(tr("Remove this group and its rules"));
        header->addWidget(m_remove);
        connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });
    }
    m_items = new QVBoxLayout;
    m_items->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(level > 1 ? 8 : 0, 4, level > 1 ? 4 : 0, 4);
    layout->addLayout(header);
    layout->addWidget(m_issue);
    layout->addWidget(m_empty);
    layout->addLayout(m_items);

    connect(m_match, &QComboBox::currentIndexChanged, this, &FilterGroupWidget::changed);
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        addRule();
        emit changed();
    });
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        addGroup()->addRule(); // a new group starts with one rule to fill in
        emit changed();
    });
}

void FilterGroupWidget::adopt(QWidget* item)
{
    m_items->addWidget(item);
    // A layout shows a widget added to a visible parent only on the next event-loop pass; show it
    // now so the row (and whatever gets focus in it) is usable the moment it is added.
    if (isVisible())
        item->show();
    m_empty->setVisible(false);
}

void FilterGroupWidget::removeItem(QWidget* item)
{
    m_items->removeWidget(item);
    item->deleteLater();
    m_empty->setVisible(m_items->count() == 0);
    emit changed();
}

FilterRuleRow* FilterGroupWidget::addRule()
{
    auto* row = new FilterRuleRow(m_entity, this);
    connect(row, &FilterRuleRow::changed, this, &FilterGroupWidget::changed);
    connect(row, &FilterRuleRow::removeRequested, this, [this](FilterRuleRow* r) { removeItem(r); });
    adopt(row);
    return row;
}

FilterGroupWidget* FilterGroupWidget::addGroup()
{
    auto* group = new FilterGroupWidget(m_entity, m_level + 1, this);
    connect(group, &FilterGroupWidget::changed, this, &FilterGroupWidget::changed);
    connect(group, &FilterGroupWidget::removeRequested, this,
            [this](FilterGroupWidget* g) { removeItem(g); });
    adopt(group);
    return group;
}

QList<QWidget*> FilterGroupWidget::items() const
{
    QList<QWidget*> result;
    for (int i = 0; i < m_items->count(); ++i) {
        if (QWidget* widget = m_items->itemAt(i)->widget())
            result << widget;
    }
    return result;
}

void FilterGroupWidget::setGroup(const FilterNode& group)
{
    {
        const QSignalBlocker block(m_match);
        m_match->setCurrentIndex(std::max(0, m_match->findData(FilterMatchCodes::toCode(group.match))));
    }
    for (QWidget* item : items()) {
        m_items->removeWidget(item);
        delete item;
    }
    for (const FilterNode& child : group.children) {
        if (child.isGroup) {
            if (m_level < Filter::kMaxDepth)
                addGroup()->setGroup(child);
        } else {
            addRule()->setRule(child);
        }
    }
    m_empty->setVisible(group.children.isEmpty());
}

FilterNode FilterGroupWidget::group() const
{
    FilterNode node = FilterNode::group(
        FilterMatchCodes::fromCode(m_match->currentData().toString()).value_or(FilterMatch::All));
    for (QWidget* item : items()) {
        if (auto* row = qobject_cast<FilterRuleRow*>(item))
            node.children << row->rule();
        else if (auto* nested = qobject_cast<FilterGroupWidget*>(item))
            node.children << nested->group();
    }
    return node;
}

void FilterGroupWidget::mapPaths(const QString& path, QHash<QString, QWidget*>& out) const
{
    const QList<QWidget*> children = items();
    for (qsizetype i = 0; i < children.size(); ++i) {
        const QString childPath = Filter::childPath(path, i);
        out.insert(childPath, children.at(i));
        if (auto* nested = qobject_cast<FilterGroupWidget*>(children.at(i)))
            nested->mapPaths(childPath, out);
    }
}

void FilterGroupWidget::setIssue(const QString& message)
{
    m_issue->setText(message);
    m_issue->setVisible(!message.isEmpty());
}

void FilterGroupWidget::setCount(std::optional<qint64> count)
{
    m_count->setText(count ? QLocale().toString(*count) : QString());
}
