#pragma once

#include "app/AppPage.h"
#include "common/Result.h"
#include "common/ServiceContext.h"
#include "scheduler/SchedulerStatus.h"

#include <functional>

class MessageBanner;
class OutboxTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class Scheduler;

// The Outbox / email log: every mail with its status, attempts, last error and sent time;
// filter by status, search by recipient or subject; retry, cancel, and "mark as sent" for a mail
// whose delivery could not be confirmed. Refreshes itself while the scheduler sends.
class OutboxPage : public AppPage
{
    Q_OBJECT

public:
    OutboxPage(ServiceContext context, Scheduler& scheduler, QWidget* parent = nullptr);

    bool canSearch() const override { return true; }
    void focusSearch() override;
    void refresh() override;
    QString statusText() const override { return m_statusText; }

    OutboxTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    MessageBanner* banner() const { return m_banner; }
    // Problems the reminder and sequence jobs met (no active template of a needed type: nothing
    // was queued), until the user dismisses them.
    MessageBanner* jobWarnings() const { return m_jobWarnings; }
    void reloadJobWarnings();

    void retrySelected();
    void cancelSelected();
    void markSelectedSent();

signals:
    // Asks for the SMTP settings dialog (the page's button; MailPages opens it).
    void smtpSettingsRequested();

private:
    qint64 selectedId() const;
    void updateButtons();
    void updateDetail();
    void updateStatusText();
    void onSchedulerStatus(const SchedulerStatus& status);
    void act(const std::function<Status(qint64)>& action, const QString& done);

    ServiceContext m_context;
    Scheduler& m_scheduler;
    OutboxTableModel* m_model;
    MessageBanner* m_banner;
    MessageBanner* m_jobWarnings;
    QList<qint64> m_shownWarnings;
    QComboBox* m_statusFilter;
    QLineEdit* m_search;
    QTimer* m_searchPause;
    QTimer* m_liveRefresh;
    QTableView* m_view;
    QLabel* m_detail;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    QPushButton* m_markSent;
    QPushButton* m_runNow;
    QPushButton* m_smtpSettings;
    QString m_statusText;
};
