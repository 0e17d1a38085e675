// Mail delivery figures for bench/run, against an SMTP server bench/run started (aiosmtpd with
// STARTTLS and AUTH on loopback):
//   --mode deliver  N queued mails delivered over one connection on a worker thread, the way
//                   the scheduler and `rapport-cli scheduler run-once` do it (claim, dot,
//                   outcome per mail).
//   --mode gui      the same with the main window open on the Outbox page and the scheduler's
//                   thread sending; a 1 ms timer on the GUI thread records the longest stall.
// Prints "key value" lines.
#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "common/FixedClock.h"
#include "common/SystemClock.h"
#include "common/WorkerThreads.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "mail/MailDelivery.h"
#include "mail/MailPages.h"
#include "mail/Outbox.h"
#include "mail/PasswordPrompt.h"
#include "mail/SmtpSettingsStore.h"
#include "records/RecordPages.h"
#include "scheduler/Scheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {
void report(const char* key, double value)
{
    std::printf("%s %.2f\n", key, value);
    std::fflush(stdout);
}

bool enqueue(const ServiceContext& context, int count)
{
    // A realistic renewal reminder: a Thai subject, a few paragraphs of HTML.
    QString html = QStringLiteral("<p>เรียน คุณลูกค้า,</p>");
    for (int i = 0; i < 8; ++i)
        html += QStringLiteral(
            "<p>Your background-music subscription for the lobby, restaurant and spa ends soon. "
            "สัญญาบริการเพลงของท่านจะหมดอายุในอีก 30 วัน กรุณาติดต่อเราเพื่อต่ออายุ.</p>");
    Transaction transaction(context.db());
    for (int i = 0; i < count; ++i) {
        OutgoingMail mail;
        mail.dedupeKey = QStringLiteral("bench:%1").arg(i);
        mail.to = {QStringLiteral("guest%1@hotel%2.example").arg(i).arg(i % 37),
                   QStringLiteral("คุณลูกค้า %1").arg(i)};
        mail.subject = QStringLiteral("แจ้งเตือนการต่ออายุสัญญา %1 – Renewal reminder").arg(i);
        mail.htmlBody = html;
        if (!Outbox(context).enqueue(mail)) {
            std::fprintf(stderr, "enqueue failed\n");
            return false;
        }
    }
    return transaction.commit().ok();
}
} // namespace

int main(int argc, char** argv)
{
    WorkerThreads::usePlainEventDispatcher(); // as the application does
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RapportBench"));
    QCommandLineParser parser;
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("deliver or gui"),
                                  QStringLiteral("mode"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("SMTP host"),
                                  QStringLiteral("host"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("SMTP port"),
                                  QStringLiteral("port"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("CA file"),
                                    QStringLiteral("file"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("SMTP user"),
                                  QStringLiteral("user"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("SMTP password"),
                                      QStringLiteral("password"));
    const QCommandLineOption mails(QStringLiteral("mails"), QStringLiteral("how many"), QStringLiteral("n"),
                                   QStringLiteral("2000"));
    parser.addOptions({mode, host, port, caFile, user, password, mails});
    parser.process(app);
    const int count = parser.value(mails).toInt();

    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("bench.db")));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 3;
    }
    SystemClock clock;
    const ServiceContext context{database.value(), &clock, Actor::cli()};
    SmtpSettings settings;
    settings.host = parser.value(host);
    settings.port = parser.value(port).toInt();
    settings.security = SmtpSecurity::StartTls;
    settings.user = parser.value(user);
    settings.caFile = parser.value(caFile);
    settings.sender = {QStringLiteral("office@rapport.example"), QStringLiteral("Rapport Music")};
    settings.ratePerMinute = 1000000;
    if (auto saved = SmtpSettingsStore(context).save(settings); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
        return 2;
    }
    if (!enqueue(context, count))
        return 3;
    // The queue was filled a moment ago in one big transaction; a real run starts long after the
    // mail was queued, so those writes reach the disk before the clock starts rather than during
    // the delivery being measured.
    ::sync();

    if (parser.value(mode) == QLatin1String("deliver")) {
        // On a worker thread, as the scheduler (and `scheduler run-once`) sends.
        MailDelivery::Report result;
        double seconds = 0;
        const std::unique_ptr<QThread> thread(QThread::create([&] {
            MailDelivery delivery(context, SmtpSettingsStore(context).load().value(), parser.value(password),
                                  QStringLiteral("bench"));
            QElapsedTimer timer;
            timer.start();
            result = delivery.run();
            seconds = double(timer.nsecsElapsed()) / 1e9;
            context.db().closeThreadConnection();
        }));
        thread->start();
        thread->wait();
        if (result.sent != count) {
            std::fprintf(stderr, "only %d of %d sent: %s\n", result.sent, count,
                         qPrintable(result.lastError));
            return 4;
        }
        report("mails", count);
        report("seconds", seconds);
        report("mails_per_second", count / seconds);
        return 0;
    }

    // GUI: the window as a user has it, the Outbox page open while the scheduler sends.
    // Never touch a real keychain from a benchmark.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    PasswordPrompt::setScriptedAnswer(std::optional<QString>(parser.value(password)));
    AppSession session(database.value(), std::make_unique<SystemClock>());
    Scheduler scheduler(database.value(), &clock, SchedulerJobRegistry());
    MainWindow window(session);
    addRecordPages(window, session);
    addMailPages(window, session, scheduler);
    window.show();
    window.showPage(QStringLiteral("outbox"));

    QElapsedTimer sinceTick;
    QElapsedTimer sending;
    qint64 longestStallNs = 0;
    bool measuring = false;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &app, [&] {
        if (measuring)
            longestStallNs = std::max(longestStallNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    int sent = -1;
    QObject::connect(&scheduler, &Scheduler::tickFinished, &app, [&](const SchedulerTick& tick) {
        if (tick.delivery.attempted == 0)
            return;
        sent = tick.delivery.sent;
        QApplication::quit();
    });
    QTimer::singleShot(200, &app, [&] {
        sinceTick.start();
        sending.start();
        measuring = true;
        probe.start();
        scheduler.start();
    });
    QTimer::singleShot(600000, &app, [] { QApplication::exit(5); });
    const int code = QApplication::exec();
    const double seconds = double(sending.nsecsElapsed()) / 1e9;
    scheduler.stop();
    if (code != 0 || sent != count) {
        std::fprintf(stderr, "GUI run ended with %d, %d of %d sent\n", code, sent, count);
        return 4;
    }
    report("mails", count);
    report("gui_mails_per_second", count / seconds);
    report("longest_stall_ms", double(longestStallNs) / 1e6);
    return 0;
}
