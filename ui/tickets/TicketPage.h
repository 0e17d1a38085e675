#pragma once

#include "common/ServiceContext.h"
#include "tickets/Ticket.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFrame;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class TicketFileDialogs;
class TicketMessageBanner;
class TicketTimelineModel;

// One ticket: its timeline (replies, internal notes, events, attachments) beside a details panel
// (status, priority, assignee, team, due date), with a comment box whose internal-note mode looks
// unmistakably different, attachments by button or drag and drop, and close/reopen.
class TicketPage : public QWidget
{
    Q_OBJECT

public:
    TicketPage(ServiceContext context, qint64 ticketId, QWidget* parent = nullptr,
               std::shared_ptr<TicketFileDialogs> dialogs = {});
    ~TicketPage() override;

    qint64 ticketId() const { return m_ticketId; }
    const Ticket& ticket() const { return m_ticket; }
    TicketTimelineModel* timelineModel() const { return m_timelineModel; }
    bool internalMode() const;

    void reload();
    // Stores each file as an attachment; a refused one (too large) is reported in the banner.
    void attachFiles(const QStringList& paths);
    void saveAttachment(int timelineRow);
    void openAttachment(int timelineRow);

signals:
    void backRequested();
    void ticketChanged(qint64 ticketId);
    void ticketDeleted(qint64 ticketId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void applyCommentMode();
    void submitComment();
    void saveDetails();
    // Opens the ticket form on this ticket for the fields the details panel does not hold.
    void editTicket();
    void toggleClosed();
    void deleteTicket();
    void updateHeader();
    void fillDetails();
    void showTimelineMenu(const QPoint& position);
    void notifyChanged();

    ServiceContext m_context;
    qint64 m_ticketId;
    std::shared_ptr<TicketFileDialogs> m_dialogs;
    Ticket m_ticket;

    TicketMessageBanner* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QListView* m_timeline = nullptr;
    TicketTimelineModel* m_timelineModel = nullptr;
    QFrame* m_commentBox = nullptr;
    QPlainTextEdit* m_commentEdit = nullptr;
    QCheckBox* m_internalSwitch = nullptr;
    QLabel* m_modeLabel = nullptr;
    QPushButton* m_addComment = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_saveAttachment = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_team = nullptr;
    QDateTimeEdit* m_due = nullptr;
    QLabel* m_times = nullptr;
    QPushButton* m_saveDetails = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_closeReopen = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_dropHint = nullptr;
};
