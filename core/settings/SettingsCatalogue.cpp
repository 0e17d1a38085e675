#include "settings/SettingsCatalogue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>

namespace SettingsCatalogue {

const QList<SettingDefinition>& all()
{
    static const QList<SettingDefinition> definitions = {
        {QLatin1String(Keys::OfficeTimeZone), SettingType::TimeZone, SettingScope::Office,
         QStringLiteral("Asia/Bangkok"), QT_TRANSLATE_NOOP("Setting", "Office time zone"), 0, 0},
        {QLatin1String(Keys::DailyRunTime), SettingType::TimeOfDay, SettingScope::Office,
         QStringLiteral("09:00"), QT_TRANSLATE_NOOP("Setting", "Daily run time"), 0, 0},
        {QLatin1String(Keys::AttachmentLimitMb), SettingType::Integer, SettingScope::Office, 25,
         QT_TRANSLATE_NOOP("Setting", "Attachment size limit (MB)"), 1, 1024},
        {QLatin1String(Keys::SenderName), SettingType::Text, SettingScope::Office, QStringLiteral("Rapport"),
         QT_TRANSLATE_NOOP("Setting", "Sender name"), 0, 0},
        {QLatin1String(Keys::SenderAddress), SettingType::Email, SettingScope::Office, QString(),
         QT_TRANSLATE_NOOP("Setting", "Sender address"), 0, 0},
        {QLatin1String(Keys::SchedulerIntervalSeconds), SettingType::Integer, SettingScope::Office, 60,
         QT_TRANSLATE_NOOP("Setting", "Scheduler interval (seconds)"), 5, 86400},
        {QLatin1String(Keys::TicketCustomerUpdates), SettingType::Boolean, SettingScope::Office,
         QStringLiteral("true"), QT_TRANSLATE_NOOP("Setting", "Email ticket updates to the customer"), 0, 0},
        {QLatin1String(Keys::Language), SettingType::Text, SettingScope::Desktop, QStringLiteral("en"),
         QT_TRANSLATE_NOOP("Setting", "Language"), 0, 0},
        {QLatin1String(Keys::AutoBackupEnabled), SettingType::Boolean, SettingScope::Desktop,
         QStringLiteral("false"), QT_TRANSLATE_NOOP("Setting", "Back up the database every day"), 0, 0},
        {QLatin1String(Keys::AutoBackupFolder), SettingType::Text, SettingScope::Desktop, QString(),
         QT_TRANSLATE_NOOP("Setting", "Daily backup folder"), 0, 0},
        {QLatin1String(Keys::AutoBackupKeep), SettingType::Integer, SettingScope::Desktop, 7,
         QT_TRANSLATE_NOOP("Setting", "Daily backups to keep"), 1, 365},
        {QLatin1String(Keys::OfficeDatabase), SettingType::Text, SettingScope::Desktop, QString(),
         QT_TRANSLATE_NOOP("Setting", "Office database"), 0, 0},
        {QLatin1String(Keys::SmtpHost), SettingType::Text, SettingScope::Office, QString(),
         QT_TRANSLATE_NOOP("Setting", "SMTP server"), 0, 0},
        {QLatin1String(Keys::SmtpPort), SettingType::Integer, SettingScope::Office, 587,
         QT_TRANSLATE_NOOP("Setting", "SMTP port"), 1, 65535},
        // none, starttls or tls (SmtpSecurity codes); checked by SmtpSettingsStore.
        {QLatin1String(Keys::SmtpSecurity), SettingType::Text, SettingScope::Office,
         QStringLiteral("starttls"), QT_TRANSLATE_NOOP("Setting", "SMTP security"), 0, 0},
        {QLatin1String(Keys::SmtpUser), SettingType::Text, SettingScope::Office, QString(),
         QT_TRANSLATE_NOOP("Setting", "SMTP user name"), 0, 0},
        {QLatin1String(Keys::SmtpReplyTo), SettingType::Email, SettingScope::Office, QString(),
         QT_TRANSLATE_NOOP("Setting", "Reply-to address"), 0, 0},
        {QLatin1String(Keys::SmtpRatePerMinute), SettingType::Integer, SettingScope::Office, 60,
         QT_TRANSLATE_NOOP("Setting", "Mails per minute at most"), 1, 1000000},
        {QLatin1String(Keys::SmtpCaFile), SettingType::Text, SettingScope::Office, QString(),
         QT_TRANSLATE_NOOP("Setting", "Extra CA certificates (PEM file)"), 0, 0},
        {QLatin1String(Keys::SmtpGreetingTimeoutSeconds), SettingType::Integer, SettingScope::Office, 30,
         QT_TRANSLATE_NOOP("Setting", "SMTP connect and greeting timeout (seconds)"), 1, 600},
        {QLatin1String(Keys::SmtpCommandTimeoutSeconds), SettingType::Integer, SettingScope::Office, 60,
         QT_TRANSLATE_NOOP("Setting", "SMTP command timeout (seconds)"), 1, 600},
        // RFC 5321 §4.5.3.2.6 suggests 10 minutes for the reply to the final dot.
        {QLatin1String(Keys::SmtpDotTimeoutSeconds), SettingType::Integer, SettingScope::Office, 600,
         QT_TRANSLATE_NOOP("Setting", "SMTP end-of-message timeout (seconds)"), 1, 1800},
        {QLatin1String(Keys::UnsubscribeAddress), SettingType::Email, SettingScope::Office, QString(),
         QT_TRANSLATE_NOOP("Setting", "Unsubscribe mailbox"), 0, 0},
        {QLatin1String(Keys::UnsubscribeUrl), SettingType::Text, SettingScope::Office, QString(),
         QT_TRANSLATE_NOOP("Setting", "Unsubscribe web address"), 0, 0},
    };
    return definitions;
}

const SettingDefinition* find(const QString& key)
{
    for (const SettingDefinition& definition : all()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

QString label(const SettingDefinition& definition)
{
    return QCoreApplication::translate("Setting", definition.label);
}

Result<QString> validate(const SettingDefinition& definition, const QString& value)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("SettingsCatalogue", text);
    };
    const QString trimmed = value.trimmed();
    switch (definition.type) {
    case SettingType::Text:
        return trimmed;
    case SettingType::Integer: {
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok || number < definition.minimum || (definition.maximum > 0 && number > definition.maximum))
            return Error::invalid(definition.key, tr("%1 must be a whole number from %2 to %3.")
                                                      .arg(label(definition))
                                                      .arg(definition.minimum)
                                                      .arg(definition.maximum));
        return QString::number(number);
    }
    case SettingType::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("1"))
            return QStringLiteral("true");
        if (lower == QLatin1String("false") || lower == QLatin1String("0"))
            return QStringLiteral("false");
        return Error::invalid(definition.key, tr("%1 must be true or false.").arg(label(definition)));
    }
    case SettingType::TimeOfDay: {
        const QTime time = QTime::fromString(trimmed, QStringLiteral("H:mm"));
        if (!time.isValid())
            return Error::invalid(definition.key,
                                  tr("%1 must be a time of day such as 09:00.").arg(label(definition)));
        return time.toString(QStringLiteral("HH:mm"));
    }
    case SettingType::TimeZone:
        if (!QTimeZone::isTimeZoneIdAvailable(trimmed.toUtf8()))
            return Error::invalid(definition.key,
                                  tr("%1: \"%2\" is not a known time zone (for example Asia/Bangkok).")
                                      .arg(label(definition), trimmed));
        return trimmed;
    case SettingType::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!trimmed.isEmpty() && !email.match(trimmed).hasMatch())
            return Error::invalid(definition.key,
                                  tr("%1 is not a valid email address.").arg(label(definition)));
        return trimmed;
    }
    }
    return trimmed;
}

} // namespace SettingsCatalogue
