#pragma once

#include "common/Result.h"
#include "records/RecordField.h"

#include <QJsonValue>

// Conversions of one typed field value between text (CLI options, CSV cells), display text and
// JSON. Shared by every record type so that a boolean or a date reads the same everywhere.
namespace FieldValues {
// Parses user text for a field; an Error names the field and says what was expected.
Result<QVariant> parse(const QString& field, FieldKind kind, const QString& text,
                       const QStringList& enumCodes = {});
// Machine text: true/false, YYYY-MM-DD, 12500.50, ISO timestamps; empty for none.
QString toText(FieldKind kind, const QVariant& value);
QJsonValue toJson(FieldKind kind, const QVariant& value);
// "--contract-number" / "contract_number" / "Contract Number" → "contract_number".
QString normaliseName(const QString& name);
} // namespace FieldValues
