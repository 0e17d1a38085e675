#include "mail/MailDelivery.h"

#include "db/WalCheckpointer.h"
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

qint64 MailDelivery::rateInterval() const
{
    return 60000 / std::max(1, m_settings.ratePerMinute);
}

bool MailDelivery::rateSlotFree() const
{
    return m_lastStartMs < 0 || monotonicMs() - m_lastStartMs >= rateInterval();
}

bool MailDelivery::waitForRateSlot()
{
    // Evenly spaced starts: never more than ratePerMinute in any 60 seconds.
    const qint64 interval = rateInterval();
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

MailDelivery::Prepared MailDelivery::prepare(const OutboxMail& mail) const
{
    Prepared prepared{mail, {}, std::nullopt};
    auto files = Outbox(m_context).attachments(mail.id);
    if (!files) {
        prepared.problem = SmtpOutcome::temporary(files.error().message);
        return prepared;
    }
    MimeMessage message = messageFor(mail, m_settings, m_context.now().toTimeZone(m_zone));
    message.attachments = files.value();
    prepared.bytes = message.toBytes();
    return prepared;
}

bool MailDelivery::mayPrefetch() const
{
    const qint64 interval = rateInterval();
    return interval <= 1000 && qint64(m_settings.leaseSeconds()) * 1000 > 10 * interval;
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

    // Three commits per mail: checkpoints (and their fsyncs) happen on a thread of their own.
    const WalCheckpointer checkpointer(m_context.db());
    SmtpClient client(m_settings, m_password);
    m_zone = OfficeSettings(m_context).officeTimeZone();
    // The next mail, claimed and built while the server was storing the previous one. Handed back
    // when the run ends before it is tried.
    std::optional<Prepared> next;
    const auto handBack = [&] {
        if (next) {
            if (auto released = queue.release(next->mail); !released)
                report.lastError = released.error().message;
            next.reset();
        }
    };
    // The outcome of the mail just sent, when the next one follows at once on the same
    // connection: it is written while the server reads that mail's MAIL FROM (the one stretch in
    // which the server would otherwise wait for us), and always before that mail's final dot.
    // So at any moment at most one mail has its dot sent and its outcome unrecorded, exactly as
    // when each outcome is written before the next MAIL FROM; a crash leaves it `unconfirmed`.
    std::optional<Settled> unrecorded;
    bool recordingFailed = false;
    const auto recordUnrecorded = [&] {
        if (!unrecorded)
            return !recordingFailed;
        const Status recorded = queue.recordOutcome(unrecorded->mail, unrecorded->outcome);
        unrecorded.reset();
        if (!recorded) {
            report.lastError = recorded.error().message;
            recordingFailed = true;
        }
        return !recordingFailed;
    };
    qint64 known = due.value(); // mails counted for the progress bar
    int done = 0;
    while (true) {
        // Never wait for the rate limit with an outcome unwritten.
        if (unrecorded && !rateSlotFree() && !recordUnrecorded()) {
            handBack();
            break;
        }
        if (stopRequested() || !waitForRateSlot()) {
            report.stopped = true;
            handBack();
            break;
        }
        Prepared current;
        if (next) {
            current = std::move(*next);
            next.reset();
        } else {
            auto claimed = queue.claimNext();
            if (!claimed) {
                report.lastError = claimed.error().message;
                break;
            }
            if (!claimed->has_value())
                break;
            current = prepare(**claimed);
        }
        const OutboxMail& mail = current.mail;
        ++report.attempted;

        SmtpOutcome outcome;
        bool connectionFailed = false;
        if (!client.isOpen()) {
            outcome = client.open();
            connectionFailed = !outcome.ok();
        }
        if (outcome.ok() && current.problem) {
            outcome = *current.problem;
        } else if (outcome.ok()) {
            SmtpClient::SendHooks hooks;
            hooks.whileServerReadsEnvelope = recordUnrecorded;
            hooks.beforeFinalDot = [&] {
                if (unrecorded || recordingFailed)
                    return false;
                auto ours = queue.recordFinalDot(mail, m_settings.dotTimeoutSeconds);
                return ours.ok() && ours.value();
            };
            hooks.whileAwaitingReply = [&] {
                if (!mayPrefetch() || stopRequested())
                    return;
                auto claimed = queue.claimNext();
                if (claimed && claimed->has_value())
                    next = prepare(**claimed);
            };
            outcome = client.send(m_settings.sender.address, mail.toAddress, current.bytes, hooks);
        }
        // When the send ended before its MAIL FROM (no connection, a refused RSET, a message that
        // cannot be built), the previous outcome is written now, still before this one.
        if (!recordUnrecorded()) {
            if (auto released = queue.release(mail); !released)
                report.lastError = released.error().message;
            handBack();
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
        if (next && client.isOpen() && outcome.kind != SmtpOutcome::Kind::Abandoned) {
            unrecorded = Settled{mail, outcome};
        } else if (auto recorded = queue.recordOutcome(mail, outcome); !recorded) {
            report.lastError = recorded.error().message;
            handBack();
            break;
        }
        ++done;
        if (m_progress) {
            // Counting the outbox is not free: only when the known mails are done, or now and
            // then, so mail queued meanwhile still shows up.
            if (done >= known || done % 50 == 0) {
                auto remaining = queue.dueCount();
                known = done + remaining.valueOr(0) + (next ? 1 : 0);
            }
            m_progress(done, int(std::max<qint64>(known, done)));
        }
        // Without a connection there is no point claiming more mail this run; the scheduler tries
        // again on its next tick (and the mail just tried waits for its back-off).
        if (connectionFailed) {
            report.loginRefused = outcome.kind == SmtpOutcome::Kind::Permanent;
            handBack();
            break;
        }
    }
    recordUnrecorded();
    client.close();
    return report;
}
