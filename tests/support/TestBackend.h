#pragma once

#include <QString>

class PostgresServer;

// Which database backend the core tests run against. ctest registers every core test twice: as
// itself (SQLite files) and as `<Name>_postgresql` with RAPPORT_TEST_BACKEND=postgresql, where
// each test database is a fresh database on one PostgreSQL server per test executable.
class TestBackend
{
public:
    static bool isPostgres();

    // Where a test's database lives. On SQLite: `sqlitePath` itself. On PostgreSQL: the URL of a
    // fresh, migrated database, the same one for every call with the same path, so code that
    // opens "the file" twice (or hands it to rapport-cli) meets the same data. When the server
    // cannot start, the executable exits with 77 (ctest's "skipped") and says why.
    static QString location(const QString& sqlitePath);

    // The executable's shared server (started on first use); null on SQLite.
    static PostgresServer* server();
};

// In a test function that only makes sense on one backend (SQLite's online-backup API, file
// headers, FTS): skips it on PostgreSQL with the reason.
#define RAPPORT_SQLITE_ONLY(reason)                                                                          \
    do {                                                                                                     \
        if (TestBackend::isPostgres())                                                                       \
            QSKIP("SQLite only: " reason);                                                                   \
    } while (false)
