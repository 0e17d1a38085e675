#include "app/AppSession.h"
#include "app/AreaPages.h"
#include "app/MainWindow.h"
#include "mail/MailPages.h"
#include "records/RecordPages.h"
#include "scheduler/Scheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <cstring>

namespace {

const char* kUsage = "Usage: rapport [options]\n"
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

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (const int answered = answerWithoutDisplay(argc, argv); answered >= 0)
        return answered;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rapport"));
    QApplication::setApplicationName(QStringLiteral("rapport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rapport"));
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));

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

    auto session = AppSession::open(parser.value(dbOption));
    if (!session) {
        QMessageBox::critical(
            nullptr, QApplication::tr("Rapport"),
            QApplication::tr("The database could not be opened.\n\n%1").arg(session.error().message));
        std::fprintf(stderr, "rapport: %s\n", qPrintable(session.error().message));
        return 3;
    }

    // The scheduler's thread belongs to the application: it sends mail while the window is open,
    // and on quit it finishes the mail in hand before the process ends.
    const ServiceContext context = session.value()->context();
    Scheduler scheduler(context.database, context.clock);
    QObject::connect(&app, &QApplication::aboutToQuit, &scheduler, [&scheduler] { scheduler.stop(); });

    MainWindow window(*session.value());
    addRecordPages(window, *session.value());
    addAreaPages(window, *session.value());
    addMailPages(window, *session.value(), scheduler);
    window.restoreLayout();
    if (parser.isSet(pageOption) && !window.showPage(parser.value(pageOption))) {
        std::fprintf(stderr, "rapport: there is no page called \"%s\".\n",
                     qPrintable(parser.value(pageOption)));
        return 1;
    }
    window.show();
    // A window shown only for a screenshot or a start-up measurement sends no mail.
    if (!parser.isSet(quitOption) && !parser.isSet(screenshotOption))
        scheduler.start();

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
    return QApplication::exec();
}
