#include "db/MigrationRunner.h"

#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

MigrationRunner::MigrationRunner(const Database& database) : m_database(database) {}

QList<MigrationRunner::Migration> MigrationRunner::available()
{
    QList<Migration> migrations;
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            continue;
        migrations.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

QStringList MigrationRunner::splitStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    bool inSingle = false;
    bool inLineComment = false;
    QString dollarTag;
    bool inTrigger = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (inLineComment) {
            if (c == QLatin1Char('\n'))
                inLineComment = false;
            continue;
        }
        if (!dollarTag.isEmpty()) {
            current += c;
            if (c == QLatin1Char('$') && current.endsWith(dollarTag))
                dollarTag.clear();
            continue;
        }
        if (inSingle) {
            current += c;
            if (c == QLatin1Char('\''))
                inSingle = false;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char('-')) {
            inLineComment = true;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            inSingle = true;
            current += c;
            continue;
        }
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral("^\\$[A-Za-z_]*\\$"));
            const auto match = tag.match(QStringView(sql).mid(i));
            if (match.hasMatch()) {
                dollarTag = match.captured(0);
                current += dollarTag;
                i += dollarTag.size() - 1;
                continue;
            }
        }
        current += c;
        if (c == QLatin1Char(';')) {
            const QString simplified = current.simplified().toUpper();
            if (!inTrigger && simplified.startsWith(QLatin1String("CREATE")) &&
                simplified.contains(QLatin1String(" TRIGGER ")))
                inTrigger = true;
            if (inTrigger && !simplified.endsWith(QLatin1String("END;")))
                continue;
            inTrigger = false;
            const QString statement = current.trimmed();
            if (statement != QLatin1String(";"))
                statements << statement;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Status MigrationRunner::migrate()
{
    const QSqlDatabase db = m_database.connection();
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("MigrationRunner", text);
    };
    // Only created when missing: on an office database desktop roles may not create tables, and
    // PostgreSQL checks that right even for CREATE TABLE IF NOT EXISTS on an existing table.
    if (!db.tables().contains(QStringLiteral("schema_migrations"))) {
        Transaction transaction(m_database);
        if (!transaction.started())
            return transaction.started().error();
        auto created = SqlRun::exec(
            db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
        if (!created)
            return created.error();
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }

    auto appliedQuery = SqlRun::exec(db, QStringLiteral("SELECT version FROM schema_migrations"));
    if (!appliedQuery)
        return appliedQuery.error();
    QSet<int> applied;
    while (appliedQuery->next())
        applied.insert(appliedQuery->value(0).toInt());

    const QList<Migration> migrations = available();
    QSet<int> known;
    int newestKnown = 0;
    for (const Migration& migration : migrations) {
        known.insert(migration.version);
        newestKnown = std::max(newestKnown, migration.version);
    }
    for (int version : std::as_const(applied)) {
        if (!known.contains(version))
            return Error::invalid(
                QStringLiteral("db"),
                tr("This database was written by a newer version of Rapport (it has schema change %1; this "
                   "version knows changes up to %2). It was left untouched: please update Rapport.")
                    .arg(version)
                    .arg(newestKnown));
    }

    for (const Migration& migration : migrations) {
        if (applied.contains(migration.version))
            continue;
        Transaction transaction(m_database);
        if (!transaction.started())
            return transaction.started().error();
        if (const QString lock = m_database.dialect().migrationLockSql(); !lock.isEmpty()) {
            if (auto locked = SqlRun::exec(db, lock); !locked)
                return locked.error();
        }
        // Another process may have applied it while we waited for the write lock.
        auto already =
            SqlRun::scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = ?"),
                           {migration.version});
        if (!already)
            return already.error();
        if (already->toInt() > 0)
            continue;
        const QStringList statements = splitStatements(m_database.dialect().expandMigration(migration.sql));
        for (const QString& statement : statements) {
            auto result = SqlRun::exec(db, statement);
            if (!result)
                return Error::database(tr("Schema change %1 (%2) failed: %3")
                                           .arg(migration.version)
                                           .arg(migration.name, result.error().message));
        }
        auto recorded = SqlRun::exec(
            db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
            {migration.version, migration.name,
             TimeFormat::toStoredTimestamp(QDateTime::currentDateTimeUtc())});
        if (!recorded)
            return recorded.error();
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return Status::success();
}
