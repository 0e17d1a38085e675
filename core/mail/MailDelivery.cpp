#include "mail/MailDelivery.h"

#include "mail/MimeMessage.h"
#include "mail/Outbox.h"
#include "mail/OutboxQueue.h"
#include "mail/SmtpClient.h"
#include "settings/OfficeSettings.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrl>

namespace {
// One monotonic clock for the rate limit: wall-clock time (and --now) must not affect spacing.
qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return timer.elapsed();
}
} // namespace

MailDelivery::MailDelivery(ServiceContext context, SmtpSettings settings, QString password,
                           QString leaseOwner)
    : m_context(std::move(context)), m_settings(std::move(settings)), m_password(std::move(password)),
      m_owner(std::move(leaseOwner))
{}

MimeMessage MailDelivery::messageFor(const OutboxMail& mail, const SmtpSettings& settings,
                                     const QDateTime& date)
{
    MimeMessage message;
    message.from = settings.sender;
    message.to = {mail.toAddress, mail.toName};
    const QString replyTo = mail.replyTo.isEmpty() ? settings.replyTo : mail.replyTo;
    if (!replyTo.isEmpty())
        message.replyTo = {replyTo, {}};
    message.subject = mail.subject;
    message.htmlBody = mail.htmlBody;
    message.textBody = mail.textBody;
    message.messageId = mail.messageId;
    message.date = date;
    if (mail.kind == MailKind::Marketing) {
        const QString mailbox =
            settings.unsubscribeAddress.isEmpty() ? settings.sender.address : settings.unsubscribeAddress;
        message.listUnsubscribe << QStringLiteral("mailto:") + mailbox +
                                       QStringLiteral("?subject=unsubscribe");
        QString url = mail.unsubscribeUrl;
        if (url.isEmpty() && !settings.unsubscribeUrl.isEmpty()) {
            url = settings.unsubscribeUrl;
            url.replace(QStringLiteral("{email}"),
                        QString::fromLatin1(QUrl::toPercentEncoding(mail.toAddress)));
        }
        if (url.startsWith(QLatin1String("https://")))
            message.listUnsubscribe << QString::fromLatin1(QUrl(url).toEncoded());
    }
    return message;
}

SmtpOutcome MailDelivery::sendTestMessage(const SmtpSettings& settings, const QString& password,
                                          const QString& to, const QDateTime& date)
{
    if (!MailAddress::isValidAddress(to))
        return SmtpOutcome::permanent(tr("\"%1\" is not a valid email address.").arg(to));
    if (!settings.isConfigured())
        return SmtpOutcome::temporary(tr("Set up the SMTP server and the sender address first."));
    MimeMessage message;
    message.from = settings.sender;
    message.to = {to, {}};
    if (!settings.replyTo.isEmpty())
        message.replyTo = {settings.replyTo, {}};
    message.subject = tr("Rapport test message");
    message.textBody = tr("This message was sent by Rapport to check the SMTP settings (server %1, port %2). "
                          "If you can read "
                          "it, Rapport can send email.")
                           .arg(settings.host)
                           .arg(settings.port);
    message.messageId = MimeMessage::newMessageId(MailAddress::domainOf(settings.sender.address));
    message.date = date;
    SmtpClient client(settings, password);
    SmtpOutcome outcome = client.open();
    if (outcome.ok())
        outcome = client.send(settings.sender.address, to, message.toBytes());
    client.close();
    return outcome;
}

bool MailDelivery::waitForRateSlot()
{
    // Evenly spaced starts: never more than ratePerMinute in any 60 seconds.
    const qint64 interval = 60000 / std::max(1, m_settings.ratePerMinute);
    if (m_lastStartMs >= 0) {
        while (monotonicMs() - m_lastStartMs < interval) {
            if (stopRequested())
                return false;
            QThread::msleep(ulong(std::min<qint64>(100, interval - (monotonicMs() - m_lastStartMs))));
        }
    }
    m_lastStartMs = monotonicMs();
    return !stopRequested();
}

MailDelivery::Report MailDelivery::run()
{
    Report report;
    OutboxQueue queue(m_context, m_owner, m_settings.leaseSeconds());
    auto recovered = queue.recoverExpiredLeases();
    if (!recovered) {
        report.lastError = recovered.error().message;
        return report;
    }
    report.recovered = recovered.value();
    auto due = queue.dueCount();
    if (!due) {
        report.lastError = due.error().message;
        return report;
    }
    if (due.value() == 0)
        return report;
    if (!m_settings.isConfigured()) {
        report.lastError =
            tr("Mail is waiting in the outbox, but no SMTP server and sender address are set up.");
        return report;
    }
    if (m_progress)
        m_progress(0, int(due.value()));

    SmtpClient client(m_settings, m_password);
    const OfficeSettings office(m_context);
    const QTimeZone zone = office.officeTimeZone();
    const Outbox outbox(m_context);
    int done = 0;
    while (true) {
        if (stopRequested()) {
            report.stopped = true;
            break;
        }
        if (!waitForRateSlot()) {
            report.stopped = true;
            break;
        }
        auto claimed = queue.claimNext();
        if (!claimed) {
            report.lastError = claimed.error().message;
            break;
        }
        if (!claimed->has_value())
            break;
        const OutboxMail mail = **claimed;
        ++report.attempted;

        SmtpOutcome outcome;
        bool connectionFailed = false;
        if (!client.isOpen()) {
            outcome = client.open();
            connectionFailed = !outcome.ok();
        }
        if (outcome.ok()) {
            auto files = outbox.attachments(mail.id);
            if (!files) {
                outcome = SmtpOutcome::temporary(files.error().message);
            } else {
                MimeMessage message = messageFor(mail, m_settings, m_context.now().toTimeZone(zone));
                message.attachments = files.value();
                const auto beforeDot = [&] {
                    auto ours = queue.recordFinalDot(mail.id);
                    return ours.ok() && ours.value();
                };
                outcome =
                    client.send(m_settings.sender.address, mail.toAddress, message.toBytes(), beforeDot);
            }
        }
        if (auto recorded = queue.recordOutcome(mail, outcome); !recorded) {
            report.lastError = recorded.error().message;
            break;
        }
        switch (outcome.kind) {
        case SmtpOutcome::Kind::Ok:
            ++report.sent;
            break;
        case SmtpOutcome::Kind::Temporary:
            ++report.retrying;
            report.lastError = outcome.message;
            break;
        case SmtpOutcome::Kind::Permanent:
            ++report.failed;
            report.lastError = outcome.message;
            break;
        case SmtpOutcome::Kind::Unconfirmed:
            ++report.unconfirmed;
            report.lastError = outcome.message;
            break;
        case SmtpOutcome::Kind::Abandoned:
            break;
        }
        ++done;
        if (m_progress) {
            auto remaining = queue.dueCount();
            m_progress(done, done + int(remaining.valueOr(0)));
        }
        // Without a connection there is no point claiming more mail this run; the scheduler tries
        // again on its next tick (and the mail just tried waits for its back-off).
        if (connectionFailed) {
            report.loginRefused = outcome.kind == SmtpOutcome::Kind::Permanent;
            break;
        }
    }
    client.close();
    return report;
}
