#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

enum class FieldKind
{
    Text,      // QString
    Boolean,   // bool
    Date,      // QDate
    Timestamp, // QDateTime (UTC)
    Money,     // qint64 minor units
    Reference, // qint64 id of another record; 0 = none. Named <thing>_id; <thing> is accepted as input
    Enum,      // QString code from enumCodes()
    Integer,   // qint64
    Decimal,   // double, shown with two decimals; null = not known (derived, read-only values)
};

// One field of a record type, as the CLI, CSV import/export, JSON output and the audit trail see
// it. `name` is the SPEC's field name; `set` is empty for read-only fields (id, timestamps,
// derived values such as days_until_expiry).
template <typename R> struct RecordField
{
    QString name;
    FieldKind kind = FieldKind::Text;
    const char* label = ""; // English; translated with the "RecordField" context
    std::function<QVariant(const R&)> get;
    std::function<void(R&, const QVariant&)> set;
    QStringList (*enumCodes)() = nullptr;
};
