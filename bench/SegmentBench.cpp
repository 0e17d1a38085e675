// Segment counts and the filter builder's live preview on a large database. For one filter file
// it prints "key value" lines for bench/run: the count, the best and median time of
// SegmentService::count (check, compile, prepare, run), the count each rule alone gives, and the
// builder's preview latency: from asking for a preview to showing the first 50 members with a
// count (exact, or estimated on a big table while the exact count runs), and to showing the exact
// count (the 300 ms typing debounce comes on top of both by design).
#include "app/AppSession.h"
#include "filters/FilterJson.h"
#include "segments/SegmentEditor.h"
#include "segments/SegmentJobRunner.h"
#include "segments/SegmentService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace {
double ms(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void report(const char* key, double value)
{
    std::printf("%s %.1f\n", key, value);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RapportBench"));
    QApplication::setApplicationName(QStringLiteral("rapport-bench"));
    const QStringList args = QApplication::arguments();
    const auto option = [&args](const char* name, const QString& fallback = {}) {
        const auto index = args.indexOf(QLatin1String(name));
        return index > 0 && index + 1 < args.size() ? args.at(index + 1) : fallback;
    };
    const QString dbPath = option("--db");
    const QString filterPath = option("--filter");
    const int runs = std::max(1, option("--runs", QStringLiteral("5")).toInt());
    if (dbPath.isEmpty() || filterPath.isEmpty()) {
        std::fprintf(stderr,
                     "usage: rapport_segment_bench --db PATH --filter FILE.json [--runs N] [--preview]\n");
        return 1;
    }
    QFile file(filterPath);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "rapport_segment_bench: cannot read %s\n", qPrintable(filterPath));
        return 3;
    }
    auto filter = FilterJson::parse(file.readAll());
    if (!filter) {
        std::fprintf(stderr, "rapport_segment_bench: %s\n", qPrintable(filter.error().message));
        return 2;
    }
    auto session = AppSession::open(dbPath);
    if (!session) {
        std::fprintf(stderr, "rapport_segment_bench: %s\n", qPrintable(session.error().message));
        return 3;
    }
    const ServiceContext context = session.value()->context();
    const SegmentService service(context);

    QList<double> times;
    qint64 count = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto counted = service.count(filter.value());
        times << ms(timer);
        if (!counted) {
            std::fprintf(stderr, "rapport_segment_bench: %s\n", qPrintable(counted.error().message));
            return 3;
        }
        count = counted.value();
    }
    report("count", double(count));
    report("count_ms_best", *std::min_element(times.begin(), times.end()));
    report("count_ms_median", median(times));

    QElapsedTimer ruleTimer;
    ruleTimer.start();
    auto ruleCounts = service.ruleCounts(filter.value());
    if (ruleCounts)
        report("rule_counts_ms", ms(ruleTimer));

    if (args.contains(QStringLiteral("--preview"))) {
        SegmentJobRunner runner(context);
        SegmentEditor editor(context, &runner);
        editor.resize(1400, 800);
        editor.show();
        Segment segment;
        segment.name = QStringLiteral("bench");
        segment.filter = filter.value();
        QList<double> latencies;
        QList<double> firstLooks;
        for (int i = 0; i < runs; ++i) {
            QEventLoop loop;
            QObject::connect(&editor, &SegmentEditor::previewShown, &loop, &QEventLoop::quit);
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            editor.openSegment(segment); // asks for the preview at once, as opening a segment does
            loop.exec();
            latencies << double(editor.lastPreviewMilliseconds());
            firstLooks << double(editor.lastFirstLookMilliseconds());
            // Let the per-rule counts that follow each preview finish before the next run.
            while (runner.pending() > 0)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        report("first_look_ms_best", *std::min_element(firstLooks.begin(), firstLooks.end()));
        report("first_look_ms_median", median(firstLooks));
        report("preview_ms_best", *std::min_element(latencies.begin(), latencies.end()));
        report("preview_ms_median", median(latencies));
        report("preview_count", double(editor.shownCount()));
    }
    return 0;
}
