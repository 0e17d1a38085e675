#pragma once

#include "scheduler/SchedulerStatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class Scheduler;

// The scheduler in the status bar: "Scheduler idle", "Sending 3 of 10" with a progress bar, the
// last error (in full as a tooltip), and a button to run it now.
class SchedulerIndicator : public QWidget
{
    Q_OBJECT

public:
    SchedulerIndicator(Scheduler& scheduler, QWidget* parent = nullptr);

    void display(const SchedulerStatus& status);
    // Shown instead of "Scheduler stopped" when this desktop deliberately runs no scheduler
    // (an office desktop whose user may not send the office's mail).
    void setStoppedReason(const QString& reason);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    Scheduler& m_scheduler;
    SchedulerStatus m_status;
    QString m_stoppedReason;
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_runNow;
};
