#include "cli/MailCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"
#include "common/PasswordKeychain.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "mail/MailDelivery.h"
#include "mail/Outbox.h"
#include "mail/SmtpSettingsStore.h"
#include "scheduler/Scheduler.h"
#include "scheduler/SchedulerWorker.h"
#include "settings/OfficeSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QThread>
#include <QUuid>
#include <csignal>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// The password for this run: --smtp-password-file, else the keychain; nothing when the
// settings need no login. Fails when a login is configured and no password can be found.
Result<QString> smtpPassword(CliContext& cli, const SmtpSettings& settings)
{
    if (!cli.smtpPasswordFile().isEmpty()) {
        QFile file(cli.smtpPasswordFile());
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(
                QCoreApplication::translate("MailCommands", "Cannot read the SMTP password file %1: %2")
                    .arg(cli.smtpPasswordFile(), file.errorString()));
        QString password = QString::fromUtf8(file.readAll());
        // One trailing line break is the file's, not the password's.
        if (password.endsWith(QLatin1Char('\n')))
            password.chop(1);
        if (password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        return password;
    }
    if (settings.user.isEmpty())
        return QString();
    const PasswordKeychain::Answer answer = PasswordKeychain::readNow(settings.keychainKey());
    if (answer.outcome == PasswordKeychain::Outcome::Done)
        return answer.password;
    return Error::usage(
        QCoreApplication::translate(
            "MailCommands",
            "The SMTP server needs the password of %1; give it with --smtp-password-file FILE (%2)")
            .arg(settings.user, answer.message));
}

Result<int> parseInt(CliContext& cli, const QString& name, int fallback)
{
    if (!cli.hasOption(name))
        return fallback;
    bool ok = false;
    const int value = cli.option(name).toInt(&ok);
    if (!ok)
        return Error::invalid(
            name, QCoreApplication::translate("MailCommands", "--%1 must be a whole number.").arg(name));
    return value;
}

int smtpSet(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    const SmtpSettingsStore store(context.value());
    auto current = store.load();
    if (!current)
        return cli.fail(current.error());
    SmtpSettings settings = current.value();
    const auto text = [&](const QString& name, QString& target) {
        if (cli.hasOption(name))
            target = cli.option(name).trimmed();
    };
    text(QStringLiteral("host"), settings.host);
    text(QStringLiteral("user"), settings.user);
    text(QStringLiteral("from"), settings.sender.address);
    text(QStringLiteral("from_name"), settings.sender.name);
    text(QStringLiteral("reply_to"), settings.replyTo);
    text(QStringLiteral("unsubscribe_address"), settings.unsubscribeAddress);
    text(QStringLiteral("unsubscribe_url"), settings.unsubscribeUrl);
    if (cli.hasOption(QStringLiteral("ca_file")))
        settings.caFile = cli.option(QStringLiteral("ca_file")).isEmpty()
                              ? QString()
                              : QFileInfo(cli.option(QStringLiteral("ca_file"))).absoluteFilePath();
    if (cli.hasOption(QStringLiteral("security"))) {
        const auto security = SmtpSecurityCodes::fromCode(cli.option(QStringLiteral("security")));
        if (!security)
            return cli.fail(Error::invalid(
                QStringLiteral("security"),
                QCoreApplication::translate("MailCommands", "--security must be none, starttls or tls.")));
        settings.security = *security;
    }
    const QList<std::pair<QString, int*>> numbers = {
        {QStringLiteral("port"), &settings.port},
        {QStringLiteral("rate_per_minute"), &settings.ratePerMinute},
        {QStringLiteral("greeting_timeout"), &settings.greetingTimeoutSeconds},
        {QStringLiteral("command_timeout"), &settings.commandTimeoutSeconds},
        {QStringLiteral("dot_timeout"), &settings.dotTimeoutSeconds},
    };
    for (const auto& [name, target] : numbers) {
        auto value = parseInt(cli, name, *target);
        if (!value)
            return cli.fail(value.error());
        *target = value.value();
    }
    if (auto valid = store.validate(settings); !valid)
        return cli.fail(valid.error());
    if (cli.flag(QStringLiteral("password_stdin"))) {
        if (settings.user.isEmpty())
            return cli.fail(Error::invalid(
                QStringLiteral("user"),
                QCoreApplication::translate("MailCommands", "--password-stdin needs --user.")));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return cli.fail(Error::io(QCoreApplication::translate(
                "MailCommands", "Cannot read the password from standard input.")));
        QString password = QString::fromUtf8(in.readLine());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        const PasswordKeychain::Answer stored = PasswordKeychain::writeNow(settings.keychainKey(), password);
        if (stored.outcome != PasswordKeychain::Outcome::Done)
            return cli.fail(
                Error::io(QCoreApplication::translate(
                              "MailCommands",
                              "The password was not stored: %1 On a machine without a keychain, give it to "
                              "each command with --smtp-password-file FILE instead.")
                              .arg(stored.message)));
    }
    if (auto saved = store.save(settings); !saved)
        return cli.fail(saved.error());
    cli.out() << QCoreApplication::translate("MailCommands",
                                             "SMTP settings saved: %1:%2 (%3), sending as %4.")
                     .arg(settings.host)
                     .arg(settings.port)
                     .arg(SmtpSecurityCodes::toCode(settings.security), settings.sender.address)
              << '\n';
    return ExitCode::Success;
}

int smtpShow(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto settings = SmtpSettingsStore(context.value()).load();
    if (!settings)
        return cli.fail(settings.error());
    CliTable table({QStringLiteral("setting"), QStringLiteral("value")});
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("host"), settings->host},
        {QStringLiteral("port"), QString::number(settings->port)},
        {QStringLiteral("security"), SmtpSecurityCodes::toCode(settings->security)},
        {QStringLiteral("user"), settings->user},
        {QStringLiteral("from"), settings->sender.address},
        {QStringLiteral("from_name"), settings->sender.name},
        {QStringLiteral("reply_to"), settings->replyTo},
        {QStringLiteral("rate_per_minute"), QString::number(settings->ratePerMinute)},
        {QStringLiteral("ca_file"), settings->caFile},
        {QStringLiteral("trusted_certificates"), settings->trustedFingerprints.join(QLatin1Char(' '))},
        {QStringLiteral("unsubscribe_address"), settings->unsubscribeAddress},
        {QStringLiteral("unsubscribe_url"), settings->unsubscribeUrl},
    };
    for (const auto& [name, value] : rows)
        table.addRow({CliTable::text(name), CliTable::text(value)});
    cli.print(table);
    return ExitCode::Success;
}

int smtpTrust(CliContext& cli)
{
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "MailCommands",
            "Give the certificate's SHA-256 fingerprint, e.g. rapport-cli smtp trust AB:CD:…"));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    const SmtpSettingsStore store(context.value());
    auto settings = store.load();
    if (!settings)
        return cli.fail(settings.error());
    if (settings->host.isEmpty())
        return cli.fail(
            Error::invalid(QStringLiteral("host"),
                           QCoreApplication::translate(
                               "MailCommands", "Set up the SMTP server first (rapport-cli smtp set).")));
    if (auto trusted = store.trustCertificate(settings->host, settings->port, cli.arg(0)); !trusted)
        return cli.fail(trusted.error());
    cli.out() << QCoreApplication::translate("MailCommands", "The certificate %1 is now trusted for %2:%3.")
                     .arg(SmtpSettings::normaliseFingerprint(cli.arg(0)), settings->host)
                     .arg(settings->port)
              << '\n';
    return ExitCode::Success;
}

int smtpTest(CliContext& cli)
{
    const QString to = cli.option(QStringLiteral("to"));
    if (to.isEmpty())
        return cli.usageError(QCoreApplication::translate(
            "MailCommands", "Say where to send the test message: rapport-cli smtp test --to ADDRESS."));
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto settings = SmtpSettingsStore(context.value()).load();
    if (!settings)
        return cli.fail(settings.error());
    auto password = smtpPassword(cli, settings.value());
    if (!password)
        return cli.fail(password.error());
    const QDateTime date = context->now().toTimeZone(OfficeSettings(context.value()).officeTimeZone());
    const SmtpOutcome outcome = MailDelivery::sendTestMessage(settings.value(), password.value(), to, date);
    if (!outcome.ok()) {
        QString message = outcome.message;
        if (!outcome.untrustedFingerprint.isEmpty())
            message += QLatin1Char(' ') +
                       QCoreApplication::translate("MailCommands", "To trust it: rapport-cli smtp trust %1")
                           .arg(outcome.untrustedFingerprint);
        if (!MailAddress::isValidAddress(to))
            return cli.fail(Error::invalid(QStringLiteral("to"), message));
        return cli.fail(Error::delivery(message));
    }
    cli.out() << QCoreApplication::translate("MailCommands", "Test message sent to %1 (%2).")
                     .arg(to, outcome.reply.text())
              << '\n';
    return ExitCode::Success;
}

int mailSend(CliContext& cli)
{
    const QString to = cli.option(QStringLiteral("to"));
    const QString subject = cli.option(QStringLiteral("subject"));
    const QString htmlFile = cli.option(QStringLiteral("html_file"));
    if (to.isEmpty() || subject.isEmpty() ||
        (htmlFile.isEmpty() && !cli.hasOption(QStringLiteral("text_file"))))
        return cli.usageError(QCoreApplication::translate(
            "MailCommands", "Usage: rapport-cli mail send --to ADDRESS --subject S --html-file F."));
    OutgoingMail mail;
    mail.to = {to, cli.option(QStringLiteral("to_name"))};
    mail.subject = subject;
    const auto readFile = [&](const QString& path, QByteArray& target) -> Status {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(QCoreApplication::translate("MailCommands", "Cannot read %1: %2")
                                 .arg(path, file.errorString()));
        target = file.readAll();
        return Status::success();
    };
    QByteArray bytes;
    if (!htmlFile.isEmpty()) {
        if (auto read = readFile(htmlFile, bytes); !read)
            return cli.fail(read.error());
        mail.htmlBody = QString::fromUtf8(bytes);
    }
    if (cli.hasOption(QStringLiteral("text_file"))) {
        if (auto read = readFile(cli.option(QStringLiteral("text_file")), bytes); !read)
            return cli.fail(read.error());
        mail.textBody = QString::fromUtf8(bytes);
    }
    const QStringList attachments = cli.optionValues(QStringLiteral("attach"));
    for (const QString& path : attachments) {
        if (auto read = readFile(path, bytes); !read)
            return cli.fail(read.error());
        mail.attachments.append({QFileInfo(path).fileName(), {}, bytes});
    }
    if (cli.hasOption(QStringLiteral("kind"))) {
        const auto kind = MailKindCodes::fromCode(cli.option(QStringLiteral("kind")));
        if (!kind)
            return cli.fail(Error::invalid(
                QStringLiteral("kind"),
                QCoreApplication::translate("MailCommands", "--kind must be transactional or marketing.")));
        mail.kind = *kind;
    }
    mail.replyTo = cli.option(QStringLiteral("reply_to"));
    mail.unsubscribeUrl = cli.option(QStringLiteral("unsubscribe_url"));
    mail.dedupeKey = cli.option(QStringLiteral("dedupe_key"),
                                QStringLiteral("cli:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    mail.sourceType = QStringLiteral("cli");
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto queued = Outbox(context.value()).enqueue(mail);
    if (!queued)
        return cli.fail(queued.error());
    cli.out() << queued->id << '\n';
    return ExitCode::Success;
}

int listOutbox(CliContext& cli)
{
    OutboxQuery query;
    if (cli.hasOption(QStringLiteral("status"))) {
        const auto status = MailStatusCodes::fromCode(cli.option(QStringLiteral("status")));
        if (!status)
            return cli.fail(
                Error::invalid(QStringLiteral("status"),
                               QCoreApplication::translate("MailCommands", "--status must be one of: %1.")
                                   .arg(MailStatusCodes::codes().join(QStringLiteral(", ")))));
        query.status = *status;
    }
    query.search = cli.option(QStringLiteral("search"));
    query.descending = !cli.flag(QStringLiteral("asc"));
    query.sortField = QStringLiteral("id");
    auto limit = parseInt(cli, QStringLiteral("limit"), -1);
    if (!limit)
        return cli.fail(limit.error());
    query.limit = limit.value();
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto mails = Outbox(context.value()).list(query);
    if (!mails)
        return cli.fail(mails.error());
    CliTable table({QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("to_address"),
                    QStringLiteral("to_name"), QStringLiteral("subject"), QStringLiteral("kind"),
                    QStringLiteral("attempts"), QStringLiteral("next_attempt_at"), QStringLiteral("sent_at"),
                    QStringLiteral("last_error"), QStringLiteral("message_id"), QStringLiteral("dedupe_key"),
                    QStringLiteral("source_type"), QStringLiteral("source_id"), QStringLiteral("company_id"),
                    QStringLiteral("contact_id"), QStringLiteral("created_at")});
    const auto time = [](const QDateTime& value) {
        return value.isValid() ? CliTable::text(TimeFormat::toStoredTimestamp(value))
                               : CliTable::Cell{QString(), QJsonValue()};
    };
    const auto reference = [](qint64 id) {
        return id ? CliTable::number(id) : CliTable::Cell{QString(), QJsonValue()};
    };
    for (const OutboxMail& mail : mails.value()) {
        table.addRow({CliTable::number(mail.id), CliTable::text(MailStatusCodes::toCode(mail.status)),
                      CliTable::text(mail.toAddress), CliTable::text(mail.toName),
                      CliTable::text(mail.subject), CliTable::text(MailKindCodes::toCode(mail.kind)),
                      CliTable::number(mail.attempts), time(mail.nextAttemptAt), time(mail.sentAt),
                      CliTable::text(mail.lastError), CliTable::text(mail.messageId),
                      CliTable::text(mail.dedupeKey), CliTable::text(mail.sourceType),
                      reference(mail.sourceId), reference(mail.companyId), reference(mail.contactId),
                      time(mail.createdAt)});
    }
    cli.print(table);
    return ExitCode::Success;
}

void printTick(CliContext& cli, const SchedulerTick& tick)
{
    for (const QString& summary : tick.jobSummaries)
        cli.out() << summary << '\n';
    const MailDelivery::Report& d = tick.delivery;
    cli.out() << QCoreApplication::translate("MailCommands",
                                             "Sent %1, to retry %2, failed %3, unconfirmed %4.")
                     .arg(d.sent)
                     .arg(d.retrying)
                     .arg(d.failed)
                     .arg(d.unconfirmed)
              << '\n';
    cli.out().flush();
    for (const QString& error : tick.jobErrors)
        cli.err() << error << '\n';
}

// The scheduler needs the password only for a server with a login.
Result<QString> schedulerPassword(CliContext& cli, const ServiceContext& context)
{
    auto settings = SmtpSettingsStore(context).load();
    if (!settings)
        return settings.error();
    return smtpPassword(cli, settings.value());
}

int schedulerRunOnce(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto password = schedulerPassword(cli, context.value());
    if (!password)
        return cli.fail(password.error());
    // On a thread of its own, as in the GUI and `scheduler serve`: worker threads run Qt's plain
    // event dispatcher (WorkerThreads), on which sending costs fewer system calls.
    SchedulerTick tick;
    const std::unique_ptr<QThread> thread(QThread::create([&] {
        SchedulerWorker worker(context->database, context->clock, SchedulerJobRegistry::standard());
        worker.setPasswordDirect(password.value());
        tick = worker.runTick();
        context->database->closeThreadConnection();
    }));
    thread->start();
    thread->wait();
    printTick(cli, tick);
    if (!tick.delivery.lastError.isEmpty())
        return cli.fail(Error::delivery(tick.delivery.lastError));
    if (!tick.jobErrors.isEmpty())
        return ExitCode::DatabaseOrIo;
    return ExitCode::Success;
}

// SIGTERM and SIGINT reach the event loop through a socket pair (only async-signal-safe work in
// the handler itself).
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

int schedulerServe(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto password = schedulerPassword(cli, context.value());
    if (!password)
        return cli.fail(password.error());
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return cli.fail(
            Error::io(QCoreApplication::translate("MailCommands", "Cannot set up signal handling.")));
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    Scheduler scheduler(context->database, context->clock, SchedulerJobRegistry::standard());
    scheduler.setSmtpPassword(password.value());
    QObject receiver;
    QObject::connect(&scheduler, &Scheduler::tickFinished, &receiver, [&cli](const SchedulerTick& tick) {
        // Quiet ticks stay quiet; a server log shows only ticks that did something.
        if (tick.delivery.attempted > 0 || !tick.jobErrors.isEmpty())
            printTick(cli, tick);
        if (!tick.delivery.lastError.isEmpty()) {
            cli.err() << tick.delivery.lastError << '\n';
            cli.err().flush();
        }
    });
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &receiver, [&] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        // Finishes the mail in hand, then the thread ends.
        scheduler.stop();
        QCoreApplication::quit();
    });
    cli.out() << QCoreApplication::translate("MailCommands",
                                             "Scheduler running; stop it with SIGTERM (Ctrl+C).")
              << '\n';
    cli.out().flush();
    scheduler.start();
    QCoreApplication::exec();
    scheduler.stop();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return ExitCode::Success;
}
} // namespace

void registerMailCommands(CliRegistry& registry)
{
    registry.add(
        {{QStringLiteral("smtp"), QStringLiteral("set")},
         QStringLiteral("smtp set --host H --port P --security none|starttls|tls [--user U --password-stdin] "
                        "[--ca-file PEM] [--from ADDRESS] [--from-name NAME] [--reply-to ADDRESS] "
                        "[--rate-per-minute N] [--unsubscribe-url URL] [--unsubscribe-address ADDRESS]"),
         QCoreApplication::translate(
             "MailCommands",
             "Set the office's SMTP server; the password goes to the OS keychain, never the database."),
         {QStringLiteral("password_stdin")},
         smtpSet});
    registry.add(
        {{QStringLiteral("smtp"), QStringLiteral("show")},
         QStringLiteral("smtp show"),
         QCoreApplication::translate("MailCommands", "Show the SMTP settings (without the password)."),
         {},
         smtpShow});
    registry.add({{QStringLiteral("smtp"), QStringLiteral("trust")},
                  QStringLiteral("smtp trust SHA256-FINGERPRINT"),
                  QCoreApplication::translate(
                      "MailCommands", "Trust (pin) the SMTP server's certificate with this fingerprint."),
                  {},
                  smtpTrust});
    registry.add(
        {{QStringLiteral("smtp"), QStringLiteral("test")},
         QStringLiteral("smtp test --to ADDRESS"),
         QCoreApplication::translate(
             "MailCommands", "Send a test message now, straight through the SMTP server (not queued)."),
         {},
         smtpTest});
    registry.add(
        {{QStringLiteral("mail"), QStringLiteral("send")},
         QStringLiteral("mail send --to ADDRESS --subject S --html-file F [--text-file F] [--to-name NAME] "
                        "[--attach FILE]… [--kind transactional|marketing] [--dedupe-key K]"),
         QCoreApplication::translate("MailCommands",
                                     "Queue a mail in the outbox (the scheduler sends it); prints its id."),
         {},
         mailSend});
    registry.add({{QStringLiteral("list"), QStringLiteral("outbox")},
                  QStringLiteral(
                      "list outbox [--status queued|sending|sent|failed|unconfirmed|cancelled] [--search T] "
                      "[--limit N] [--asc]"),
                  QCoreApplication::translate("MailCommands", "List the outbox, newest first."),
                  {QStringLiteral("asc")},
                  listOutbox});
    registry.add(
        {{QStringLiteral("scheduler"), QStringLiteral("run-once")},
         QStringLiteral("scheduler run-once"),
         QCoreApplication::translate(
             "MailCommands", "One full scheduler tick: the jobs, then delivery of every mail that is due."),
         {},
         schedulerRunOnce});
    registry.add(
        {{QStringLiteral("scheduler"), QStringLiteral("serve")},
         QStringLiteral("scheduler serve"),
         QCoreApplication::translate(
             "MailCommands", "Run the scheduler until SIGTERM; then finish the mail in hand and exit 0."),
         {},
         schedulerServe});
}
