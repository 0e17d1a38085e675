#include "settings/OfficeSettings.h"

#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "settings/SettingsCatalogue.h"

#include <QCoreApplication>

OfficeSettings::OfficeSettings(ServiceContext context) : m_context(std::move(context)) {}

QString OfficeSettings::value(const QString& key) const
{
    const SettingDefinition* definition = SettingsCatalogue::find(key);
    const QString fallback = definition ? definition->defaultValue.toString() : QString();
    auto stored = SqlRun::scalar(m_context.db().connection(),
                                 QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!stored || stored->isNull())
        return fallback;
    return stored->toString();
}

Status OfficeSettings::setValue(const QString& key, const QString& value) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageSettings); !allowed)
        return allowed;
    const SettingDefinition* definition = SettingsCatalogue::find(key);
    if (!definition || definition->scope != SettingScope::Office)
        return Error::invalid(
            key, QCoreApplication::translate("OfficeSettings", "There is no office setting called \"%1\".")
                     .arg(key));
    auto normalised = SettingsCatalogue::validate(*definition, value);
    if (!normalised)
        return normalised.error();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto written = SqlRun::exec(
        transaction.connection(),
        QStringLiteral(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
        {key, normalised.value(), TimeFormat::toStoredTimestamp(m_context.now())});
    if (!written)
        return written.error();
    return transaction.commit();
}

QTimeZone OfficeSettings::officeTimeZone() const
{
    QTimeZone zone(value(QLatin1String(SettingsCatalogue::Keys::OfficeTimeZone)).toUtf8());
    return zone.isValid() ? zone : QTimeZone("Asia/Bangkok");
}

QTime OfficeSettings::dailyRunTime() const
{
    const QTime time = QTime::fromString(value(QLatin1String(SettingsCatalogue::Keys::DailyRunTime)),
                                         QStringLiteral("HH:mm"));
    return time.isValid() ? time : QTime(9, 0);
}

qint64 OfficeSettings::attachmentLimitBytes() const
{
    return value(QLatin1String(SettingsCatalogue::Keys::AttachmentLimitMb)).toLongLong() * 1024 * 1024;
}

QDate OfficeSettings::today() const
{
    return m_context.now().toTimeZone(officeTimeZone()).date();
}
