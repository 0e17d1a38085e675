#include "tickets/TicketMessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

TicketMessageBanner::TicketMessageBanner(QWidget* parent) : QFrame(parent), m_label(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("bannerText"));
    layout->addWidget(m_label, 1);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerClose"));
    close->setText(QStringLiteral("\u2715"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void TicketMessageBanner::showMessage(const QString& message, const QString& style)
{
    m_label->setText(message);
    setStyleSheet(style);
    show();
}

void TicketMessageBanner::showError(const QString& message)
{
    showMessage(message,
                QStringLiteral("TicketMessageBanner { background: #fdecea; border: 1px solid #e57373; "
                               "border-radius: 4px; } QLabel { color: #8e1c1c; }"));
}

void TicketMessageBanner::showInfo(const QString& message)
{
    showMessage(message,
                QStringLiteral("TicketMessageBanner { background: #e8f5e9; border: 1px solid #81c784; "
                               "border-radius: 4px; } QLabel { color: #1b5e20; }"));
}

QString TicketMessageBanner::text() const
{
    return m_label->text();
}
