#include "templates/TemplateTestMail.h"

#include "auth/Authorizer.h"
#include "auth/UserService.h"
#include "mail/Outbox.h"
#include "settings/OfficeSettings.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateService.h"
#include "templates/TemplateValidator.h"
#include "templates/TemplateVariables.h"

#include <QUuid>

TemplateTestMail::TemplateTestMail(ServiceContext context) : m_context(std::move(context)) {}

QList<TemplateProblem> TemplateTestMail::problems(const EmailTemplate& emailTemplate) const
{
    QList<TemplateProblem> all = TemplateService(m_context).problems(emailTemplate);
    all.removeIf([](const TemplateProblem& problem) { return problem.field == QLatin1String("name"); });
    return all;
}

Result<QString> TemplateTestMail::send(const EmailTemplate& emailTemplate, qint64 contactId) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    if (!m_context.actor.isUser())
        return Error::invalid(QStringLiteral("to"),
                              tr("A test email goes to the signed-in user; sign in first."));
    auto user = UserService(m_context).get(m_context.actor.userId);
    if (!user)
        return user.error();
    if (user->email.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("email"),
            tr("Your user account has no email address to send the test to; add one in Users."));
    // A test of a template that could not be saved would only show the same problems.
    const QList<TemplateProblem> blocking = problems(emailTemplate);
    if (!blocking.isEmpty())
        return TemplateValidator::toError(blocking);

    TemplateValues values;
    if (contactId == 0) {
        values = TemplateVariables::sample(emailTemplate.templateType, emailTemplate.language,
                                           OfficeSettings(m_context).today());
    } else {
        auto collected = TemplateVariables(m_context).collect(contactId, emailTemplate.templateType);
        if (!collected)
            return collected.error();
        values = collected.value();
    }
    const RenderedEmail rendered = TemplateRenderer::render(emailTemplate, values);
    OutgoingMail mail;
    // Every click is its own test mail.
    mail.dedupeKey = QStringLiteral("template-test:%1:%2")
                         .arg(m_context.actor.userId)
                         .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    mail.kind = MailKind::Transactional;
    mail.to = {user->email.trimmed(), user->displayName()};
    mail.subject = tr("[Test] %1").arg(rendered.subject);
    mail.htmlBody = rendered.htmlDocument();
    mail.textBody = rendered.text;
    mail.sourceType = QStringLiteral("template_test");
    mail.sourceId = emailTemplate.id;
    mail.contactId = contactId;
    auto queued = Outbox(m_context).enqueue(mail);
    if (!queued)
        return queued.error();
    return user->email.trimmed();
}
