#include "records/RecordPages.h"

#include "app/MainWindow.h"
#include "records/CompaniesPage.h"
#include "records/RecordListPage.h"

void addRecordPages(MainWindow& window, AppSession& session)
{
    window.addPage(QStringLiteral("companies"), QIcon::fromTheme(QStringLiteral("x-office-address-book")),
                   MainWindow::tr("Companies"), [&session] { return new CompaniesPage(session); });
    window.addPage(QStringLiteral("contacts"), QIcon::fromTheme(QStringLiteral("avatar-default")),
                   MainWindow::tr("Contacts"),
                   [&session] { return new RecordListPage(session, RecordListPage::Kind::Contacts); });
    window.addPage(QStringLiteral("contracts"), QIcon::fromTheme(QStringLiteral("x-office-document")),
                   MainWindow::tr("Contracts"),
                   [&session] { return new RecordListPage(session, RecordListPage::Kind::Contracts); });
    window.addPage(QStringLiteral("invoices"), QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")),
                   MainWindow::tr("Invoices"),
                   [&session] { return new RecordListPage(session, RecordListPage::Kind::Invoices); });
}
