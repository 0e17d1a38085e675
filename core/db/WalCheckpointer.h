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
// past `maxFrames` frames a RESTART checkpoint waits for a gap between transactions and lets the
// next one start the WAL from the beginning. A RESTART keeps the writer waiting while it copies the
// last frames and waits for the disk (20-30 ms here, a stall the SMTP server feels), so it is kept
// rare: 32,768 frames, 128 MB, about 3,000 mails (at 8,192 a 2,000-mail run stalled two or three
// times). The connections' journal_size_limit shrinks the file again once the WAL starts over.
// Same durability as before (synchronous = NORMAL: the same fsyncs, on the other thread). Does
// nothing on PostgreSQL.
// Construct and destroy it on the same thread.
class WalCheckpointer
{
public:
    explicit WalCheckpointer(const Database& database,
                             std::chrono::milliseconds interval = std::chrono::milliseconds(250),
                             int maxFrames = 32768);
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
