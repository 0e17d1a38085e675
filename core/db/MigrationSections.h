#pragma once

#include <QString>

// Migration files are shared by both backends. The little that only one backend can run (an FTS5
// index on SQLite, say) sits between marker lines:
//
//   -- begin sqlite only
//   CREATE VIRTUAL TABLE ...;
//   -- end sqlite only
//
// and the same with "postgresql". forDialect() keeps the sections of the named dialect and drops
// the others' (markers included), so each backend sees one plain script.
namespace MigrationSections {
QString forDialect(const QString& sql, const QString& dialectName);
} // namespace MigrationSections
