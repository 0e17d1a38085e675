// Measures the contacts table on a large database the way a user meets it: first paint, one
// search keystroke, scrolling to the end, and the peak memory afterwards. Prints "key value"
// lines for bench/run.
#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "records/RecordListPage.h"
#include "records/RecordPages.h"
#include "records/RecordTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {
double ms(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void report(const char* key, double value)
{
    std::printf("%s %.1f\n", key, value);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RapportBench"));
    QApplication::setApplicationName(QStringLiteral("rapport-bench"));
    const QStringList args = QApplication::arguments();
    const int dbIndex = static_cast<int>(args.indexOf(QStringLiteral("--db")));
    if (dbIndex < 0 || dbIndex + 1 >= args.size()) {
        std::fprintf(stderr, "usage: rapport_bench --db PATH [--search TEXT] [--rare-search TEXT]\n");
        return 1;
    }
    const int searchIndex = static_cast<int>(args.indexOf(QStringLiteral("--search")));
    const QString searchText = searchIndex > 0 ? args.value(searchIndex + 1) : QStringLiteral("som");
    const int rareIndex = static_cast<int>(args.indexOf(QStringLiteral("--rare-search")));
    const QString rareText = rareIndex > 0 ? args.value(rareIndex + 1) : QStringLiteral("qzxw");

    auto session = AppSession::open(args.at(dbIndex + 1));
    if (!session) {
        std::fprintf(stderr, "rapport_bench: %s\n", qPrintable(session.error().message));
        return 3;
    }
    MainWindow window(*session.value());
    window.resize(1280, 800);
    window.show();

    // Contacts table first paint: building the page (first keyset page) until it has painted.
    QElapsedTimer timer;
    timer.start();
    auto* contacts = new RecordListPage(*session.value(), RecordListPage::Kind::Contacts);
    window.addPage(QStringLiteral("contacts"), {}, QStringLiteral("Contacts"), contacts);
    window.showPage(QStringLiteral("contacts"));
    QApplication::processEvents();
    window.repaint();
    report("first_paint_ms", ms(timer));

    // One search keystroke: the query on each typed character (the debounce pause is not counted)
    // and the repaint. The worst of the characters is reported. A common term fills the first page
    // at once; a rare one (no row matches) is the case a scan would make slow.
    QTableView* view = contacts->view();
    const auto worstKeystrokeOf = [&](const QString& text) {
        double worst = 0;
        QString typed;
        for (const QChar ch : text) {
            typed += ch;
            timer.restart();
            contacts->searchField()->setText(typed);
            contacts->applyFilters();
            view->repaint();
            worst = std::max(worst, ms(timer));
        }
        return worst;
    };
    report("keystroke_ms", worstKeystrokeOf(searchText));
    std::printf("keystroke_rows %d\n", contacts->model()->rowCount());
    contacts->searchField()->clear();
    report("rare_keystroke_ms", worstKeystrokeOf(rareText));
    std::printf("rare_keystroke_rows %d\n", contacts->model()->rowCount());
    timer.restart();
    contacts->searchField()->clear();
    contacts->applyFilters();
    view->repaint();
    report("clear_search_ms", ms(timer));

    // Scrolling to the end as the view does it: each time the scroll bar reaches the bottom the
    // view fetches the next keyset page.
    timer.restart();
    RecordTableModel* model = contacts->model();
    while (model->canFetchMore({})) {
        view->scrollToBottom();
        QApplication::processEvents();
    }
    view->scrollToBottom();
    view->repaint();
    report("scroll_to_end_ms", ms(timer));
    std::printf("rows %d\n", model->rowCount());
    std::printf("cached_records %d\n", model->cachedRecordCount());
    report("peak_rss_mb", static_cast<double>(peakRssKb()) / 1024.0);
    return 0;
}
