#include "TemplatePages.h"

#include "TemplatesPage.h"
#include "app/AppSession.h"
#include "app/MainWindow.h"

void addTemplatePages(MainWindow& window, AppSession& session)
{
    window.addPage(QStringLiteral("templates"), QIcon::fromTheme(QStringLiteral("mail-message-new")),
                   MainWindow::tr("Templates"), [&session] { return new TemplatesPage(session.context()); });
}
