#include "records/RecordSearch.h"

#include "db/SqlDialect.h"
#include "db/SqlRun.h"
#include "records/RecordValidation.h"

RecordSearch::RecordSearch(QString table, QStringList columns)
    : m_table(std::move(table)), m_columns(std::move(columns))
{}

QString RecordSearch::condition(const SqlDialect& dialect, const QString& search, QVariantList& binds,
                                bool walkNameIndex) const
{
    const QString term = search.trimmed().toCaseFolded();
    if (term.isEmpty())
        return {};
    const QString& nameKey = m_columns.constFirst();
    if (!searchesAnywhere(term)) {
        if (dialect.hasTrigramSearch()) {
            // A range on the name index. U+10FFFF is the highest code point, so every name that
            // starts with the term sorts below term + U+10FFFF in SQLite's byte order.
            binds << term << QString(term + QString::fromUcs4(U"\U0010FFFF"));
            return QLatin1Char('(') + nameKey + QStringLiteral(" >= ? AND ") + nameKey +
                   QStringLiteral(" < ?)");
        }
        QString prefix = RecordValidation::likePattern(term);
        prefix.remove(0, 1); // likePattern wraps the term in %…%; a prefix keeps only the end one
        binds << prefix;
        return nameKey + QStringLiteral(" LIKE ? ESCAPE '\\'");
    }
    if (dialect.hasTrigramSearch()) {
        binds << trigramPhrase(term);
        // "+id" keeps SQLite from looking the matches up by rowid, so the ORDER BY's index drives.
        return (walkNameIndex ? QStringLiteral("+id IN (SELECT rowid FROM ")
                              : QStringLiteral("id IN (SELECT rowid FROM ")) +
               m_table + QStringLiteral("_search WHERE ") + m_table + QStringLiteral("_search MATCH ?)");
    }
    QStringList alternatives;
    const QString pattern = RecordValidation::likePattern(term);
    for (const QString& column : m_columns) {
        // The *_key columns hold case-folded text already; other columns are folded by lower().
        const QString folded = column.endsWith(QLatin1String("_key"))
                                   ? column
                                   : QStringLiteral("lower(") + column + QLatin1Char(')');
        alternatives << folded + QStringLiteral(" LIKE ? ESCAPE '\\'");
        binds << pattern;
    }
    return QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

bool RecordSearch::isCommonTerm(const QSqlDatabase& db, const SqlDialect& dialect,
                                const QString& search) const
{
    const QString term = search.trimmed().toCaseFolded();
    if (!dialect.hasTrigramSearch() || !searchesAnywhere(term))
        return false;
    auto matches = SqlRun::scalar(db,
                                  QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + m_table +
                                      QStringLiteral("_search WHERE ") + m_table +
                                      QStringLiteral("_search MATCH ? LIMIT %1)").arg(kCommonMatches),
                                  {trigramPhrase(term)});
    return matches && matches->toInt() >= kCommonMatches;
}

QString RecordSearch::trigramPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool RecordSearch::searchesAnywhere(const QString& text)
{
    return text.toUcs4().size() >= 3;
}
