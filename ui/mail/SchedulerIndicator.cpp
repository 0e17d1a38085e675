#include "mail/SchedulerIndicator.h"

#include "scheduler/Scheduler.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

SchedulerIndicator::SchedulerIndicator(Scheduler& scheduler, QWidget* parent)
    : QWidget(parent), m_scheduler(scheduler), m_label(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_runNow(new QToolButton(this))
{
    setObjectName(QStringLiteral("schedulerIndicator"));
    m_label->setObjectName(QStringLiteral("schedulerStatusLabel"));
    m_progress->setObjectName(QStringLiteral("schedulerProgress"));
    m_runNow->setObjectName(QStringLiteral("schedulerRunNowButton"));
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_runNow->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_runNow);
    connect(m_runNow, &QToolButton::clicked, this, [this] { m_scheduler.runNow(); });
    connect(&m_scheduler, &Scheduler::statusChanged, this, &SchedulerIndicator::display);
    display(m_scheduler.status());
}

void SchedulerIndicator::display(const SchedulerStatus& status)
{
    m_status = status;
    QString text = status.describe();
    if (!status.lastError.isEmpty() && status.state != SchedulerStatus::State::Sending) {
        const QString shortError =
            status.lastError.size() > 70 ? status.lastError.left(69) + QChar(0x2026) : status.lastError;
        text += QStringLiteral(" \u00b7 ") + tr("last error: %1").arg(shortError);
    }
    const bool explained = status.state == SchedulerStatus::State::Stopped && !m_stoppedReason.isEmpty();
    if (explained)
        text = m_stoppedReason;
    m_label->setText(text);
    QString tip = explained ? m_stoppedReason : status.describe();
    if (status.lastRunAt.isValid())
        tip +=
            QLatin1Char('\n') +
            tr("Last run: %1").arg(QLocale().toString(status.lastRunAt.toLocalTime(), QLocale::ShortFormat));
    if (status.nextRunAt.isValid() && status.state == SchedulerStatus::State::Idle)
        tip +=
            QLatin1Char('\n') +
            tr("Next run: %1").arg(QLocale().toString(status.nextRunAt.toLocalTime(), QLocale::ShortFormat));
    if (!status.lastError.isEmpty())
        tip += QLatin1Char('\n') + tr("Last error: %1").arg(status.lastError);
    m_label->setToolTip(tip);
    m_label->setStyleSheet(status.lastError.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    const bool sending = status.state == SchedulerStatus::State::Sending && status.total > 0;
    m_progress->setVisible(sending);
    if (sending) {
        m_progress->setMaximum(status.total);
        m_progress->setValue(std::min(status.done, status.total));
    }
    m_runNow->setText(tr("Run now"));
    m_runNow->setToolTip(tr("Run the scheduler now: due jobs, then the mail that is due."));
    m_runNow->setEnabled(status.state != SchedulerStatus::State::Stopped);
}

void SchedulerIndicator::setStoppedReason(const QString& reason)
{
    m_stoppedReason = reason;
    display(m_status);
}

QString SchedulerIndicator::text() const
{
    return m_label->text();
}

void SchedulerIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        display(m_status);
    QWidget::changeEvent(event);
}
