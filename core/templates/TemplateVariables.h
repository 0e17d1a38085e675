#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "templates/TemplateValues.h"

#include <QCoreApplication>
#include <optional>

struct TemplateTicket
{
    QString number;
    QString subject;
    QString status;  // as the recipient should read it, e.g. "Resolved"
    QString message; // the latest public message (reply, else the original request)
};

struct TemplateSources
{
    // The contract or invoice the mail is about. When 0 and the type needs one, the company's
    // most relevant one is used: for renewals the active contract ending soonest (from today),
    // for contract_signed the latest active contract, for payments the unpaid invoice due
    // soonest. A contract or invoice of another company is refused.
    qint64 contractId = 0;
    qint64 invoiceId = 0;
    std::optional<TemplateTicket> ticket;
    QString sequenceName;
    QString senderName; // overrides the office sender name (e.g. the agent answering a ticket)

    static TemplateSources contract(qint64 id)
    {
        TemplateSources sources;
        sources.contractId = id;
        return sources;
    }
    static TemplateSources invoice(qint64 id)
    {
        TemplateSources sources;
        sources.invoiceId = id;
        return sources;
    }
};

// Collects the values a template's variables take for a real recipient, so that the preview, the
// CLI, sequences, reminders and ticket mails all fill templates the same way.
//
//   TemplateVariables variables(context);
//   auto values = variables.collect(contactId, "renewal_30_days", TemplateSources::contract(contract.id));
//
// Common values: company_name, contact_name, current_year (office-local today), unsubscribe_url
// (the office's unsubscribe web address with {email} filled in, else a mailto: link to the
// unsubscribe mailbox or the sender address asking to unsubscribe this contact's address),
// sender_name (office setting, unless TemplateSources::senderName overrides it).
class TemplateVariables
{
    Q_DECLARE_TR_FUNCTIONS(TemplateVariables)

public:
    explicit TemplateVariables(ServiceContext context);

    // The common values and those the type offers; values that cannot be found are left out (the
    // renderer reports them as missing).
    Result<TemplateValues> collect(qint64 contactId, const QString& templateType,
                                   const TemplateSources& sources = {}) const;
    // Only the common values.
    Result<TemplateValues> forContact(qint64 contactId) const;

    Status addContract(TemplateValues& values, qint64 contractId) const;
    Status addInvoice(TemplateValues& values, qint64 invoiceId) const;
    static void addTicket(TemplateValues& values, const TemplateTicket& ticket);
    static void addSequence(TemplateValues& values, const QString& sequenceName);

    // Believable values for every variable of a type, for the editor's preview without a contact.
    static TemplateValues sample(const QString& templateType, const QString& language, const QDate& today);
    // https://…?e={email} when the office has an unsubscribe web address, else
    // mailto:MAILBOX?subject=Unsubscribe%20CONTACT; empty when there is neither.
    static QString unsubscribeUrl(const QString& webAddress, const QString& mailbox,
                                  const QString& contactEmail);

private:
    Result<qint64> pickContract(qint64 companyId, const QString& templateType) const;
    Result<qint64> pickInvoice(qint64 companyId) const;
    QDate today() const;

    ServiceContext m_context;
};
