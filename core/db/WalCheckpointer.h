#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

class Database;

// For a long run of small write transactions on one thread (mail delivery: three per mail), moves
// SQLite's WAL checkpoints off that thread. SQLite normally checkpoints inside whichever commit
// takes the WAL past 1,000 pages, and a checkpoint waits for two fsyncs: on a virtual disk that
// stalled a commit for 20-30 ms about once every hundred mails, with the SMTP server left waiting.
// While this object lives, the calling thread's connection does not checkpoint, and a thread of
// its own (with its own connection) runs PASSIVE checkpoints every `interval`, which copy pages
// without blocking writers. A writer that never pauses keeps the WAL from being fully copied, so
// SQLite would never start it over (it grew to 25 MB in 3,000 commits in TestWalCheckpointer):
// past `maxFrames` frames (8,192: 32 MB, several hundred mails) a RESTART checkpoint waits for a
// gap between transactions and lets the next one start the WAL from the beginning. Same durability as
// before (synchronous = NORMAL: the same fsyncs, on the other thread). Does nothing on PostgreSQL.
// Construct and destroy it on the same thread.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const Database& database,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(250),
                             int maxFrames = 8192);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    bool isActive() const { return m_active; }

private:
    void run();
    void checkpoint() const;

    const Database& m_database;
    const std::chrono::milliseconds m_interval;
    const int m_maxFrames;
    bool m_active = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};
