#include "tickets/TicketFileDialogs.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QUrl>

QStringList TicketFileDialogs::chooseFilesToAttach(QWidget* parent)
{
    return QFileDialog::getOpenFileNames(parent, QObject::tr("Attach files"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

QString TicketFileDialogs::chooseSaveLocation(QWidget* parent, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return QFileDialog::getSaveFileName(parent, QObject::tr("Save attachment"),
                                        QDir(folder).filePath(suggestedName));
}

bool TicketFileDialogs::openWithDesktop(const QString& path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}
