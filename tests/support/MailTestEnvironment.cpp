#include "MailTestEnvironment.h"

#include "db/Database.h"
#include "mail/SmtpSettingsStore.h"

#include <QTimeZone>

MailTestEnvironment::MailTestEnvironment()
    : m_clock(QDateTime(QDate(2025, 11, 24), QTime(2, 0), QTimeZone::utc()))
{
    auto opened = Database::open(databasePath());
    if (opened)
        m_database = opened.value();
    else
        m_error = opened.error().message;
}

SmtpSettings MailTestEnvironment::settingsFor(const SmtpTestServer& server)
{
    SmtpSettings settings;
    settings.host = server.host();
    settings.port = server.port();
    settings.security =
        server.options().security == SmtpTestServer::Security::StartTls      ? SmtpSecurity::StartTls
        : server.options().security == SmtpTestServer::Security::ImplicitTls ? SmtpSecurity::ImplicitTls
                                                                             : SmtpSecurity::None;
    settings.user = server.options().user;
    settings.sender = {QStringLiteral("office@rapport.example"), QStringLiteral("Rapport Music")};
    if (server.options().security != SmtpTestServer::Security::None)
        settings.caFile = server.certificateFile();
    settings.ratePerMinute = 1000000;
    settings.greetingTimeoutSeconds = 20;
    settings.commandTimeoutSeconds = 20;
    settings.dotTimeoutSeconds = 20;
    return settings;
}

bool MailTestEnvironment::configure(const SmtpSettings& settings)
{
    const Status saved = SmtpSettingsStore(context()).save(settings);
    if (!saved)
        qWarning("SMTP settings refused: %s", qPrintable(saved.error().describe()));
    return saved.ok();
}
