#pragma once

#include "common/ServiceContext.h"
#include "mail/OutboxMail.h"
#include "mail/SmtpOutcome.h"
#include "mail/SmtpSettings.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <atomic>
#include <functional>
#include <optional>

class MimeMessage;

// One delivery run: claims due outbox mails one at a time and sends them over one SMTP connection
// (opened on the first mail, reused, closed with QUIT at the end), no faster than the configured
// rate, recording each outcome before the next mail's data goes out. Runs on the thread that calls run():
// the scheduler's worker thread, or the CLI's main thread.
class MailDelivery
{
    Q_DECLARE_TR_FUNCTIONS(MailDelivery)

public:
    struct Report
    {
        int attempted = 0;
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        int unconfirmed = 0;
        int recovered = 0;         // expired leases settled before the run
        QString lastError;         // the last problem, for the status bar
        bool loginRefused = false; // the server refused the SMTP login (settings or password wrong)
        bool stopped = false;      // a stop was requested; the mail in hand was finished
    };
    // done so far, and done + still due.
    using Progress = std::function<void(int done, int total)>;

    MailDelivery(ServiceContext context, SmtpSettings settings, QString password, QString leaseOwner);

    void setStopFlag(const std::atomic_bool* stop) { m_stop = stop; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    Report run();

    // Sends a short test message straight to `to` (not through the outbox: it is a check of the
    // settings, and its outcome — e.g. an untrusted certificate's fingerprint — is wanted now).
    static SmtpOutcome sendTestMessage(const SmtpSettings& settings, const QString& password,
                                       const QString& to, const QDateTime& date);
    // The message as it goes out for this outbox row (headers from the settings and the row).
    static MimeMessage messageFor(const OutboxMail& mail, const SmtpSettings& settings,
                                  const QDateTime& date);

private:
    bool stopRequested() const { return m_stop && m_stop->load(); }
    // The spacing between mail starts that the rate limit asks for.
    qint64 rateInterval() const;
    // Whether the next mail may start now without waiting for the rate limit.
    bool rateSlotFree() const;
    // Waits until the rate limit allows the next mail; false when a stop came first.
    bool waitForRateSlot();
    // A claimed mail with its message built (or why it could not be built).
    struct Prepared
    {
        OutboxMail mail;
        QByteArray bytes;
        std::optional<SmtpOutcome> problem;
    };
    Prepared prepare(const OutboxMail& mail) const;
    // A mail tried, with what came of it.
    struct Settled
    {
        OutboxMail mail;
        SmtpOutcome outcome;
    };
    // Whether the next mail may be claimed and built while the server stores the current one:
    // only when the rate limit will not then hold it back for long under its lease.
    bool mayPrefetch() const;

    ServiceContext m_context;
    SmtpSettings m_settings;
    QString m_password;
    QString m_owner;
    const std::atomic_bool* m_stop = nullptr;
    Progress m_progress;
    qint64 m_lastStartMs = -1;
    QTimeZone m_zone; // the office's, read once per run for the Date header
};
