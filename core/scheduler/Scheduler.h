#pragma once

#include "common/Clock.h"
#include "scheduler/SchedulerJobRegistry.h"
#include "scheduler/SchedulerStatus.h"

#include <QObject>
#include <QThread>
#include <memory>

class Database;
class SchedulerWorker;

// Owns the scheduler's thread ("rapport-scheduler") and its worker. The GUI and `rapport-cli
// scheduler serve` create one; everything crosses threads as queued calls and signals carrying
// values. stop() lets the worker finish the mail in hand, then waits for the thread to end.
class Scheduler : public QObject
{
    Q_OBJECT

public:
    Scheduler(std::shared_ptr<Database> database, const Clock* clock,
              SchedulerJobRegistry jobs = SchedulerJobRegistry::standard(), QObject* parent = nullptr);
    ~Scheduler() override;

    void start();
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

    void runNow();
    void setSmtpPassword(const QString& password);
    // The last status the worker reported.
    SchedulerStatus status() const { return m_status; }

signals:
    void statusChanged(const SchedulerStatus& status);
    void tickFinished(const SchedulerTick& tick);

private:
    QThread m_thread;
    SchedulerWorker* m_worker = nullptr;
    SchedulerStatus m_status;
};
