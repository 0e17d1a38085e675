#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <variant>

// An amount of money in minor units with its ISO currency code.
struct MoneyAmount
{
    qint64 minor = 0;
    QString currency = QStringLiteral("THB");
};

// A calendar year: written as the Gregorian year in English and the Buddhist Era year in Thai.
struct CalendarYear
{
    int gregorian = 0;
};

// One variable's value before formatting: text, a date, money, a whole number or a year. Formatting for
// the template's language happens in the renderer, so the same values serve English and Thai.
using TemplateValue = std::variant<QString, QDate, MoneyAmount, qint64, CalendarYear>;

// The values to substitute into a template, by variable name. A name with no value renders as
// empty text and is reported by the renderer as missing.
class TemplateValues
{
public:
    void set(const QString& name, TemplateValue value) { m_values.insert(name, std::move(value)); }
    void remove(const QString& name) { m_values.remove(name); }
    bool contains(const QString& name) const { return m_values.contains(name); }
    const TemplateValue* find(const QString& name) const
    {
        auto it = m_values.constFind(name);
        return it == m_values.constEnd() ? nullptr : &it.value();
    }
    QStringList names() const { return m_values.keys(); }
    qsizetype size() const { return m_values.size(); }

    // Formats a value for a template language ("en", "th"); see TemplateFormat.
    QString formatted(const QString& name, const QString& language) const;

private:
    QHash<QString, TemplateValue> m_values;
};
