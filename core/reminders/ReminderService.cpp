#include "reminders/ReminderService.h"

#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "mail/Outbox.h"
#include "records/ContractService.h"
#include "records/InvoiceService.h"
#include "sequences/JobWarningLog.h"
#include "sequences/Recipients.h"
#include "sequences/SequenceSchedule.h"
#include "sequences/SequenceService.h"
#include "settings/OfficeSettings.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateService.h"
#include "templates/TemplateVariables.h"

namespace {
constexpr int kOverdueWindowDays = 30;
}

ReminderService::ReminderService(ServiceContext context) : m_context(std::move(context)) {}

QString ReminderService::renewalWindow(qint64 daysLeft)
{
    if (daysLeft < 0 || daysLeft > 30)
        return {};
    if (daysLeft <= 3)
        return QStringLiteral("renewal_urgent");
    if (daysLeft <= 7)
        return QStringLiteral("renewal_7_days");
    if (daysLeft <= 14)
        return QStringLiteral("renewal_14_days");
    return QStringLiteral("renewal_30_days");
}

QString ReminderService::paymentWindow(qint64 daysUntilDue)
{
    if (daysUntilDue >= 0 && daysUntilDue <= 3)
        return QStringLiteral("payment_reminder");
    if (daysUntilDue < 0 && daysUntilDue >= -kOverdueWindowDays)
        return QStringLiteral("payment_overdue");
    return {};
}

QDateTime ReminderService::latestScheduledRun() const
{
    OfficeSettings settings(m_context);
    const QTimeZone zone = settings.officeTimeZone();
    const QDateTime now = m_context.now();
    const QDate today = now.toTimeZone(zone).date();
    const QDateTime todays = SequenceSchedule::localToUtc(today, settings.dailyRunTime(), zone);
    return todays <= now ? todays
                         : SequenceSchedule::localToUtc(today.addDays(-1), settings.dailyRunTime(), zone);
}

Result<ReminderRunReport> ReminderService::runIfDue() const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    // The job's row is the lock that keeps the daily run once across desktops. On SQLite
    // BEGIN IMMEDIATE already serialises writers. On PostgreSQL the row is made first (a second
    // desktop waits here until the first commits), then locked with SKIP LOCKED: a desktop that
    // finds it locked leaves the run to the one holding it.
    if (auto made = SqlRun::exec(m_context.db().connection(),
                                 QStringLiteral("INSERT INTO job_runs (job, last_run_at, last_run_date) "
                                                "VALUES (?, '', '') ON CONFLICT (job) DO NOTHING"),
                                 {QLatin1String(kJobName)});
        !made)
        return made.error();
    auto last = SqlRun::exec(m_context.db().connection(),
                             QStringLiteral("SELECT last_run_at FROM job_runs WHERE job = ?") +
                                 m_context.db().dialect().skipLockedSuffix(),
                             {QLatin1String(kJobName)});
    if (!last)
        return last.error();
    if (!last->next())
        return ReminderRunReport{}; // another desktop is running it right now
    const QString lastRun = last->value(0).toString();
    if (!lastRun.isEmpty() && TimeFormat::fromStoredTimestamp(lastRun) >= latestScheduledRun())
        return ReminderRunReport{};
    auto report = runNow();
    if (!report)
        return report.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

Result<ReminderRunReport> ReminderService::runNow() const
{
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    ReminderRunReport report;
    report.ran = true;
    report.day = OfficeSettings(m_context).today();
    auto stamped =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("INSERT INTO job_runs (job, last_run_at, last_run_date) VALUES (?, ?, ?) "
                                    "ON CONFLICT (job) DO UPDATE SET last_run_at = excluded.last_run_at, "
                                    "last_run_date = excluded.last_run_date"),
                     {QLatin1String(kJobName), TimeFormat::toStoredTimestamp(m_context.now()),
                      TimeFormat::toStoredDate(report.day)});
    if (!stamped)
        return stamped.error();
    if (auto renewals = runRenewals(report.day, report); !renewals)
        return renewals.error();
    if (auto payments = runPayments(report.day, report); !payments)
        return payments.error();
    if (auto triggered = enrolTriggered(report.day, report); !triggered)
        return triggered.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return report;
}

Status ReminderService::sendTo(qint64 companyId, const QString& templateType, const QString& keyPrefix,
                               qint64 contractId, qint64 invoiceId, ReminderRunReport& report) const
{
    // Reminders are service mail about the customer's own contract or invoice (transactional),
    // so the recipients are not filtered by the marketing unsubscribe flag.
    auto recipients = Recipients::forCompany(m_context, companyId, false);
    if (!recipients)
        return recipients.error();
    // What the mail is about, named in the warning when no template can be found.
    QString about;
    if (contractId != 0) {
        auto contract = ContractService(m_context).get(contractId);
        if (!contract)
            return contract.error();
        about = tr("contract %1").arg(contract->contractNumber);
    }
    if (invoiceId != 0) {
        auto invoice = InvoiceService(m_context).get(invoiceId);
        if (!invoice)
            return invoice.error();
        about = tr("invoice %1").arg(invoice->invoiceNumber);
    }
    const TemplateSources sources =
        invoiceId != 0 ? TemplateSources::invoice(invoiceId) : TemplateSources::contract(contractId);
    TemplateService templates(m_context);
    TemplateVariables variables(m_context);
    for (const Contact& contact : recipients.value()) {
        const QString dedupeKey = keyPrefix + QStringLiteral(":contact:%1").arg(contact.id);
        auto known =
            SqlRun::scalar(m_context.db().connection(),
                           QStringLiteral("SELECT id FROM outbox WHERE dedupe_key = ?"), {dedupeKey});
        if (!known)
            return known.error();
        if (!known->isNull()) {
            ++report.alreadySent;
            continue;
        }
        auto found = templates.findActive(templateType, contact.language);
        if (!found)
            return found.error();
        if (!found.value()) {
            ++report.missingTemplates;
            if (auto warned = JobWarningLog(m_context).record(
                    QLatin1String(kJobName),
                    QStringLiteral("no_template:%1:%2").arg(templateType, contact.language),
                    tr("No active %1 template in %2 or English: reminders such as the one for %3 are not "
                       "sent.")
                        .arg(templateType, contact.language, about));
                !warned)
                return warned;
            continue;
        }
        const EmailTemplate& reminderTemplate = *found.value();
        auto values = variables.collect(contact.id, reminderTemplate.templateType, sources);
        if (!values)
            return values.error();
        const RenderedEmail rendered = TemplateRenderer::render(reminderTemplate, values.value());
        OutgoingMail mail;
        mail.dedupeKey = dedupeKey;
        mail.kind = MailKind::Transactional;
        mail.to = {contact.email.trimmed(), contact.name};
        mail.subject = rendered.subject;
        mail.htmlBody = rendered.htmlDocument();
        mail.textBody = rendered.text;
        mail.sourceType = invoiceId != 0 ? QStringLiteral("invoice") : QStringLiteral("contract");
        mail.sourceId = invoiceId != 0 ? invoiceId : contractId;
        mail.companyId = companyId;
        mail.contactId = contact.id;
        auto queued = Outbox(m_context).enqueue(mail);
        if (!queued)
            return queued.error();
        if (queued->created)
            ++report.queued;
        else
            ++report.alreadySent;
    }
    return Status::success();
}

Status ReminderService::runRenewals(const QDate& today, ReminderRunReport& report) const
{
    auto contracts =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("SELECT id, company_id, end_date FROM contracts WHERE status = 'active' "
                                    "AND end_date >= ? AND end_date <= ? ORDER BY end_date, id"),
                     {TimeFormat::toStoredDate(today), TimeFormat::toStoredDate(today.addDays(30))});
    if (!contracts)
        return contracts.error();
    QList<std::tuple<qint64, qint64, QDate>> rows;
    while (contracts->next())
        rows << std::make_tuple(contracts->value(0).toLongLong(), contracts->value(1).toLongLong(),
                                TimeFormat::fromStoredDate(contracts->value(2).toString()));
    contracts->finish();
    for (const auto& [contractId, companyId, endDate] : rows) {
        const QString window = renewalWindow(today.daysTo(endDate));
        if (window.isEmpty())
            continue;
        const QString key = QStringLiteral("reminder:%1:contract:%2:%3")
                                .arg(window)
                                .arg(contractId)
                                .arg(TimeFormat::toStoredDate(endDate));
        if (auto sent = sendTo(companyId, window, key, contractId, 0, report); !sent)
            return sent;
    }
    return Status::success();
}

Status ReminderService::runPayments(const QDate& today, ReminderRunReport& report) const
{
    // Drafts have not gone to the customer, so they are never chased.
    auto invoices = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral(
            "SELECT i.id, c.company_id, i.due_date FROM invoices i JOIN contracts c ON c.id = i.contract_id "
            "WHERE i.status IN ('sent', 'overdue') AND i.due_date >= ? AND i.due_date <= ? "
            "ORDER BY i.due_date, i.id"),
        {TimeFormat::toStoredDate(today.addDays(-kOverdueWindowDays)),
         TimeFormat::toStoredDate(today.addDays(3))});
    if (!invoices)
        return invoices.error();
    QList<std::tuple<qint64, qint64, QDate>> rows;
    while (invoices->next())
        rows << std::make_tuple(invoices->value(0).toLongLong(), invoices->value(1).toLongLong(),
                                TimeFormat::fromStoredDate(invoices->value(2).toString()));
    invoices->finish();
    for (const auto& [invoiceId, companyId, dueDate] : rows) {
        const QString window = paymentWindow(today.daysTo(dueDate));
        if (window.isEmpty())
            continue;
        const QString key = QStringLiteral("reminder:%1:invoice:%2:%3")
                                .arg(window)
                                .arg(invoiceId)
                                .arg(TimeFormat::toStoredDate(dueDate));
        if (auto sent = sendTo(companyId, window, key, 0, invoiceId, report); !sent)
            return sent;
    }
    return Status::success();
}

Status ReminderService::enrolTriggered(const QDate& today, ReminderRunReport& report) const
{
    auto sequences =
        SqlRun::exec(m_context.db().connection(),
                     QStringLiteral("SELECT id, trigger_event FROM sequences WHERE is_active = 1 AND "
                                    "sequence_type = 'triggered' AND trigger_event IN "
                                    "('renewal_30_days', 'renewal_7_days', 'payment_overdue') ORDER BY id"));
    if (!sequences)
        return sequences.error();
    QList<std::pair<qint64, QString>> triggered;
    while (sequences->next())
        triggered << std::make_pair(sequences->value(0).toLongLong(), sequences->value(1).toString());
    sequences->finish();
    SequenceService service(m_context);
    for (const auto& [sequenceId, event] : triggered) {
        QString sql;
        QVariantList binds;
        if (event == QLatin1String("payment_overdue")) {
            sql = QStringLiteral(
                "SELECT i.id, c.company_id, i.due_date FROM invoices i JOIN contracts c ON c.id = "
                "i.contract_id WHERE i.status IN ('sent', 'overdue') AND i.due_date < ? AND "
                "i.due_date >= ?");
            binds = {TimeFormat::toStoredDate(today),
                     TimeFormat::toStoredDate(today.addDays(-kOverdueWindowDays))};
        } else {
            // The same windows as the reminders: 30…15 days and 7…4 days left.
            const bool thirty = event == QLatin1String("renewal_30_days");
            sql = QStringLiteral("SELECT id, company_id, end_date FROM contracts WHERE status = 'active' AND "
                                 "end_date > ? AND end_date <= ?");
            binds = {TimeFormat::toStoredDate(today.addDays(thirty ? 14 : 3)),
                     TimeFormat::toStoredDate(today.addDays(thirty ? 30 : 7))};
        }
        auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
        if (!rows)
            return rows.error();
        QList<std::tuple<qint64, qint64, QString>> events;
        while (rows->next())
            events << std::make_tuple(rows->value(0).toLongLong(), rows->value(1).toLongLong(),
                                      rows->value(2).toString());
        rows->finish();
        const QString what = event == QLatin1String("payment_overdue") ? QStringLiteral("invoice")
                                                                       : QStringLiteral("contract");
        for (const auto& [recordId, companyId, date] : events) {
            const QString key = QStringLiteral("%1:%2:%3:%4:sequence:%5")
                                    .arg(event, what)
                                    .arg(recordId)
                                    .arg(date)
                                    .arg(sequenceId);
            auto id = service.enrolFromTrigger(sequenceId, companyId, key);
            if (!id)
                return id.error();
            if (id.value() != 0)
                ++report.enrolled;
        }
    }
    return Status::success();
}
