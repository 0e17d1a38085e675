#include "filters/FilterContext.h"

#include "common/ServiceContext.h"
#include "common/TimeFormat.h"
#include "settings/OfficeSettings.h"

FilterContext FilterContext::forService(const ServiceContext& context)
{
    const OfficeSettings settings(context);
    FilterContext result;
    result.zone = settings.officeTimeZone();
    result.today = context.now().toTimeZone(result.zone).date();
    return result;
}

QString FilterContext::startOfDayTimestamp(const QDate& date) const
{
    return TimeFormat::toStoredTimestamp(date.startOfDay(zone));
}

QDate FilterContext::localDate(const QDateTime& instant) const
{
    return instant.isValid() ? instant.toTimeZone(zone).date() : QDate();
}
