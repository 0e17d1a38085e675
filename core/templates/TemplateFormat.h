#pragma once

#include "templates/TemplateValues.h"

#include <QDate>
#include <QString>

// Dates, money and numbers written the way a customer reading the template's language expects.
// English: "14 March 2025", "THB 12,500.00". Thai: "14 มีนาคม 2568" (Buddhist Era, as Thai
// business letters are dated), "12,500.00 บาท" (other currencies keep their code: "1,200.00 USD").
namespace TemplateFormat {
QString date(const QDate& date, const QString& language);
QString money(const MoneyAmount& amount, const QString& language);
QString number(qint64 value, const QString& language);
// The year as written in the language: Gregorian in English, Buddhist Era in Thai.
QString year(int gregorianYear, const QString& language);
QString value(const TemplateValue& value, const QString& language);
} // namespace TemplateFormat
