#include "app/AppSession.h"
#include "app/AreaPages.h"
#include "app/MainWindow.h"
#include "auth/Role.h"
#include "auth/SessionMenus.h"
#include "auth/StartupFlow.h"
#include "common/SystemClock.h"
#include "common/WorkerThreads.h"
#include "db/Database.h"
#include "i18n/TranslationLoader.h"
#include "mail/MailPages.h"
#include "mail/SchedulerIndicator.h"
#include "office/OfficeCredentials.h"
#include "records/RecordPages.h"
#include "scheduler/Scheduler.h"
#include "settings/DesktopSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

const char* kUsage =
    "Usage: rapport [options]\n"
    "Rapport, a desktop CRM.\n\n"
    "Options:\n"
    "  --db PATH            open this database file (default: the user's data directory)\n"
    "  --page NAME          open this page (companies, contacts, contracts, invoices, outbox)\n"
    "  --screenshot PATH    save a PNG of the main window once it has loaded, then quit\n"
    "  --quit-after-show    quit as soon as the main window is shown; prints the time\n"
    "                       from start to shown in milliseconds on stdout\n"
    "  -h, --help           show this help\n"
    "  -v, --version        show the version\n";

// --help and --version must work without a display, so they are answered before QApplication
// exists (it aborts when no display is available).
int answerWithoutDisplay(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("rapport %s\n", RAPPORT_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(kUsage, stdout);
            return 0;
        }
    }
    return -1;
}

// The database and who acts in this window: the first-run wizard or the sign-in dialog for an
// interactive start, the default actor for a window that is only rendered. nullptr when the
// person quit (exit code 0) or the database could not be opened (exit code 3; the reason shown).
std::unique_ptr<AppSession> openSession(const QString& location, bool nonInteractive, int& exitCode)
{
    if (nonInteractive) {
        auto session = AppSession::open(location);
        if (!session) {
            QMessageBox::critical(
                nullptr, QApplication::tr("Rapport"),
                QApplication::tr("The database could not be opened.\n\n%1").arg(session.error().message));
            std::fprintf(stderr, "rapport: %s\n", qPrintable(session.error().message));
            exitCode = 3;
            return nullptr;
        }
        return std::move(session.value());
    }
    auto clock = std::make_unique<SystemClock>();
    // Without --db, a desktop that joined an office signs in to the office database.
    const QString chosen = location.isEmpty() ? DesktopSettings::officeDatabase() : location;
    // StartupFlow shows its own message when the database cannot be opened.
    std::optional<Session> signedIn = StartupFlow::run(*clock, chosen);
    if (!signedIn) {
        exitCode = 0;
        return nullptr;
    }
    auto session = std::make_unique<AppSession>(signedIn->database, std::move(clock));
    session->setActor(signedIn->actor);
    return session;
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (const int answered = answerWithoutDisplay(argc, argv); answered >= 0)
        return answered;

    WorkerThreads::usePlainEventDispatcher();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

    // The desktop's chosen language (Settings), with Qt's own strings and English plural forms;
    // before any window exists, so everything is built in that language.
    TranslationLoader::apply(DesktopSettings::language());

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::tr("Database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QApplication::tr("Page to open."),
                                        QStringLiteral("name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QApplication::tr("Save a PNG and quit."), QStringLiteral("path"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-show"),
                                        QApplication::tr("Quit once shown."));
    parser.addOptions({dbOption, pageOption, screenshotOption, quitOption});
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "rapport: %s\n", qPrintable(parser.errorText()));
        return 1;
    }

    // --screenshot and --quit-after-show only render the window and quit, so they open the
    // database without the sign-in dialog (acting as the default "desktop" administrator, with
    // no more access than opening the file itself gives). Every interactive start signs in.
    const bool nonInteractive = parser.isSet(quitOption) || parser.isSet(screenshotOption);
    const SystemClock schedulerClock; // outlives every session, as the scheduler does
    std::unique_ptr<Scheduler> scheduler;
    bool replaceScheduler = false;
    for (;;) {
        int exitCode = 0;
        const std::unique_ptr<AppSession> session =
            openSession(parser.value(dbOption), nonInteractive, exitCode);
        if (!session)
            return exitCode;

        // The scheduler's thread belongs to the application: it sends mail while a window is
        // open (across sign-outs), and on quit it finishes the mail in hand before the process
        // ends.
        // In an office every desktop connects as its signed-in user's own database role, and only
        // an administrator's role may read the SMTP settings: other desktops leave the mail to
        // an administrator's desktop or the office server's `rapport-cli scheduler serve`.
        const bool office = Database::isPostgresLocation(session->context().database->location());
        const bool mayRunScheduler = !office || session->context().actor.role == Role::Admin;
        if (replaceScheduler) {
            scheduler.reset();
            replaceScheduler = false;
        }
        if (!scheduler)
            scheduler = std::make_unique<Scheduler>(session->context().database, &schedulerClock);

        bool signingOut = false;
        MainWindow window(*session);
        addRecordPages(window, *session);
        addAreaPages(window, *session);
        addMailPages(window, *session, *scheduler);
        addSessionMenus(window, *session, [&window, &signingOut] {
            signingOut = true;
            window.close();
        });
        window.restoreLayout();
        if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
            std::fprintf(stderr, "rapport: there is no page called \"%s\".\n",
                         qPrintable(parser.value(pageOption)));
            return 1;
        }
        window.show();
        // A window shown only for a screenshot or a start-up measurement sends no mail.
        if (!nonInteractive && mayRunScheduler && !scheduler->isRunning())
            scheduler->start();
        if (!mayRunScheduler) {
            if (auto* indicator = window.findChild<SchedulerIndicator*>())
                indicator->setStoppedReason(
                    QApplication::tr("Mail is sent by the office server or an administrator's desktop"));
        }

        if (parser.isSet(quitOption)) {
            // Queued: runs once the first show and paint events have been processed.
            QTimer::singleShot(0, &window, [&] {
                window.repaint(); // make sure the first full paint is included
                std::printf("shown_ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        if (parser.isSet(screenshotOption)) {
            const QString path = parser.value(screenshotOption);
            // A short pause lets the window system map and lay out the window before it is grabbed.
            QTimer::singleShot(300, &window, [&window, path] {
                const bool saved = window.grab().save(path, "PNG");
                if (!saved)
                    std::fprintf(stderr, "rapport: could not write %s\n", qPrintable(path));
                QApplication::exit(saved ? 0 : 3);
            });
        }
        exitCode = QApplication::exec();
        if (!signingOut) {
            scheduler->stop();
            return exitCode;
        }
        if (office) {
            // Signing out means the next start asks for the password again.
            OfficeCredentials(session->context().database->location()).forgetPassword();
            // The next user signs in as another database role: their scheduler gets their own
            // connection (or none), never the previous user's. Destroyed on the next pass, once
            // this window (whose status bar watches it) is gone.
            scheduler->stop();
            replaceScheduler = true;
        }
    }
}
