#include "db/WalCheckpointer.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace {
// SQLite's default, restored on the writer's connection afterwards.
constexpr int kDefaultAutoCheckpoint = 1000;

bool setAutoCheckpoint(const QSqlDatabase& connection, int pages)
{
    QSqlQuery query(connection);
    return query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages));
}
} // namespace

WalCheckpointer::WalCheckpointer(const Database& database, std::chrono::milliseconds interval, int maxFrames)
    : m_database(database), m_interval(interval), m_maxFrames(maxFrames)
{
    if (m_database.dialect().name() != QLatin1String("sqlite"))
        return;
    if (!setAutoCheckpoint(m_database.connection(), 0))
        return; // the writer keeps checkpointing as before
    m_active = true;
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_active)
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    setAutoCheckpoint(m_database.connection(), kDefaultAutoCheckpoint);
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
        lock.unlock();
        checkpoint();
        lock.lock();
    }
    lock.unlock();
    m_database.closeThreadConnection();
}

void WalCheckpointer::checkpoint() const
{
    QSqlQuery query(m_database.connection());
    // Returns (busy, frames in the WAL, frames copied into the database); a failure here only
    // means the WAL stays longer, so it is not reported.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next())
        return;
    const int frames = query.value(1).toInt();
    query.finish();
    if (frames > m_maxFrames)
        (void)query.exec(QStringLiteral("PRAGMA wal_checkpoint(RESTART)"));
}
