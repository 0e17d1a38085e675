#pragma once

#include "common/ServiceContext.h"

#include <QDialog>

class HistoryView;

// A record's audit trail in its own window, for places without a form to hold a History tab.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(ServiceContext context, const QString& entityType, qint64 entityId,
                  QWidget* parent = nullptr);
    HistoryView* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    HistoryView* m_view = nullptr;
};
