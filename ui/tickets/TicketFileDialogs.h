#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// The file choices the ticket page asks for, behind one small class so that tests can script the
// answers instead of driving a native dialog.
class TicketFileDialogs
{
public:
    virtual ~TicketFileDialogs() = default;
    virtual QStringList chooseFilesToAttach(QWidget* parent);
    // Empty when the user cancels.
    virtual QString chooseSaveLocation(QWidget* parent, const QString& suggestedName);
    // Hands a saved temporary copy to the desktop's default application.
    virtual bool openWithDesktop(const QString& path);
};
