#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// Display text for stored values, shared by the tables and forms so a code reads the same everywhere.
namespace RecordText {
// The translated label of an enumeration code of a record field ("contact_type", "language",
// "status" of contracts or invoices, "currency"); the code itself when unknown.
QString codeLabel(const QString& field, const QString& code, bool invoice = false);
QString money(qint64 minor);
QString date(const QDate& date);
} // namespace RecordText
