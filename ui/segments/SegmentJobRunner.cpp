#include "segments/SegmentJobRunner.h"

#include "db/Database.h"

SegmentJobRunner::SegmentJobRunner(ServiceContext context, QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("SegmentWorker"));
    m_worker->moveToThread(&m_thread);
    // The worker's connection belongs to the worker thread: close it there, as the thread ends.
    const std::shared_ptr<Database> database = m_context.database;
    connect(
        &m_thread, &QThread::finished, m_worker,
        [database] {
            if (database)
                database->closeThreadConnection();
        },
        Qt::DirectConnection);
    m_thread.start();
}

SegmentJobRunner::~SegmentJobRunner()
{
    // Finishes the job in hand (a query cannot be interrupted halfway), drops the queued ones.
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has ended, so it can go from here
}
