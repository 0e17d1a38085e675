#pragma once

#include "common/Clock.h"
#include "scheduler/SchedulerJobRegistry.h"
#include "scheduler/SchedulerStatus.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

class Database;
class QTimer;

// The scheduler's worker: ticks every scheduler_interval_seconds (and on runNow()), runs the
// registered jobs, then delivers the outbox mail that is due. It lives on the scheduler's thread
// (see Scheduler) and uses that thread's own database connection; the CLI's `scheduler run-once`
// calls runTick() on its main thread instead.
//
// A tick is not re-entered: SMTP waits run this thread's event loop, so a "run now" or a shutdown
// that arrives meanwhile is remembered and handled when the tick is over.
class SchedulerWorker : public QObject
{
    Q_OBJECT

public:
    SchedulerWorker(std::shared_ptr<Database> database, const Clock* clock, SchedulerJobRegistry jobs,
                    QObject* parent = nullptr);
    ~SchedulerWorker() override;

    // From any thread: finish the mail (or job item) in hand, then do nothing more.
    void requestStop();
    bool stopRequested() const { return m_stop.load(); }
    // One tick in the calling thread: the jobs, then delivery of everything due.
    SchedulerTick runTick();
    // The latest status (thread-safe).
    SchedulerStatus status() const;
    // The SMTP password for the deliveries that follow (not stored anywhere). Until it is given,
    // mail for a server that needs a login waits (unless no login is configured).
    void setPasswordDirect(const QString& password);

public slots:
    // Starts ticking; called on the worker's thread.
    void start();
    void runNow();
    void setSmtpPassword(const QString& password);
    // Stops ticking, finishes the mail in hand, closes this thread's database connection and
    // ends the thread.
    void shutdown();

signals:
    void statusChanged(const SchedulerStatus& status);
    void tickFinished(const SchedulerTick& tick);
    void finished();

private:
    void onTimer();
    void armTimer();
    void afterTick();
    void finish();
    void updateStatus(const std::function<void(SchedulerStatus&)>& change);
    ServiceContext context() const;

    std::shared_ptr<Database> m_database;
    const Clock* m_clock;
    SchedulerJobRegistry m_registry;
    std::vector<std::unique_ptr<SchedulerJob>> m_jobs;
    bool m_jobsCreated = false;
    QString m_owner;
    std::atomic_bool m_stop{false};
    QTimer* m_timer = nullptr;
    bool m_busy = false;
    bool m_tickPending = false;
    bool m_shutdownPending = false;
    bool m_finished = false;

    mutable QMutex m_mutex; // guards the two below
    std::optional<QString> m_password;
    SchedulerStatus m_status;
    // Delivery pauses after the server refused the login, until the settings or password change.
    QString m_loginRefusedFor;
};
