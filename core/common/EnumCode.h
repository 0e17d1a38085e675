#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>
#include <span>

// One row of an enumeration's code table: the stored lower_snake code and the English label
// (translated at display time with the table's translation context).
template <typename E> struct EnumCode
{
    E value;
    const char* code;
    const char* label;
};

// Lookups over a code table, so that each enumeration is declared once as a table.
namespace EnumCodes {
template <typename E> QString toCode(std::span<const EnumCode<E>> table, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template <typename E> std::optional<E> fromCode(std::span<const EnumCode<E>> table, const QString& code)
{
    const QString wanted = code.trimmed().toLower();
    for (const auto& entry : table) {
        if (wanted == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E> QString label(std::span<const EnumCode<E>> table, const char* context, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QCoreApplication::translate(context, entry.label);
    }
    return {};
}

template <typename E> QStringList codes(std::span<const EnumCode<E>> table)
{
    QStringList result;
    for (const auto& entry : table)
        result << QString::fromLatin1(entry.code);
    return result;
}
} // namespace EnumCodes
