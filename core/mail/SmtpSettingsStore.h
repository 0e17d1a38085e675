#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "mail/SmtpSettings.h"

#include <QCoreApplication>

// Reads and writes the office's SMTP settings and the certificates pinned per server. Reading
// needs no permission (the scheduler reads them); changing them needs ManageSettings.
class SmtpSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettingsStore)

public:
    explicit SmtpSettingsStore(ServiceContext context);

    Result<SmtpSettings> load() const;
    // Validates everything first, then writes all of it in one transaction.
    Status save(const SmtpSettings& settings) const;
    Status validate(const SmtpSettings& settings) const;

    // Pins a certificate for host:port ("trust this certificate").
    Status trustCertificate(const QString& host, int port, const QString& fingerprint,
                            const QString& subject = {}) const;
    Status forgetCertificate(const QString& host, int port, const QString& fingerprint) const;
    Result<QStringList> trustedFingerprints(const QString& host, int port) const;

private:
    ServiceContext m_context;
};
