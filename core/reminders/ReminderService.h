#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>
#include <QDate>

struct ReminderRunReport
{
    bool ran = false; // false when the daily run was not due (already done for the latest run time)
    QDate day;        // office-local date the run was for
    int queued = 0;   // reminder mails put in the outbox
    int alreadySent = 0;
    int missingTemplates = 0; // recipients left without a mail because no template was active
    int enrolled = 0;         // triggered sequence enrolments
};

// The daily reminder run (SPEC §5): renewal reminders at 30, 14 and 7 days and urgently at 3 or
// fewer, payment reminders 3 days before due and payment_overdue once overdue, and enrolment of
// the renewal_30_days, renewal_7_days and payment_overdue triggered sequences.
//
// Windows, not days: a reminder is due on any day of its window (30-day: 30…15 days left,
// 14-day: 14…8, 7-day: 7…4, urgent: 3…0; payment reminder: 3…0 days before due; overdue: 1…30
// days past due), so a day without a run loses nothing. Exactly once per contract (or invoice)
// and its end (or due) date, window and recipient comes from the outbox's unique dedupe key,
// whatever the number of runs, restarts or desktops. A renewed contract with a new end date gets
// its reminders again.
class ReminderService
{
    Q_DECLARE_TR_FUNCTIONS(ReminderService)

public:
    static constexpr char kJobName[] = "reminders";

    explicit ReminderService(ServiceContext context);

    // The most recent moment the daily run was scheduled for (today at the run time if that has
    // passed, else yesterday's), in UTC.
    QDateTime latestScheduledRun() const;
    // Runs unless it already ran since latestScheduledRun(): the check and the run are one
    // transaction, so two desktops starting together run it once.
    Result<ReminderRunReport> runIfDue() const;
    // Runs now for today's office date, due or not (still exactly once per reminder).
    Result<ReminderRunReport> runNow() const;

    // Which renewal window `daysLeft` falls in: the template type, or empty outside every window.
    static QString renewalWindow(qint64 daysLeft);
    // Which payment window: payment_reminder, payment_overdue, or empty.
    static QString paymentWindow(qint64 daysUntilDue);

private:
    Status runRenewals(const QDate& today, ReminderRunReport& report) const;
    Status runPayments(const QDate& today, ReminderRunReport& report) const;
    Status enrolTriggered(const QDate& today, ReminderRunReport& report) const;
    Status sendTo(qint64 companyId, const QString& templateType, const QString& keyPrefix, qint64 contractId,
                  qint64 invoiceId, ReminderRunReport& report) const;

    ServiceContext m_context;
};
