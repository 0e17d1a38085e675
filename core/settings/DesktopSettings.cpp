#include "settings/DesktopSettings.h"

#include "db/Database.h"
#include "i18n/TranslationLoader.h"
#include "settings/SettingsCatalogue.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace DesktopSettings {

QString value(const QString& key)
{
    const SettingDefinition* definition = SettingsCatalogue::find(key);
    const QVariant fallback = definition ? definition->defaultValue : QVariant();
    return QSettings().value(QStringLiteral("desktop/") + key, fallback).toString();
}

Status setValue(const QString& key, const QString& text)
{
    const SettingDefinition* definition = SettingsCatalogue::find(key);
    if (!definition || definition->scope != SettingScope::Desktop)
        return Error::invalid(
            key,
            QCoreApplication::translate("DesktopSettings", "There is no desktop setting \"%1\".").arg(key));
    auto valid = SettingsCatalogue::validate(*definition, text);
    if (!valid)
        return valid.error();
    if (key == QLatin1String(SettingsCatalogue::Keys::Language) &&
        !TranslationLoader::availableLanguages().contains(valid.value()))
        return Error::invalid(
            key, QCoreApplication::translate("DesktopSettings", "The language must be one of: %1.")
                     .arg(TranslationLoader::availableLanguages().join(QStringLiteral(", "))));
    if (key == QLatin1String(SettingsCatalogue::Keys::OfficeDatabase) && !valid.value().isEmpty()) {
        const QUrl url(valid.value());
        if (!Database::isPostgresLocation(valid.value()) || !url.isValid() || url.host().isEmpty() ||
            url.path().size() < 2)
            return Error::invalid(key, QCoreApplication::translate(
                                           "DesktopSettings",
                                           "\"%1\" is not an office database address; write "
                                           "postgresql://server/dbname (or postgresql://server:port/dbname).")
                                           .arg(valid.value()));
        if (!url.password().isEmpty())
            return Error::invalid(key, QCoreApplication::translate(
                                           "DesktopSettings",
                                           "Leave the password out of the office database address: each "
                                           "user types their own when signing in."));
    }
    QSettings settings;
    settings.setValue(QStringLiteral("desktop/") + key, valid.value());
    settings.sync();
    return Status::success();
}

QString officeDatabase()
{
    return value(QLatin1String(SettingsCatalogue::Keys::OfficeDatabase)).trimmed();
}

QString language()
{
    const QString stored = value(QLatin1String(SettingsCatalogue::Keys::Language));
    return TranslationLoader::availableLanguages().contains(stored) ? stored : QStringLiteral("en");
}

QByteArray layout(const QString& name)
{
    return QSettings().value(QStringLiteral("layout/") + name).toByteArray();
}

void setLayout(const QString& name, const QByteArray& state)
{
    QSettings().setValue(QStringLiteral("layout/") + name, state);
}

} // namespace DesktopSettings
