#pragma once

#include <QString>

// The text rules of filters, shared by the SQL compiler and the evaluator so both ignore case alike.
//
// Fields with a case-folded *_key column (names, email) compare QString::toCaseFolded() text on both
// sides: case is ignored in every script. Other text columns are compared as lower(column) against
// lower(value) in SQL; on SQLite lower() folds only ASCII letters, so "ĐÀ NẴNG" and "Đà Nẵng" differ
// there while "BANGKOK" and "bangkok" match. Thai has no letter case: Thai text always compares
// exactly, code point by code point, with no normalisation (a sara am typed as nikhahit + sara aa
// is different text). PostgreSQL's lower() folds all scripts, per the database's locale.
namespace FilterText {
// For *_key columns: the same folding the record services store (trimmed, then case-folded).
QString fold(const QString& text);
// What SQLite's lower() does: A–Z to a–z, everything else unchanged.
QString asciiLower(const QString& text);
// The text escaped for LIKE … ESCAPE '\' (backslash, % and _ lose their meaning).
QString escapeLike(const QString& text);
// Whether the text has a control character (NUL, line breaks …), which filters refuse.
bool hasControlCharacter(const QString& text);
} // namespace FilterText
