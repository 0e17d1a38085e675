#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/Company.h"
#include "records/Contact.h"
#include "records/Contract.h"
#include "records/Invoice.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

// The few facts sequences and reminders need about an email template.
struct MailTemplate
{
    qint64 id = 0;
    QString name;
    QString templateType;
    QString language;
    QString subject;
    QString htmlBody;
    QString textBody;
    bool isActive = false;
};

struct ComposedMail
{
    QString subject;
    QString html;
    QString text;
};

// Finds and fills email templates for sequences and reminders.
//
// Interim seam: reads the email_templates table of the templates area directly and fills
// {{variables}} with plain values. Once core/templates is on main this delegates to
// TemplateService::findActive, TemplateVariables::collect and TemplateRenderer::render, and
// nothing outside this class changes.
class TemplateMail
{
    Q_DECLARE_TR_FUNCTIONS(TemplateMail)

public:
    explicit TemplateMail(ServiceContext context);

    Result<std::optional<MailTemplate>> get(qint64 id) const;
    Result<QList<MailTemplate>> list() const;
    // The active template of a type in a language, else the active English one, else none.
    Result<std::optional<MailTemplate>> findActive(const QString& templateType,
                                                   const QString& language) const;

    struct Subject
    {
        std::optional<Contract> contract;
        std::optional<Invoice> invoice;
        QString sequenceName;
    };
    Result<ComposedMail> compose(const MailTemplate& mailTemplate, const Contact& contact,
                                 const Company& company, const Subject& subject = {}) const;

private:
    ServiceContext m_context;
};
