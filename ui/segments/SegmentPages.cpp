#include "segments/SegmentPages.h"

#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "segments/SegmentsPage.h"

void addSegmentPages(MainWindow& window, AppSession& session)
{
    window.addPage(QStringLiteral("segments"), QIcon::fromTheme(QStringLiteral("view-filter")), MainWindow::tr("Segments"),
                   [&session] { return new SegmentsPage(session.context()); });
}
