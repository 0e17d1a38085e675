#include "TestDatabase.h"

#include "TestBackend.h"

#include <QTimeZone>

TestDatabase::TestDatabase(const QDateTime& now) : m_clock(now)
{
    m_path = TestBackend::location(m_dir.filePath(QStringLiteral("rapport-test.db")));
    auto opened = Database::open(m_path);
    if (opened)
        m_database = opened.value();
    else
        m_error = opened.error().message;
}
