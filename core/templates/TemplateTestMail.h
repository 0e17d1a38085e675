#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "templates/EmailTemplate.h"
#include "templates/TemplateValidator.h"

#include <QCoreApplication>

// "Send test email" (SPEC §3): renders a template — saved or still being edited — for a contact or
// for sample data, and queues it in the outbox to the signed-in user's own address. The subject
// starts with "[Test]" so nobody mistakes it for a customer mail. The scheduler delivers it.
class TemplateTestMail
{
    Q_DECLARE_TR_FUNCTIONS(TemplateTestMail)

public:
    explicit TemplateTestMail(ServiceContext context);

    // contactId 0 means sample data. Returns the address the mail was queued to.
    Result<QString> send(const EmailTemplate& emailTemplate, qint64 contactId) const;

    // What stops a test send: everything that would stop a save except a missing name, so a
    // fresh draft can be tried before anyone has thought of what to call it.
    QList<TemplateProblem> problems(const EmailTemplate& emailTemplate) const;

private:
    ServiceContext m_context;
};
