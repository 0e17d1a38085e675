#include "audit/HistoryDialog.h"

#include "audit/HistoryView.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(ServiceContext context, const QString& entityType, qint64 entityId,
                             QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    auto* layout = new QVBoxLayout(this);
    m_view = new HistoryView(std::move(context), this);
    m_view->setRecord(entityType, entityId);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(640, 420);
    setWindowTitle(tr("History"));
}

void HistoryDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("History"));
    QDialog::changeEvent(event);
}
