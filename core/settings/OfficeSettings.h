#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QTime>
#include <QTimeZone>
#include <QVariant>

// Office-wide settings stored in the database (see SettingsCatalogue for the keys).
class OfficeSettings
{
public:
    explicit OfficeSettings(ServiceContext context);

    // The stored value, or the catalogue default.
    QString value(const QString& key) const;
    // Validates, then stores; needs the ManageSettings permission.
    Status setValue(const QString& key, const QString& value) const;

    QTimeZone officeTimeZone() const;
    QTime dailyRunTime() const;
    qint64 attachmentLimitBytes() const;
    // Today's date in the office time zone, by the context's clock.
    QDate today() const;

private:
    ServiceContext m_context;
};
