#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;
class SqlDialect;

// The "search as you type" condition of a record list, ignoring case:
// - a term of three characters or more finds the rows where any searched column contains it;
// - a term of one or two characters finds the rows whose name (the first column) starts with it.
//
// Every keystroke has to stay quick on 500,000 contacts. A substring test (LIKE '%term%') can only
// scan, and a rare term scanned every row (about 1.3 s). On SQLite, three characters or more are
// answered by the table's FTS5 trigram index (migration 0009, "<table>_search"); one or two
// characters cannot be (trigrams), but as a name prefix they are an index range on the name.
// PostgreSQL, which has no such index here, runs the same questions with LIKE.
class RecordSearch
{
public:
    // `table` is the record table ("contacts"); `columns` the searched columns, which are also
    // the columns of its search index, in that index's order. The first is the case-folded name
    // key (indexed); each other column holds case-folded text (a *_key column) or text whose case
    // lower() can fold (phone numbers, cities).
    RecordSearch(QString table, QStringList columns);

    // The condition for `search` (SQL with `?` placeholders, bound in order by appending to
    // `binds`), or an empty string when the search is blank. With `walkNameIndex`, a trigram
    // search is written so that SQLite walks the name index in order and tests each row against
    // the matches instead of fetching every match and sorting: what a page ordered by name wants
    // when the term is common (see isCommonTerm); a count wants the plain form.
    QString condition(const SqlDialect& dialect, const QString& search, QVariantList& binds,
                      bool walkNameIndex = false) const;

    // Whether `search` is a trigram search that matches at least `kCommonMatches` rows. Tens of
    // thousands of matches ("ann" in 500,000 contacts) take ~80 ms to fetch and sort, while the
    // first page in name order is found by the index walk in ~10 ms; for a rare term it is the
    // other way round. The probe stops at kCommonMatches, so it costs little either way.
    bool isCommonTerm(const QSqlDatabase& db, const SqlDialect& dialect, const QString& search) const;
    static constexpr int kCommonMatches = 2000;

    // The FTS5 query that finds `text` as a substring: one phrase, with its quotes doubled.
    static QString trigramPhrase(const QString& text);
    // Whether a term is long enough to search anywhere (three characters, not UTF-16 units).
    static bool searchesAnywhere(const QString& text);

private:
    QString m_table;
    QStringList m_columns;
};
