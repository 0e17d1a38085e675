#pragma once

#include <QFrame>

class QLabel;

// The inline banner a ticket page shows for recoverable errors and confirmations.
class TicketMessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit TicketMessageBanner(QWidget* parent = nullptr);

    void showError(const QString& message);
    void showInfo(const QString& message);
    QString text() const;

private:
    void showMessage(const QString& message, const QString& style);
    QLabel* m_label;
};
