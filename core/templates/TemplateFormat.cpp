#include "templates/TemplateFormat.h"

#include <QLocale>

namespace {
bool isThai(const QString& language)
{
    return language == QLatin1String("th");
}

// 1234567 → "1,234,567", without going through floating point.
QString grouped(qint64 whole)
{
    QString digits = QString::number(whole < 0 ? -whole : whole);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return whole < 0 ? QLatin1Char('-') + digits : digits;
}

constexpr int kBuddhistEraOffset = 543;
} // namespace

namespace TemplateFormat {

QString date(const QDate& date, const QString& language)
{
    if (!date.isValid())
        return {};
    if (isThai(language)) {
        const QLocale thai(QLocale::Thai, QLocale::Thailand);
        return QStringLiteral("%1 %2 %3")
            .arg(date.day())
            .arg(thai.monthName(date.month(), QLocale::LongFormat))
            .arg(date.year() + kBuddhistEraOffset);
    }
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(english.monthName(date.month(), QLocale::LongFormat))
        .arg(date.year());
}

QString money(const MoneyAmount& amount, const QString& language)
{
    const bool negative = amount.minor < 0;
    const qint64 absolute = negative ? -amount.minor : amount.minor;
    QString figure = grouped(absolute / 100) + QLatin1Char('.') +
                     QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        figure.prepend(QLatin1Char('-'));
    const QString currency = amount.currency.trimmed().toUpper();
    if (currency.isEmpty())
        return figure;
    if (isThai(language))
        return currency == QLatin1String("THB") ? QString(figure + QStringLiteral(" บาท"))
                                                : QString(figure + QLatin1Char(' ') + currency);
    return currency + QLatin1Char(' ') + figure;
}

QString number(qint64 value, const QString&)
{
    return grouped(value);
}

QString year(int gregorianYear, const QString& language)
{
    return QString::number(isThai(language) ? gregorianYear + kBuddhistEraOffset : gregorianYear);
}

QString value(const TemplateValue& value, const QString& language)
{
    struct Visitor
    {
        const QString& language;
        QString operator()(const QString& text) const { return text; }
        QString operator()(const QDate& d) const { return date(d, language); }
        QString operator()(const MoneyAmount& m) const { return money(m, language); }
        QString operator()(qint64 n) const { return number(n, language); }
        QString operator()(const CalendarYear& y) const { return year(y.gregorian, language); }
    };
    return std::visit(Visitor{language}, value);
}

} // namespace TemplateFormat
