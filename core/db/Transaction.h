#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

class Database;

// A write transaction on the calling thread's connection. The outermost one starts with the
// dialect's write lock (BEGIN IMMEDIATE on SQLite); nested ones become savepoints, so a service
// can call another service (e.g. queue a mail) inside the caller's transaction. Rolls back on
// destruction unless committed.
class Transaction
{
public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; check before writing.
    const Status& started() const { return m_started; }
    Status commit();
    void rollback();

    QSqlDatabase connection() const { return m_db; }

private:
    QSqlDatabase m_db;
    Status m_started;
    int m_depth = 0; // 1 for the outermost transaction
    bool m_finished = false;
};
