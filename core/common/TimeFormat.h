#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// How times and dates are stored: fixed-width ISO-8601 text in UTC, so that text order is time
// order on every backend and a row reads the same in sqlite3, psql and a CSV export.
namespace TimeFormat {
QString toStoredTimestamp(const QDateTime& time);
QDateTime fromStoredTimestamp(const QString& text);
QString toStoredDate(const QDate& date);
QDate fromStoredDate(const QString& text);
// Accepts what a person or a script types: YYYY-MM-DD, or ISO-8601 date-times with or without zone.
QDateTime parseUserTimestamp(const QString& text);
} // namespace TimeFormat
