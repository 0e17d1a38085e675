#pragma once

#include <QString>
#include <optional>

// Money is kept in minor units (satang, cents) as 64-bit integers: never in floating point.
namespace Money {
// "12500", "12,500.50", "12500.5" → 1250050. Empty optional when the text is not an amount.
std::optional<qint64> parseMinor(const QString& text);
// 1250050 → "12500.50": the machine form used by the CLI, CSV and JSON.
QString toPlain(qint64 minor);
// Value as a double for JSON output only.
double toDouble(qint64 minor);
} // namespace Money
