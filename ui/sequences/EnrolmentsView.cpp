#include "EnrolmentsView.h"

#include "auth/Authorizer.h"
#include "sequences/SequenceService.h"
#include "settings/OfficeSettings.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
}
} // namespace

EnrolmentsView::EnrolmentsView(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context)), m_banner(new MessageBanner(this)),
      m_status(new QComboBox(this)),
      m_table(makeTable(this,
                        {tr("Company"), tr("Contact"), tr("Status"), tr("Step"), tr("Next send"),
                         tr("Enrolled"), tr("Source"), tr("Reason")},
                        QStringLiteral("enrolmentTable"))),
      m_pause(new QPushButton(tr("Pause"), this)), m_resume(new QPushButton(tr("Resume"), this)),
      m_cancel(new QPushButton(tr("Cancel enrolment"), this)),
      m_plan(
          makeTable(this, {tr("Step"), tr("Goes out"), tr("Condition")}, QStringLiteral("plannedSchedule"))),
      m_history(makeTable(this,
                          {tr("Step"), tr("Contact"), tr("Status"), tr("Processed"), tr("Sent"), tr("Note")},
                          QStringLiteral("sentHistory")))
{
    m_banner->setObjectName(QStringLiteral("enrolmentsBanner"));
    m_status->setObjectName(QStringLiteral("enrolmentStatusFilter"));
    m_pause->setObjectName(QStringLiteral("pauseEnrolment"));
    m_resume->setObjectName(QStringLiteral("resumeEnrolment"));
    m_cancel->setObjectName(QStringLiteral("cancelEnrolment"));
    m_status->addItem(tr("All statuses"), QString());
    for (EnrolmentStatus status : EnrolmentStatusCodes::all())
        m_status->addItem(EnrolmentStatusCodes::label(status), EnrolmentStatusCodes::toCode(status));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show"), this));
    top->addWidget(m_status);
    top->addStretch();
    top->addWidget(m_pause);
    top->addWidget(m_resume);
    top->addWidget(m_cancel);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QHBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* planBox = new QVBoxLayout;
    planBox->addWidget(new QLabel(tr("Planned schedule"), details));
    planBox->addWidget(m_plan);
    auto* historyBox = new QVBoxLayout;
    historyBox->addWidget(new QLabel(tr("Sent history"), details));
    historyBox->addWidget(m_history);
    detailsLayout->addLayout(planBox, 2);
    detailsLayout->addLayout(historyBox, 3);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showDetails(); });
    connect(m_pause, &QPushButton::clicked, this, [this] { pauseSelected(); });
    connect(m_resume, &QPushButton::clicked, this, [this] { resumeSelected(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(); });
}

void EnrolmentsView::setSequence(qint64 sequenceId)
{
    m_sequenceId = sequenceId;
    reload();
}

void EnrolmentsView::reload()
{
    const qint64 keep = selectedId();
    EnrolmentQuery query;
    query.sequenceId = m_sequenceId;
    query.status = EnrolmentStatusCodes::fromCode(m_status->currentData().toString());
    m_enrolments.clear();
    if (m_sequenceId != 0) {
        auto enrolments = SequenceService(m_context).enrolments(query);
        if (!enrolments)
            m_banner->showMessage(enrolments.error().message);
        else
            m_enrolments = enrolments.value();
    }
    const QTimeZone zone = OfficeSettings(m_context).officeTimeZone();
    const auto local = [&](const QDateTime& time) {
        return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QString();
    };
    m_table->setRowCount(int(m_enrolments.size()));
    int selectRow = -1;
    for (int row = 0; row < m_enrolments.size(); ++row) {
        const Enrolment& e = m_enrolments.at(row);
        setRow(m_table, row,
               {e.companyName, e.contactId != 0 ? e.contactName : tr("(billing contacts)"),
                EnrolmentStatusCodes::label(e.status), QString::number(e.currentStepIndex + 1),
                local(e.nextSendAt), local(e.enrolledAt), EnrolmentSourceCodes::label(e.source),
                e.cancelReason});
        if (e.id == keep)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    showDetails();
}

void EnrolmentsView::selectEnrolment(int row)
{
    m_table->selectRow(row);
    showDetails();
}

qint64 EnrolmentsView::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_enrolments.size() && !m_table->selectedItems().isEmpty()
               ? m_enrolments.at(row).id
               : 0;
}

void EnrolmentsView::showDetails()
{
    const qint64 id = selectedId();
    const Enrolment* current = nullptr;
    for (const Enrolment& e : m_enrolments) {
        if (e.id == id)
            current = &e;
    }
    const bool canAct = Authorizer::can(m_context.actor, Permission::EnrolInSequences);
    m_pause->setEnabled(
        canAct && current &&
        (current->status == EnrolmentStatus::Pending || current->status == EnrolmentStatus::Active));
    m_resume->setEnabled(canAct && current && current->status == EnrolmentStatus::Paused);
    m_cancel->setEnabled(canAct && current && isOpen(current->status));
    m_plan->setRowCount(0);
    m_history->setRowCount(0);
    if (!current)
        return;
    SequenceService service(m_context);
    const QTimeZone zone = OfficeSettings(m_context).officeTimeZone();
    const auto local = [&](const QDateTime& time) {
        return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QString();
    };
    if (auto plan = service.plannedSchedule(id); plan) {
        m_plan->setRowCount(int(plan->size()));
        for (int row = 0; row < plan->size(); ++row) {
            const PlannedSend& send = plan->at(row);
            setRow(m_plan, row,
                   {QString::number(send.stepIndex + 1), local(send.at),
                    send.hasCondition ? tr("if its condition holds") : QString()});
        }
    } else {
        m_banner->showMessage(plan.error().message);
    }
    if (auto history = service.history(id); history) {
        m_history->setRowCount(int(history->size()));
        for (int row = 0; row < history->size(); ++row) {
            const SequenceEmail& mail = history->at(row);
            setRow(m_history, row,
                   {QString::number(mail.stepIndex + 1), mail.contactName,
                    SequenceEmailStatusCodes::label(mail.status), local(mail.createdAt), local(mail.sentAt),
                    mail.error});
        }
    } else {
        m_banner->showMessage(history.error().message);
    }
}

bool EnrolmentsView::act(const std::function<Status(qint64)>& action)
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    if (auto done = action(id); !done) {
        m_banner->showMessage(done.error().message);
        return false;
    }
    m_banner->clear();
    reload();
    emit changed();
    return true;
}

bool EnrolmentsView::pauseSelected()
{
    return act([this](qint64 id) { return SequenceService(m_context).pause(id); });
}

bool EnrolmentsView::resumeSelected()
{
    return act([this](qint64 id) { return SequenceService(m_context).resume(id); });
}

bool EnrolmentsView::cancelSelected()
{
    return act([this](qint64 id) { return SequenceService(m_context).cancel(id); });
}
