#include "audit/HistoryView.h"

#include "audit/AuditLog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryView::HistoryView(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("historyView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("historyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(
        QStringLiteral("background:#fdecea;color:#611a15;padding:6px;border-radius:4px;"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_banner);
    layout->addWidget(m_tree);
    retranslate();
}

void HistoryView::setRecord(const QString& entityType, qint64 entityId)
{
    m_entityType = entityType;
    m_entityId = entityId;
    reload();
}

int HistoryView::entryCount() const
{
    return m_tree->topLevelItemCount();
}

QString HistoryView::displayValue(const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return tr("(empty)");
    const QString text = value.toString();
    return text.isEmpty() ? tr("(empty)") : text;
}

void HistoryView::reload()
{
    m_tree->clear();
    m_banner->setVisible(false);
    if (m_entityType.isEmpty() || m_entityId == 0)
        return;
    auto entries = AuditLog(m_context).history(m_entityType, m_entityId);
    if (!entries) {
        m_banner->setText(entries.error().message);
        m_banner->setVisible(true);
        return;
    }
    const QLocale locale;
    // Newest first: the question is usually "who changed this last".
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const AuditEntry& entry = *it;
        QString action;
        if (entry.action == QLatin1String("create"))
            action = tr("Created");
        else if (entry.action == QLatin1String("delete"))
            action = tr("Deleted");
        else
            action = tr("Changed %n field(s)", nullptr, static_cast<int>(entry.changes.size()));
        auto* item = new QTreeWidgetItem(
            m_tree, {locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat), entry.actor, action});
        for (const FieldChange& change : entry.changes) {
            auto* child = new QTreeWidgetItem(
                item, {QString(), change.field,
                       tr("%1 → %2").arg(displayValue(change.oldValue), displayValue(change.newValue))});
            child->setToolTip(2, child->text(2));
        }
    }
    if (m_tree->topLevelItemCount() > 0)
        m_tree->topLevelItem(0)->setExpanded(true);
}

void HistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

void HistoryView::retranslate()
{
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
}
