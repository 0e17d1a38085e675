#include "scheduler/Scheduler.h"

#include "scheduler/SchedulerWorker.h"

Scheduler::Scheduler(std::shared_ptr<Database> database, const Clock* clock, SchedulerJobRegistry jobs,
                     QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SchedulerStatus>();
    qRegisterMetaType<SchedulerTick>();
    m_thread.setObjectName(QStringLiteral("rapport-scheduler"));
    m_worker = new SchedulerWorker(std::move(database), clock, std::move(jobs));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SchedulerWorker::start);
    connect(m_worker, &SchedulerWorker::statusChanged, this, [this](const SchedulerStatus& status) {
        m_status = status;
        emit statusChanged(status);
    });
    connect(m_worker, &SchedulerWorker::tickFinished, this, &Scheduler::tickFinished);
}

Scheduler::~Scheduler()
{
    stop();
    delete m_worker;
}

void Scheduler::start()
{
    if (!m_thread.isRunning() && !m_worker->stopRequested())
        m_thread.start();
}

void Scheduler::stop()
{
    if (!m_thread.isRunning())
        return;
    m_worker->requestStop();
    QMetaObject::invokeMethod(m_worker, &SchedulerWorker::shutdown, Qt::QueuedConnection);
    m_thread.wait();
    m_status.state = SchedulerStatus::State::Stopped;
    emit statusChanged(m_status);
}

void Scheduler::runNow()
{
    QMetaObject::invokeMethod(m_worker, &SchedulerWorker::runNow, Qt::QueuedConnection);
}

void Scheduler::setSmtpPassword(const QString& password)
{
    // Direct and thread-safe, so a tick that starts right after sees it.
    m_worker->setPasswordDirect(password);
}
