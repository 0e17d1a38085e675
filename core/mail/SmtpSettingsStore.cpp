#include "mail/SmtpSettingsStore.h"

#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QFileInfo>
#include <QSslCertificate>
#include <QUrl>

namespace Keys = SettingsCatalogue::Keys;

namespace {
QString key(const char* name)
{
    return QLatin1String(name);
}
} // namespace

SmtpSettingsStore::SmtpSettingsStore(ServiceContext context) : m_context(std::move(context)) {}

Result<SmtpSettings> SmtpSettingsStore::load() const
{
    const OfficeSettings office(m_context);
    SmtpSettings settings;
    settings.host = office.value(key(Keys::SmtpHost));
    settings.port = office.value(key(Keys::SmtpPort)).toInt();
    settings.security =
        SmtpSecurityCodes::fromCode(office.value(key(Keys::SmtpSecurity))).value_or(SmtpSecurity::StartTls);
    settings.user = office.value(key(Keys::SmtpUser));
    settings.sender = {office.value(key(Keys::SenderAddress)), office.value(key(Keys::SenderName))};
    settings.replyTo = office.value(key(Keys::SmtpReplyTo));
    settings.ratePerMinute = office.value(key(Keys::SmtpRatePerMinute)).toInt();
    settings.caFile = office.value(key(Keys::SmtpCaFile));
    settings.greetingTimeoutSeconds = office.value(key(Keys::SmtpGreetingTimeoutSeconds)).toInt();
    settings.commandTimeoutSeconds = office.value(key(Keys::SmtpCommandTimeoutSeconds)).toInt();
    settings.dotTimeoutSeconds = office.value(key(Keys::SmtpDotTimeoutSeconds)).toInt();
    settings.unsubscribeAddress = office.value(key(Keys::UnsubscribeAddress));
    settings.unsubscribeUrl = office.value(key(Keys::UnsubscribeUrl));
    auto pinned = trustedFingerprints(settings.host, settings.port);
    if (!pinned)
        return pinned.error();
    settings.trustedFingerprints = pinned.value();
    return settings;
}

Status SmtpSettingsStore::validate(const SmtpSettings& settings) const
{
    if (settings.host.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("host"), tr("The SMTP server name is required."));
    if (settings.host.trimmed().contains(QLatin1Char(' ')) || settings.host.contains(QLatin1Char('/')))
        return Error::invalid(QStringLiteral("host"),
                              tr("\"%1\" is not a server name or address.").arg(settings.host));
    if (settings.port < 1 || settings.port > 65535)
        return Error::invalid(QStringLiteral("port"), tr("The SMTP port must be a number from 1 to 65535."));
    if (settings.sender.address.isEmpty())
        return Error::invalid(QStringLiteral("from"), tr("The sender address is required."));
    if (!MailAddress::isValidAddress(settings.sender.address))
        return Error::invalid(QStringLiteral("from"),
                              tr("\"%1\" is not a valid sender address.").arg(settings.sender.address));
    if (!settings.replyTo.isEmpty() && !MailAddress::isValidAddress(settings.replyTo))
        return Error::invalid(QStringLiteral("reply_to"),
                              tr("\"%1\" is not a valid reply-to address.").arg(settings.replyTo));
    if (!settings.unsubscribeAddress.isEmpty() && !MailAddress::isValidAddress(settings.unsubscribeAddress))
        return Error::invalid(
            QStringLiteral("unsubscribe_address"),
            tr("\"%1\" is not a valid unsubscribe address.").arg(settings.unsubscribeAddress));
    if (!settings.unsubscribeUrl.isEmpty()) {
        const QUrl url(settings.unsubscribeUrl);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return Error::invalid(QStringLiteral("unsubscribe_url"),
                                  tr("The unsubscribe web address must be an https:// address."));
    }
    if (settings.ratePerMinute < 1 || settings.ratePerMinute > 1000000)
        return Error::invalid(QStringLiteral("rate_per_minute"),
                              tr("The rate limit must be from 1 to 1,000,000 mails per minute."));
    if (!settings.caFile.isEmpty()) {
        if (!QFileInfo(settings.caFile).isReadable())
            return Error::invalid(QStringLiteral("ca_file"),
                                  tr("The CA file %1 cannot be read.").arg(settings.caFile));
        if (QSslCertificate::fromPath(settings.caFile, QSsl::Pem).isEmpty())
            return Error::invalid(QStringLiteral("ca_file"),
                                  tr("The CA file %1 holds no PEM certificate.").arg(settings.caFile));
    }
    const QList<std::pair<QString, int>> timeouts = {
        {QStringLiteral("greeting_timeout"), settings.greetingTimeoutSeconds},
        {QStringLiteral("command_timeout"), settings.commandTimeoutSeconds},
        {QStringLiteral("dot_timeout"), settings.dotTimeoutSeconds}};
    for (const auto& [field, seconds] : timeouts) {
        if (seconds < 1 || seconds > 1800)
            return Error::invalid(field, tr("Timeouts must be from 1 to 1800 seconds."));
    }
    return Status::success();
}

Status SmtpSettingsStore::save(const SmtpSettings& settings) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageSettings); !allowed)
        return allowed;
    if (auto valid = validate(settings); !valid)
        return valid;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    const OfficeSettings office(m_context);
    const QList<std::pair<const char*, QString>> values = {
        {Keys::SmtpHost, settings.host.trimmed()},
        {Keys::SmtpPort, QString::number(settings.port)},
        {Keys::SmtpSecurity, SmtpSecurityCodes::toCode(settings.security)},
        {Keys::SmtpUser, settings.user},
        {Keys::SenderAddress, settings.sender.address.trimmed()},
        {Keys::SenderName, settings.sender.name.trimmed()},
        {Keys::SmtpReplyTo, settings.replyTo.trimmed()},
        {Keys::SmtpRatePerMinute, QString::number(settings.ratePerMinute)},
        {Keys::SmtpCaFile,
         settings.caFile.isEmpty() ? QString() : QFileInfo(settings.caFile).absoluteFilePath()},
        {Keys::SmtpGreetingTimeoutSeconds, QString::number(settings.greetingTimeoutSeconds)},
        {Keys::SmtpCommandTimeoutSeconds, QString::number(settings.commandTimeoutSeconds)},
        {Keys::SmtpDotTimeoutSeconds, QString::number(settings.dotTimeoutSeconds)},
        {Keys::UnsubscribeAddress, settings.unsubscribeAddress.trimmed()},
        {Keys::UnsubscribeUrl, settings.unsubscribeUrl.trimmed()},
    };
    for (const auto& [name, value] : values) {
        if (auto stored = office.setValue(key(name), value); !stored)
            return stored;
    }
    return transaction.commit();
}

Result<QStringList> SmtpSettingsStore::trustedFingerprints(const QString& host, int port) const
{
    auto rows = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "SELECT sha256 FROM smtp_trusted_certificates WHERE host = ? AND port = ? ORDER BY added_at"),
        {host.trimmed().toLower(), port});
    if (!rows)
        return rows.error();
    QStringList fingerprints;
    while (rows->next())
        fingerprints << rows->value(0).toString();
    return fingerprints;
}

Status SmtpSettingsStore::trustCertificate(const QString& host, int port, const QString& fingerprint,
                                           const QString& subject) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageSettings); !allowed)
        return allowed;
    const QString normalised = SmtpSettings::normaliseFingerprint(fingerprint);
    if (normalised.size() != 32 * 3 - 1)
        return Error::invalid(QStringLiteral("fingerprint"),
                              tr("\"%1\" is not a SHA-256 certificate fingerprint.").arg(fingerprint));
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto inserted = SqlRun::exec(
        transaction.connection(),
        QStringLiteral(
            "INSERT INTO smtp_trusted_certificates (host, port, sha256, subject, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (host, port, sha256) DO NOTHING"),
        {host.trimmed().toLower(), port, normalised, subject.isNull() ? QStringLiteral("") : subject,
         m_context.actor.username, TimeFormat::toStoredTimestamp(m_context.now())});
    if (!inserted)
        return inserted.error();
    return transaction.commit();
}

Status SmtpSettingsStore::forgetCertificate(const QString& host, int port, const QString& fingerprint) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageSettings); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto removed = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("DELETE FROM smtp_trusted_certificates WHERE host = ? AND port = ? AND sha256 = ?"),
        {host.trimmed().toLower(), port, SmtpSettings::normaliseFingerprint(fingerprint)});
    if (!removed)
        return removed.error();
    return transaction.commit();
}
