#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>

struct SequenceRunReport
{
    int enrolled = 0;  // by the contract_signed trigger
    int processed = 0; // due steps handled
    int queued = 0;    // mails put in the outbox
    int skipped = 0;   // step mails skipped (condition false, step switched off)
    int completed = 0;
    int cancelled = 0;
    int waiting = 0; // due steps held back because their template is switched off
};

// Works through due sequence steps. Each due step of an enrolment is one transaction: the
// recipients are checked (unsubscribed or inactive → the enrolment is cancelled with the reason),
// the condition is evaluated per recipient, the rendered mail is queued in the outbox with a
// dedupe key per enrolment, step and contact, the step's sequence_emails rows are written, and
// the enrolment advances (or completes after the last step). A crash in between leaves nothing
// half-done, and two processes never queue a step twice.
class SequenceProcessor
{
    Q_DECLARE_TR_FUNCTIONS(SequenceProcessor)

public:
    explicit SequenceProcessor(ServiceContext context);

    // Everything one scheduler tick does for sequences.
    Result<SequenceRunReport> run() const;

    Result<SequenceRunReport> processDue(int limit = 500) const;
    // Enrols companies whose contract became active into active contract_signed sequences.
    Result<int> enrolSignedContracts() const;
    // Copies the outcome of delivered or failed outbox mails into sequence_emails.
    Status syncDeliveryStatus() const;

private:
    Status processOne(qint64 enrolmentId, SequenceRunReport& report) const;

    ServiceContext m_context;
};
