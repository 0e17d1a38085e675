#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "templates/EmailTemplate.h"
#include "templates/TemplateValidator.h"

#include <QCoreApplication>
#include <optional>

struct TemplateListQuery
{
    QString templateType; // a type code; empty = all
    QString language;     // "en", "th"; empty = all
    bool activeOnly = false;
    QString search;    // substring of the name or subject, ignoring case
    QString sortField; // name (default), template_type, language, is_active, updated_at, id
    bool descending = false;
    int limit = -1;
    int offset = 0;
};

// Email templates: CRUD with permission checks (ViewTemplates / ManageTemplates) and an audit row
// per change. Saving validates the variables against the type's catalogue and stores the HTML
// sanitised; a template that fails validation is not stored.
class TemplateService
{
    Q_DECLARE_TR_FUNCTIONS(TemplateService)

public:
    explicit TemplateService(ServiceContext context);

    Result<EmailTemplate> get(qint64 id) const;
    Result<QList<EmailTemplate>> list(const TemplateListQuery& query = {}) const;
    Result<qint64> count(const TemplateListQuery& query = {}) const;
    // Validates, sanitises and inserts; returns the new id.
    Result<qint64> create(const EmailTemplate& emailTemplate) const;
    Status update(const EmailTemplate& emailTemplate) const;
    Status setActive(qint64 id, bool active) const;
    Status remove(qint64 id) const;

    // The active template of a type in a language, falling back to English when there is none in
    // that language (SPEC §5); nullopt when there is neither.
    Result<std::optional<EmailTemplate>> findActive(const QString& templateType,
                                                    const QString& language) const;

    // Everything that would stop the template being saved, each with its position, for the
    // editor's banner. Field rules (name, type, language, subject) come first, then variables.
    QList<TemplateProblem> problems(const EmailTemplate& emailTemplate) const;
    // The first field problem or all variable problems as one Error; success when it can be saved.
    Status validate(const EmailTemplate& emailTemplate) const;

private:
    QList<TemplateProblem> fieldProblems(const EmailTemplate& emailTemplate) const;

    ServiceContext m_context;
};
