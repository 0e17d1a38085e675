#include "backup/SqliteFile.h"

#include <sqlite3.h>

SqliteFile::~SqliteFile()
{
    close();
}

void SqliteFile::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

QString SqliteFile::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Status SqliteFile::open(const QString& path, Mode mode)
{
    close();
    m_path = path;
    int flags = SQLITE_OPEN_READONLY;
    if (mode == Mode::ReadWrite)
        flags = SQLITE_OPEN_READWRITE;
    else if (mode == Mode::ReadWriteCreate)
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = lastError();
        close();
        return Error::io(tr("Cannot open %1: %2").arg(path, message));
    }
    // Wait for a writer instead of failing with "database is locked".
    sqlite3_busy_timeout(m_db, 15000);
    return Status::success();
}

Result<QVariantList> SqliteFile::column(const QString& sql)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &statement, nullptr) !=
        SQLITE_OK)
        return Error::database(lastError());
    QVariantList values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        switch (sqlite3_column_type(statement, 0)) {
        case SQLITE_INTEGER:
            values << QVariant(static_cast<qint64>(sqlite3_column_int64(statement, 0)));
            break;
        case SQLITE_NULL:
            values << QVariant();
            break;
        default:
            values << QVariant(
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
            break;
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return Error::database(lastError());
    return values;
}

Status SqliteFile::exec(const QString& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return Error::database(text);
    }
    return Status::success();
}

Status SqliteFile::copy(SqliteFile& source, SqliteFile& destination)
{
    sqlite3_backup* backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup)
        return Error::database(destination.lastError());
    int rc = SQLITE_OK;
    // One step of all pages: the copy is taken within a single read transaction of the source.
    // Busy or locked means a writer holds a lock we need; wait and try again.
    for (int attempt = 0; attempt < 600; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error::database(
            tr("Copying the database failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return Status::success();
}
