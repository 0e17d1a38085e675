#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

struct ServiceContext;

// What a filter's meaning depends on besides the data: today's date and the time zone in which a
// timestamp's date is taken (the office's). "in the next 30 days" and "created on 2025-04-13"
// mean the same to the SQL compiler and the evaluator because both read them from here.
struct FilterContext
{
    QDate today;
    QTimeZone zone = QTimeZone::utc();

    // Today in the office time zone, by the service context's clock.
    static FilterContext forService(const ServiceContext& context);

    // The stored (UTC, ISO-8601) form of the first instant of `date` in the zone.
    QString startOfDayTimestamp(const QDate& date) const;
    // The date of a UTC instant in the zone.
    QDate localDate(const QDateTime& instant) const;
};
