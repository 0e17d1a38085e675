#include "mail/OutboxPage.h"

#include "auth/Authorizer.h"
#include "mail/MailStatus.h"
#include "mail/Outbox.h"
#include "mail/OutboxTableModel.h"
#include "scheduler/Scheduler.h"
#include "sequences/JobWarningLog.h"
#include "widgets/MessageBanner.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/UserPrompt.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

OutboxPage::OutboxPage(ServiceContext context, Scheduler& scheduler, QWidget* parent)
    : AppPage(parent), m_context(std::move(context)), m_scheduler(scheduler),
      m_model(new OutboxTableModel(m_context, this)), m_banner(new MessageBanner(this)),
      m_jobWarnings(new MessageBanner(this)), m_statusFilter(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_searchPause(new QTimer(this)), m_liveRefresh(new QTimer(this)),
      m_view(new QTableView(this)), m_detail(new QLabel(this)), m_retry(new QPushButton(tr("&Retry"), this)),
      m_cancel(new QPushButton(tr("&Cancel mail"), this)),
      m_markSent(new QPushButton(tr("&Mark as sent"), this)),
      m_runNow(new QPushButton(tr("Send &now"), this)),
      m_smtpSettings(new QPushButton(tr("SMTP &settings…"), this))
{
    setObjectName(QStringLiteral("outboxPage"));
    m_banner->setObjectName(QStringLiteral("outboxBanner"));
    m_jobWarnings->setObjectName(QStringLiteral("outboxJobWarnings"));
    m_statusFilter->setObjectName(QStringLiteral("outboxStatusFilter"));
    m_search->setObjectName(QStringLiteral("outboxSearch"));
    m_view->setObjectName(QStringLiteral("outboxTable"));
    m_detail->setObjectName(QStringLiteral("outboxDetail"));
    m_retry->setObjectName(QStringLiteral("outboxRetryButton"));
    m_cancel->setObjectName(QStringLiteral("outboxCancelButton"));
    m_markSent->setObjectName(QStringLiteral("outboxMarkSentButton"));
    m_runNow->setObjectName(QStringLiteral("outboxRunNowButton"));
    m_smtpSettings->setObjectName(QStringLiteral("outboxSmtpSettingsButton"));

    m_statusFilter->addItem(tr("All mail"), QString());
    for (MailStatus status : MailStatusCodes::all())
        m_statusFilter->addItem(MailStatusCodes::label(status), MailStatusCodes::toCode(status));
    m_search->setPlaceholderText(tr("Search recipient or subject"));
    m_search->setClearButtonEnabled(true);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(250);
    m_liveRefresh->setInterval(1000);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OutboxTableModel::Created, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(OutboxTableModel::Subject, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    auto* badges = new StatusBadgeDelegate(m_view);
    badges->setColour(QStringLiteral("queued"), QColor(0x5f, 0x6b, 0x7a));
    badges->setColour(QStringLiteral("sending"), QColor(0x1a, 0x73, 0xe8));
    badges->setColour(QStringLiteral("sent"), QColor(0x1e, 0x8e, 0x3e));
    badges->setColour(QStringLiteral("failed"), QColor(0xc5, 0x22, 0x1f));
    badges->setColour(QStringLiteral("unconfirmed"), QColor(0xe3, 0x74, 0x00));
    badges->setColour(QStringLiteral("cancelled"), QColor(0x80, 0x86, 0x8b));
    m_view->setItemDelegateForColumn(OutboxTableModel::Status, badges);
    // Columns wide enough for what they hold (the longest status badge, a whole "yyyy-MM-dd
    // HH:mm", an address), measured from the labels rather than fitted to the rows, of which the
    // outbox can hold very many; the default width cut "Queued" and every date short.
    const QFontMetrics metrics = m_view->fontMetrics();
    QHeaderView* header = m_view->horizontalHeader();
    const auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 32;
    };
    int statusWidth = headerWidth(OutboxTableModel::Status);
    for (const MailStatus status : MailStatusCodes::all())
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(MailStatusCodes::label(status)) + 48);
    header->resizeSection(OutboxTableModel::Status, statusWidth);
    header->resizeSection(OutboxTableModel::Recipient, metrics.averageCharWidth() * 26);
    header->resizeSection(OutboxTableModel::Attempts, headerWidth(OutboxTableModel::Attempts));
    const int timeWidth = metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 24;
    for (const int column :
         {OutboxTableModel::NextAttempt, OutboxTableModel::SentAt, OutboxTableModel::Created})
        header->resizeSection(column, std::max(timeWidth, headerWidth(column)));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_runNow);
    filters->addWidget(m_smtpSettings);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_cancel);
    actions->addWidget(m_markSent);
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_jobWarnings);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(actions);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_statusFilter->currentData().toString();
        m_model->setStatusFilter(code.isEmpty() ? std::nullopt : MailStatusCodes::fromCode(code));
    });
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_searchPause, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_search->text().trimmed()); });
    connect(m_liveRefresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            m_model->reload();
    });
    connect(m_model, &OutboxTableModel::loadFailed, this,
            [this](const QString& message) { m_banner->showMessage(message); });
    connect(m_model, &OutboxTableModel::reloaded, this, [this] {
        updateButtons();
        updateDetail();
        updateStatusText();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateDetail();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        updateDetail();
    });
    connect(m_retry, &QPushButton::clicked, this, &OutboxPage::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxPage::cancelSelected);
    connect(m_markSent, &QPushButton::clicked, this, &OutboxPage::markSelectedSent);
    connect(m_runNow, &QPushButton::clicked, this, [this] { m_scheduler.runNow(); });
    connect(m_smtpSettings, &QPushButton::clicked, this, &OutboxPage::smtpSettingsRequested);
    connect(&m_scheduler, &Scheduler::statusChanged, this, &OutboxPage::onSchedulerStatus);
    connect(&m_scheduler, &Scheduler::tickFinished, this, [this] {
        m_model->reload();
        reloadJobWarnings();
    });
    connect(m_jobWarnings, &MessageBanner::dismissed, this, [this] {
        // Closing the list acknowledges what it showed; a problem that happens again comes back.
        const JobWarningLog log(m_context);
        for (qint64 id : std::as_const(m_shownWarnings)) {
            if (auto dismissed = log.dismiss(id); !dismissed) {
                m_banner->showMessage(dismissed.error().message);
                break;
            }
        }
        m_shownWarnings.clear();
        reloadJobWarnings();
    });

    const bool admin = Authorizer::can(m_context.actor, Permission::ManageSettings);
    m_smtpSettings->setVisible(admin);
    updateButtons();
    updateDetail();
    updateStatusText();
    reloadJobWarnings();
}

void OutboxPage::reloadJobWarnings()
{
    constexpr int kShown = 5;
    auto warnings = JobWarningLog(m_context).recent(kShown + 1);
    if (!warnings) {
        m_jobWarnings->showMessage(warnings.error().message);
        return;
    }
    m_shownWarnings.clear();
    if (warnings->isEmpty()) {
        m_jobWarnings->clear();
        return;
    }
    QStringList lines;
    lines << tr("<b>Automatic mail was not queued:</b>");
    for (const JobWarning& warning : warnings.value()) {
        if (lines.size() > kShown) {
            lines << tr("… and more; close this list to see the rest.");
            break;
        }
        m_shownWarnings << warning.id;
        const QString when = QLocale().toString(warning.lastAt.toLocalTime(), QLocale::ShortFormat);
        lines << (warning.occurrences > 1 ? tr("• %1 (%n time(s), last %2)", nullptr, warning.occurrences)
                                                .arg(warning.message.toHtmlEscaped(), when)
                                          : tr("• %1 (%2)").arg(warning.message.toHtmlEscaped(), when));
    }
    m_jobWarnings->showMessage(lines.join(QStringLiteral("<br>")), MessageBanner::Kind::Warning);
}

void OutboxPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OutboxPage::refresh()
{
    m_model->reload();
    reloadJobWarnings();
}

void OutboxPage::onSchedulerStatus(const SchedulerStatus& status)
{
    // While mail goes out the table follows along, once a second at most.
    if (status.state == SchedulerStatus::State::Sending) {
        if (!m_liveRefresh->isActive())
            m_liveRefresh->start();
    } else {
        m_liveRefresh->stop();
    }
}

qint64 OutboxPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const OutboxMail* mail = m_model->mailAt(rows.first().row());
    return mail ? mail->id : 0;
}

void OutboxPage::updateButtons()
{
    const int row = m_model->rowOfId(selectedId());
    const OutboxMail* mail = m_model->mailAt(row);
    const bool admin = Authorizer::can(m_context.actor, Permission::ManageSettings);
    const MailStatus status = mail ? mail->status : MailStatus::Sent;
    m_retry->setEnabled(admin && mail &&
                        (status == MailStatus::Failed || status == MailStatus::Unconfirmed ||
                         status == MailStatus::Cancelled || status == MailStatus::Queued));
    m_retry->setText(status == MailStatus::Unconfirmed ? tr("&Resend") : tr("&Retry"));
    m_cancel->setEnabled(
        admin && mail &&
        (status == MailStatus::Queued || status == MailStatus::Failed || status == MailStatus::Unconfirmed));
    m_markSent->setEnabled(admin && mail && status == MailStatus::Unconfirmed);
    const QString why = admin ? QString() : tr("Only an administrator can change mail in the outbox.");
    for (QPushButton* button : {m_retry, m_cancel, m_markSent})
        button->setToolTip(why);
}

void OutboxPage::updateDetail()
{
    const OutboxMail* mail = m_model->mailAt(m_model->rowOfId(selectedId()));
    if (!mail) {
        m_detail->setText(tr("Select a mail to see its details."));
        return;
    }
    QStringList lines;
    lines << tr("Message-ID: %1").arg(mail->messageId.toHtmlEscaped());
    if (mail->status == MailStatus::Unconfirmed)
        lines << tr("<b>The server may or may not have this mail:</b> the connection ended after it was sent "
                    "and before "
                    "the server confirmed it. Check with the recipient, then choose Mark as sent or Resend.");
    if (!mail->lastError.isEmpty())
        lines << tr("Last error: %1").arg(mail->lastError.toHtmlEscaped());
    m_detail->setText(lines.join(QStringLiteral("<br>")));
}

void OutboxPage::updateStatusText()
{
    const QString text = tr("%n mail(s)", nullptr, int(m_model->totalCount()));
    if (text != m_statusText) {
        m_statusText = text;
        emit stateChanged();
    }
}

void OutboxPage::act(const std::function<Status(qint64)>& action, const QString& done)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const Status result = action(id);
    if (!result)
        m_banner->showMessage(result.error().message);
    else
        m_banner->showMessage(done, MessageBanner::Kind::Information);
    m_model->reload();
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        m_view->selectRow(row);
}

void OutboxPage::retrySelected()
{
    const OutboxMail* mail = m_model->mailAt(m_model->rowOfId(selectedId()));
    if (!mail)
        return;
    if (mail->status == MailStatus::Unconfirmed &&
        !UserPrompt::confirm(this, tr("Resend mail"),
                             tr("The server may already have delivered \"%1\" to %2. Send it again anyway?")
                                 .arg(mail->subject, mail->toAddress),
                             tr("Resend")))
        return;
    act([this](qint64 id) { return Outbox(m_context).retry(id); },
        tr("The mail is queued again; it goes out with the next run."));
    m_scheduler.runNow();
}

void OutboxPage::cancelSelected()
{
    const OutboxMail* mail = m_model->mailAt(m_model->rowOfId(selectedId()));
    if (!mail)
        return;
    if (!UserPrompt::confirm(
            this, tr("Cancel mail"),
            tr("Cancel \"%1\" to %2? It will not be sent.").arg(mail->subject, mail->toAddress),
            tr("Cancel mail")))
        return;
    act([this](qint64 id) { return Outbox(m_context).cancel(id); }, tr("The mail was cancelled."));
}

void OutboxPage::markSelectedSent()
{
    const OutboxMail* mail = m_model->mailAt(m_model->rowOfId(selectedId()));
    if (!mail)
        return;
    if (!UserPrompt::confirm(this, tr("Mark as sent"),
                             tr("Record that \"%1\" did reach %2? It will not be sent again.")
                                 .arg(mail->subject, mail->toAddress),
                             tr("Mark as sent")))
        return;
    act([this](qint64 id) { return Outbox(m_context).markSent(id); }, tr("The mail is recorded as sent."));
}
