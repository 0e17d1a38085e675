#include "tickets/TicketPage.h"

#include "auth/Authorizer.h"
#include "tickets/TicketColours.h"
#include "tickets/TicketFileDialogs.h"
#include "tickets/TicketFormDialog.h"
#include "tickets/TicketMessageBanner.h"
#include "tickets/TicketPriority.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStatus.h"
#include "tickets/TicketTeam.h"
#include "tickets/TicketTimelineDelegate.h"
#include "tickets/TicketTimelineModel.h"
#include "widgets/UserPrompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QPixmap lockPixmap(const QColor& colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    TicketTimelineDelegate::paintLock(&painter, QRectF(2, 1, size - 4, size - 2), colour);
    return pixmap;
}

const QString kReplyStyle =
    QStringLiteral("QFrame#commentBox { background: #f5f9ff; border: 1px solid #90caf9; border-radius: 6px; }"
                   "QPlainTextEdit { background: white; border: 1px solid #90caf9; border-radius: 4px; }");
const QString kNoteStyle = QStringLiteral(
    "QFrame#commentBox { background: #fff4ce; border: 2px dashed #e0a800; border-radius: 6px; }"
    "QPlainTextEdit { background: #fffaf0; border: 1px solid #e0a800; border-radius: 4px; }");
const QString kReplyButtonStyle =
    QStringLiteral("QPushButton { background: #1e88e5; color: white; padding: 5px 14px; border-radius: 4px; }"
                   "QPushButton:disabled { background: #b0bec5; }");
const QString kNoteButtonStyle =
    QStringLiteral("QPushButton { background: #b26a00; color: white; padding: 5px 14px; border-radius: 4px; }"
                   "QPushButton:disabled { background: #d7c59a; }");
} // namespace

TicketPage::TicketPage(ServiceContext context, qint64 ticketId, QWidget* parent,
                       std::shared_ptr<TicketFileDialogs> dialogs)
    : QWidget(parent), m_context(std::move(context)), m_ticketId(ticketId),
      m_dialogs(dialogs ? std::move(dialogs) : std::make_shared<TicketFileDialogs>())
{
    setObjectName(QStringLiteral("ticketPage"));
    setAcceptDrops(true);
    buildUi();
    reload();
}

TicketPage::~TicketPage() = default;

void TicketPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* back = new QToolButton(this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setText(tr("\u2190 Tickets"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &TicketPage::backRequested);
    header->addWidget(back);
    auto* titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("ticketTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("ticketSubtitle"));
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_edit = new QPushButton(tr("&Edit\u2026"), this);
    m_edit->setObjectName(QStringLiteral("editTicketButton"));
    m_edit->setToolTip(tr("Change the company, contact, subject, description or category"));
    connect(m_edit, &QPushButton::clicked, this, &TicketPage::editTicket);
    header->addWidget(m_edit);
    m_closeReopen = new QPushButton(this);
    m_closeReopen->setObjectName(QStringLiteral("closeReopenButton"));
    connect(m_closeReopen, &QPushButton::clicked, this, &TicketPage::toggleClosed);
    header->addWidget(m_closeReopen);
    m_delete = new QPushButton(tr("Delete\u2026"), this);
    m_delete->setObjectName(QStringLiteral("deleteTicketButton"));
    m_delete->setToolTip(tr("Delete this ticket with its comments and attachments"));
    m_delete->setVisible(Authorizer::can(m_context.actor, Permission::DeleteTickets));
    connect(m_delete, &QPushButton::clicked, this, &TicketPage::deleteTicket);
    header->addWidget(m_delete);
    layout->addLayout(header);

    m_banner = new TicketMessageBanner(this);
    m_banner->setObjectName(QStringLiteral("ticketBanner"));
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("ticketSplitter"));
    layout->addWidget(splitter, 1);

    // Left: timeline and comment box.
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_timeline = new QListView(left);
    m_timeline->setObjectName(QStringLiteral("ticketTimeline"));
    m_timelineModel = new TicketTimelineModel(this);
    m_timeline->setModel(m_timelineModel);
    m_timeline->setItemDelegate(new TicketTimelineDelegate(m_timeline));
    m_timeline->setResizeMode(QListView::Adjust);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setContextMenuPolicy(Qt::CustomContextMenu);
    m_timeline->setAcceptDrops(false);
    connect(m_timeline, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(TicketTimelineModel::AttachmentIdRole).isValid())
            openAttachment(index.row());
    });
    connect(m_timeline, &QListView::customContextMenuRequested, this, &TicketPage::showTimelineMenu);
    leftLayout->addWidget(m_timeline, 1);

    m_dropHint = new QLabel(tr("Drop files to attach them to this ticket"), left);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setStyleSheet(
        QStringLiteral("background: #e3f2fd; border: 2px dashed #1e88e5; padding: 12px; color: #0d47a1;"));
    m_dropHint->hide();
    leftLayout->addWidget(m_dropHint);

    m_commentBox = new QFrame(left);
    m_commentBox->setObjectName(QStringLiteral("commentBox"));
    auto* commentLayout = new QVBoxLayout(m_commentBox);
    // The switch sits beside the sentence that says what the mode does, above the text, so the
    // button row below stays short enough for a narrow window (1100 px with the sidebar).
    auto* modeRow = new QHBoxLayout;
    m_internalSwitch = new QCheckBox(tr("Internal note (staff only)"), m_commentBox);
    m_internalSwitch->setObjectName(QStringLiteral("internalNoteSwitch"));
    m_internalSwitch->setToolTip(tr("Internal notes are never shown or mailed to the customer."));
    connect(m_internalSwitch, &QCheckBox::toggled, this, &TicketPage::applyCommentMode);
    modeRow->addWidget(m_internalSwitch);
    modeRow->addSpacing(8);
    m_modeLabel = new QLabel(m_commentBox);
    m_modeLabel->setObjectName(QStringLiteral("commentModeLabel"));
    m_modeLabel->setTextFormat(Qt::PlainText);
    m_modeLabel->setWordWrap(true);
    modeRow->addWidget(m_modeLabel, 1);
    commentLayout->addLayout(modeRow);
    m_commentEdit = new QPlainTextEdit(m_commentBox);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setMaximumHeight(120);
    commentLayout->addWidget(m_commentEdit);
    auto* commentButtons = new QHBoxLayout;
    commentButtons->addStretch(1);
    m_attach = new QPushButton(tr("Attach files\u2026"), m_commentBox);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    connect(m_attach, &QPushButton::clicked, this,
            [this] { attachFiles(m_dialogs->chooseFilesToAttach(this)); });
    commentButtons->addWidget(m_attach);
    m_saveAttachment = new QPushButton(tr("Save attachment\u2026"), m_commentBox);
    m_saveAttachment->setObjectName(QStringLiteral("saveAttachmentButton"));
    m_saveAttachment->setEnabled(false);
    connect(m_saveAttachment, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_timeline->currentIndex();
        if (current.isValid())
            saveAttachment(current.row());
    });
    commentButtons->addWidget(m_saveAttachment);
    m_addComment = new QPushButton(m_commentBox);
    m_addComment->setObjectName(QStringLiteral("addCommentButton"));
    m_addComment->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_addComment, &QPushButton::clicked, this, &TicketPage::submitComment);
    commentButtons->addWidget(m_addComment);
    commentLayout->addLayout(commentButtons);
    leftLayout->addWidget(m_commentBox);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                m_saveAttachment->setEnabled(current.data(TicketTimelineModel::AttachmentIdRole).isValid());
            });

    // Right: details panel.
    auto* details = new QFrame(splitter);
    details->setObjectName(QStringLiteral("detailsPanel"));
    details->setFrameShape(QFrame::StyledPanel);
    auto* detailsLayout = new QVBoxLayout(details);
    auto* form = new QFormLayout;
    detailsLayout->addLayout(form);
    m_status = new QComboBox(details);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const TicketStatus status : TicketStatusCodes::all())
        m_status->addItem(TicketStatusCodes::label(status), TicketStatusCodes::toCode(status));
    form->addRow(tr("&Status"), m_status);
    m_priority = new QComboBox(details);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (const TicketPriority priority : TicketPriorityCodes::all())
        m_priority->addItem(TicketPriorityCodes::label(priority), TicketPriorityCodes::toCode(priority));
    form->addRow(tr("&Priority"), m_priority);
    m_assignee = new QComboBox(details);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    form->addRow(tr("&Assignee"), m_assignee);
    m_team = new QComboBox(details);
    m_team->setObjectName(QStringLiteral("teamCombo"));
    for (const TicketTeam team : TicketTeamCodes::all())
        m_team->addItem(TicketTeamCodes::label(team), TicketTeamCodes::toCode(team));
    form->addRow(tr("&Team"), m_team);
    m_due = new QDateTimeEdit(details);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(tr("&Due"), m_due);
    m_saveDetails = new QPushButton(tr("Save changes"), details);
    m_saveDetails->setObjectName(QStringLiteral("saveDetailsButton"));
    m_saveDetails->setShortcut(QKeySequence::Save);
    connect(m_saveDetails, &QPushButton::clicked, this, &TicketPage::saveDetails);
    form->addRow(QString(), m_saveDetails);
    m_times = new QLabel(details);
    m_times->setObjectName(QStringLiteral("ticketTimes"));
    m_times->setWordWrap(false);
    detailsLayout->addWidget(m_times);
    detailsLayout->addStretch(1);

    splitter->addWidget(left);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &TicketPage::reload);
    applyCommentMode();
}

bool TicketPage::internalMode() const
{
    return m_internalSwitch->isChecked();
}

void TicketPage::applyCommentMode()
{
    const bool note = internalMode();
    m_commentBox->setStyleSheet(note ? kNoteStyle : kReplyStyle);
    m_addComment->setStyleSheet(note ? kNoteButtonStyle : kReplyButtonStyle);
    m_addComment->setText(note ? tr("Add internal note") : tr("Send reply to customer"));
    m_addComment->setIcon(note ? QIcon(lockPixmap(Qt::white, 16)) : QIcon());
    // The style sheet's padding is not in the size hint; make room for the whole label and icon.
    m_addComment->setMinimumWidth(m_addComment->fontMetrics().horizontalAdvance(m_addComment->text()) + 40);
    m_modeLabel->setText(
        note ? tr("Internal note \u2014 only staff will see this. It is not mailed to the customer.")
             : tr("Public reply \u2014 the customer sees this and is emailed a copy."));
    m_modeLabel->setStyleSheet(note ? QStringLiteral("color: #6d4c00; font-weight: bold;")
                                    : QStringLiteral("color: #0d47a1;"));
    m_commentEdit->setPlaceholderText(note ? tr("Write an internal note for your colleagues\u2026")
                                           : tr("Write a reply to the customer\u2026"));
}

void TicketPage::reload()
{
    TicketService service(m_context);
    auto ticket = service.get(m_ticketId);
    if (!ticket) {
        m_banner->showError(ticket.error().message);
        return;
    }
    m_ticket = ticket.value();
    auto timeline = service.timeline(m_ticketId);
    if (!timeline) {
        m_banner->showError(timeline.error().message);
        return;
    }
    m_timelineModel->setEntries(timeline.value());
    m_timeline->scrollToBottom();
    updateHeader();
    fillDetails();
}

void TicketPage::updateHeader()
{
    m_title->setText(QStringLiteral("%1  %2").arg(m_ticket.ticketNumber, m_ticket.subject));
    QString subtitle = m_ticket.companyName;
    if (!m_ticket.contactName.isEmpty())
        subtitle += QStringLiteral(" \u00b7 ") + m_ticket.contactName;
    const auto status = TicketStatusCodes::fromCode(m_ticket.status);
    subtitle += QStringLiteral(" \u00b7 ") + (status ? TicketStatusCodes::label(*status) : m_ticket.status);
    if (m_ticket.overdue)
        subtitle += QStringLiteral(" \u00b7 ") + tr("Overdue");
    m_subtitle->setText(subtitle);
    m_subtitle->setStyleSheet(m_ticket.overdue ? QStringLiteral("color: #c62828;") : QString());
    m_closeReopen->setText(m_ticket.isOpen() ? tr("Close ticket") : tr("Reopen ticket"));
}

void TicketPage::fillDetails()
{
    TicketService service(m_context);
    const bool editable = service.canEdit(m_ticket);
    const bool assign = editable && service.canAssign();
    m_status->setCurrentIndex(m_status->findData(m_ticket.status));
    m_priority->setCurrentIndex(m_priority->findData(m_ticket.priority));
    m_team->setCurrentIndex(m_team->findData(m_ticket.assignedTeam));
    m_due->setDateTime(m_ticket.dueAt.toLocalTime());

    // The signed-in user first ("Me"), then every active user by name.
    m_assignee->clear();
    m_assignee->addItem(tr("Unassigned"), QVariantList{qint64(0), QString()});
    if (m_context.actor.isUser())
        m_assignee->addItem(tr("Me (%1)").arg(m_context.actor.username),
                            QVariantList{m_context.actor.userId, m_context.actor.username});
    if (auto choices = service.assigneeChoices()) {
        for (const auto& [id, name] : choices.value()) {
            if (id != m_context.actor.userId)
                m_assignee->addItem(name, QVariantList{id, name});
        }
    }
    int current = 0;
    for (int i = 0; i < m_assignee->count(); ++i) {
        if (m_assignee->itemData(i).toList().value(0).toLongLong() == m_ticket.assignedTo)
            current = i;
    }
    if (m_ticket.assignedTo != 0 && current == 0) {
        m_assignee->addItem(m_ticket.assignedToName,
                            QVariantList{m_ticket.assignedTo, m_ticket.assignedToName});
        current = m_assignee->count() - 1;
    }
    m_assignee->setCurrentIndex(current);

    for (QWidget* w :
         std::initializer_list<QWidget*>{m_status, m_priority, m_due, m_saveDetails, m_closeReopen, m_edit,
                                         m_commentEdit, m_addComment, m_attach, m_internalSwitch})
        w->setEnabled(editable);
    m_assignee->setEnabled(assign);
    m_team->setEnabled(assign);
    if (!editable)
        m_commentEdit->setPlaceholderText(tr("You can only comment on your own tickets."));

    const QLocale locale;
    const auto when = [&](const QDateTime& t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : tr("\u2014");
    };
    const auto hours = [&](const std::optional<double>& h) {
        return h ? tr("%1 h").arg(locale.toString(*h, 'f', 1)) : tr("\u2014");
    };
    m_times->setText(tr("Created: %1 by %2\nFirst response: %3 (%4)\nResolved: %5 (%6)\nClosed: %7")
                         .arg(when(m_ticket.createdAt), m_ticket.createdByName,
                              when(m_ticket.firstResponseAt), hours(m_ticket.firstResponseHours()),
                              when(m_ticket.resolvedAt), hours(m_ticket.resolutionHours()),
                              when(m_ticket.closedAt)));
}

void TicketPage::notifyChanged()
{
    reload();
    emit ticketChanged(m_ticketId);
}

void TicketPage::submitComment()
{
    const QString text = m_commentEdit->toPlainText();
    auto comment = TicketService(m_context).addComment(m_ticketId, text, internalMode());
    if (!comment) {
        m_banner->showError(comment.error().message);
        return;
    }
    m_banner->hide();
    m_commentEdit->clear();
    // The mode stays as it was: someone writing several notes in a row must not have the next
    // one go to the customer because the switch flipped back on its own.
    notifyChanged();
}

void TicketPage::editTicket()
{
    TicketFormDialog dialog(m_context, m_ticketId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showInfo(tr("Saved %1.").arg(m_ticket.ticketNumber));
    notifyChanged();
}

void TicketPage::saveDetails()
{
    Ticket changed = m_ticket;
    changed.status = m_status->currentData().toString();
    changed.priority = m_priority->currentData().toString();
    changed.assignedTeam = m_team->currentData().toString();
    const QVariantList assignee = m_assignee->currentData().toList();
    changed.assignedTo = assignee.value(0).toLongLong();
    changed.assignedToName = assignee.value(1).toString();
    changed.dueAt = m_due->dateTime().toUTC();
    // The editor shows minutes; keep the stored seconds when the minute did not change.
    if (m_ticket.dueAt.isValid() && qAbs(m_ticket.dueAt.secsTo(changed.dueAt)) < 60)
        changed.dueAt = m_ticket.dueAt;
    if (auto updated = TicketService(m_context).update(changed); !updated) {
        m_banner->showError(updated.error().message);
        return;
    }
    m_banner->showInfo(tr("Saved %1.").arg(m_ticket.ticketNumber));
    notifyChanged();
}

void TicketPage::toggleClosed()
{
    TicketService service(m_context);
    const Status result = m_ticket.isOpen() ? service.close(m_ticketId) : service.reopen(m_ticketId);
    if (!result) {
        m_banner->showError(result.error().message);
        return;
    }
    m_banner->hide();
    notifyChanged();
}

void TicketPage::deleteTicket()
{
    if (!UserPrompt::confirm(this, tr("Delete ticket"),
                             tr("Delete ticket %1 \u201c%2\u201d with all its comments, internal notes and "
                                "attachments? This cannot be undone.")
                                 .arg(m_ticket.ticketNumber, m_ticket.subject),
                             tr("Delete")))
        return;
    if (auto removed = TicketService(m_context).remove(m_ticketId); !removed) {
        m_banner->showError(removed.error().message);
        return;
    }
    emit ticketDeleted(m_ticketId);
}

void TicketPage::attachFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    TicketService service(m_context);
    QStringList refused;
    for (const QString& path : paths) {
        auto attached = service.attachFile(m_ticketId, path);
        if (!attached)
            refused << attached.error().message;
    }
    if (!refused.isEmpty())
        m_banner->showError(refused.join(QLatin1Char('\n')));
    else
        m_banner->hide();
    notifyChanged();
}

void TicketPage::saveAttachment(int timelineRow)
{
    const QModelIndex index = m_timelineModel->index(timelineRow);
    const QVariant id = index.data(TicketTimelineModel::AttachmentIdRole);
    if (!id.isValid())
        return;
    const QString target =
        m_dialogs->chooseSaveLocation(this, index.data(TicketTimelineModel::BodyRole).toString());
    if (target.isEmpty())
        return;
    auto attachment = TicketService(m_context).attachmentContent(id.toLongLong());
    if (!attachment) {
        m_banner->showError(attachment.error().message);
        return;
    }
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment->content) != attachment->content.size()) {
        m_banner->showError(tr("%1 could not be written: %2").arg(target, file.errorString()));
        return;
    }
    m_banner->showInfo(tr("Saved %1.").arg(QDir::toNativeSeparators(target)));
}

void TicketPage::openAttachment(int timelineRow)
{
    const QVariant id = m_timelineModel->index(timelineRow).data(TicketTimelineModel::AttachmentIdRole);
    if (!id.isValid())
        return;
    auto attachment = TicketService(m_context).attachmentContent(id.toLongLong());
    if (!attachment) {
        m_banner->showError(attachment.error().message);
        return;
    }
    // A private copy in the temporary folder, named after the attachment so the desktop picks the
    // right application.
    QDir folder(QStandardPaths::writableLocation(QStandardPaths::TempLocation));
    const QString sub = QStringLiteral("rapport-attachments/%1").arg(attachment->id);
    folder.mkpath(sub);
    const QString path = folder.filePath(sub + QLatin1Char('/') + attachment->fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment->content) != attachment->content.size()) {
        m_banner->showError(tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    if (!m_dialogs->openWithDesktop(path))
        m_banner->showError(tr("No application is set up to open %1.").arg(attachment->fileName));
}

void TicketPage::showTimelineMenu(const QPoint& position)
{
    const QModelIndex index = m_timeline->indexAt(position);
    if (!index.data(TicketTimelineModel::AttachmentIdRole).isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, row = index.row()] { openAttachment(row); });
    menu.addAction(tr("Save as\u2026"), this, [this, row = index.row()] { saveAttachment(row); });
    menu.exec(m_timeline->viewport()->mapToGlobal(position));
}

void TicketPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_attach->isEnabled() || !event->mimeData()->hasUrls())
        return;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            return;
    }
    event->acceptProposedAction();
    m_dropHint->show();
}

void TicketPage::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_dropHint->hide();
    QWidget::dragLeaveEvent(event);
}

void TicketPage::dropEvent(QDropEvent* event)
{
    m_dropHint->hide();
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    attachFiles(paths);
}
