#include "templates/TemplateService.h"

#include "audit/AuditLog.h"
#include "auth/Authorizer.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "records/Language.h"
#include "records/RecordFields.h"
#include "records/RecordValidation.h"
#include "templates/HtmlSanitizer.h"
#include "templates/TemplateCatalogue.h"

namespace {
const QString kColumns = QStringLiteral("id, name, template_type, language, subject, html_body, text_body, "
                                        "is_active, starter_key, created_at, updated_at");

EmailTemplate fromRow(const QSqlQuery& q)
{
    EmailTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.templateType = q.value(2).toString();
    t.language = q.value(3).toString();
    t.subject = q.value(4).toString();
    t.htmlBody = q.value(5).toString();
    t.textBody = q.value(6).toString();
    t.isActive = q.value(7).toInt() != 0;
    t.starterKey = q.value(8).toString();
    t.createdAt = TimeFormat::fromStoredTimestamp(q.value(9).toString());
    t.updatedAt = TimeFormat::fromStoredTimestamp(q.value(10).toString());
    return t;
}

// What is stored: trimmed fields and sanitised HTML.
EmailTemplate normalised(const EmailTemplate& in)
{
    EmailTemplate t = in;
    t.name = t.name.trimmed();
    t.templateType = t.templateType.trimmed().toLower();
    t.language = t.language.trimmed().toLower();
    t.subject = t.subject.trimmed();
    t.htmlBody = HtmlSanitizer::sanitize(t.htmlBody);
    if (t.textBody.trimmed().isEmpty())
        t.textBody = QStringLiteral(""); // empty, not NULL: the column is NOT NULL
    if (t.htmlBody.isNull())
        t.htmlBody = QStringLiteral("");
    return t;
}

QString whereClause(const TemplateListQuery& q, QVariantList& binds)
{
    QStringList conditions;
    if (!q.templateType.isEmpty()) {
        conditions << QStringLiteral("template_type = ?");
        binds << q.templateType;
    }
    if (!q.language.isEmpty()) {
        conditions << QStringLiteral("language = ?");
        binds << q.language;
    }
    if (q.activeOnly)
        conditions << QStringLiteral("is_active = 1");
    if (!q.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("(name_key LIKE ? ESCAPE '\\' OR lower(subject) LIKE ? ESCAPE '\\')");
        const QString pattern = RecordValidation::likePattern(q.search);
        binds << pattern << pattern;
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

TemplateProblem fieldProblem(const QString& field, const QString& message)
{
    TemplateProblem problem;
    problem.field = field;
    problem.message = message;
    return problem;
}
} // namespace

TemplateService::TemplateService(ServiceContext context) : m_context(std::move(context)) {}

QList<TemplateProblem> TemplateService::fieldProblems(const EmailTemplate& t) const
{
    QList<TemplateProblem> problems;
    if (t.name.trimmed().isEmpty())
        problems << fieldProblem(QStringLiteral("name"), tr("The template needs a name."));
    if (!TemplateCatalogue::findType(t.templateType.trimmed().toLower()))
        problems << fieldProblem(
            QStringLiteral("template_type"),
            tr("\"%1\" is not a template type; use one of: %2.")
                .arg(t.templateType, TemplateCatalogue::typeCodes().join(QStringLiteral(", "))));
    if (!LanguageCodes::fromCode(t.language))
        problems << fieldProblem(QStringLiteral("language"),
                                 tr("\"%1\" is not a template language; use one of: %2.")
                                     .arg(t.language, LanguageCodes::codes().join(QStringLiteral(", "))));
    if (t.subject.trimmed().isEmpty())
        problems << fieldProblem(QStringLiteral("subject"), tr("The subject is required."));
    else if (t.subject.contains(QLatin1Char('\n')) || t.subject.contains(QLatin1Char('\r')))
        problems << fieldProblem(QStringLiteral("subject"), tr("The subject must be a single line."));
    if (HtmlSanitizer::sanitize(t.htmlBody).trimmed().isEmpty() && t.textBody.trimmed().isEmpty())
        problems << fieldProblem(QStringLiteral("html_body"), tr("The body is empty."));
    return problems;
}

QList<TemplateProblem> TemplateService::problems(const EmailTemplate& t) const
{
    QList<TemplateProblem> problems = fieldProblems(t);
    if (!TemplateCatalogue::findType(t.templateType.trimmed().toLower()))
        return problems; // variables cannot be checked without a type
    const QString type = t.templateType.trimmed().toLower();
    // Positions refer to the text as written, so check that first; sanitising can only remove
    // placeholders, except when removed markup joins two halves, which the second check catches.
    QList<TemplateProblem> variables = TemplateValidator::check(type, t.subject, t.htmlBody, t.textBody);
    if (variables.isEmpty())
        variables = TemplateValidator::checkField(type, QStringLiteral("html_body"),
                                                  HtmlSanitizer::sanitize(t.htmlBody));
    return problems + variables;
}

Status TemplateService::validate(const EmailTemplate& t) const
{
    const QList<TemplateProblem> fields = fieldProblems(t);
    if (!fields.isEmpty())
        return Error::invalid(fields.first().field, fields.first().message);
    const QList<TemplateProblem> all = problems(t);
    if (!all.isEmpty())
        return TemplateValidator::toError(all);
    auto clash =
        SqlRun::scalar(m_context.db().connection(),
                       QStringLiteral("SELECT id FROM email_templates WHERE name_key = ? AND id <> ?"),
                       {t.name.trimmed().toCaseFolded(), t.id});
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return Error::conflict(
            QStringLiteral("name"),
            tr("A template called \"%1\" already exists (names are compared ignoring case).")
                .arg(t.name.trimmed()));
    return Status::success();
}

Result<EmailTemplate> TemplateService::get(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    auto query = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM email_templates WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return Error::notFound(tr("There is no template with id %1.").arg(id));
    return fromRow(query.value());
}

Result<QList<EmailTemplate>> TemplateService::list(const TemplateListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    static const QStringList sortable = {
        QStringLiteral("id"),         QStringLiteral("name"),      QStringLiteral("template_type"),
        QStringLiteral("language"),   QStringLiteral("is_active"), QStringLiteral("updated_at"),
        QStringLiteral("created_at"), QStringLiteral("subject")};
    QVariantList binds;
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM email_templates") +
                  whereClause(query, binds);
    const QString field = sortable.contains(query.sortField) ? query.sortField : QStringLiteral("name");
    const QString column = field == QLatin1String("name") ? QStringLiteral("name_key") : field;
    sql += QStringLiteral(" ORDER BY %1 %2, id")
               .arg(column, query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(query.limit).arg(query.offset);
    auto rows = SqlRun::exec(m_context.db().connection(), sql, binds);
    if (!rows)
        return rows.error();
    QList<EmailTemplate> templates;
    while (rows->next())
        templates.append(fromRow(rows.value()));
    return templates;
}

Result<qint64> TemplateService::count(const TemplateListQuery& query) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    QVariantList binds;
    auto total = SqlRun::scalar(
        m_context.db().connection(),
        QStringLiteral("SELECT count(*) FROM email_templates") + whereClause(query, binds), binds);
    if (!total)
        return total.error();
    return total->toLongLong();
}

Result<qint64> TemplateService::create(const EmailTemplate& emailTemplate) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed.error();
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started().error();
    EmailTemplate candidate = emailTemplate;
    candidate.id = 0;
    if (auto valid = validate(candidate); !valid)
        return valid.error();
    const EmailTemplate t = normalised(candidate);
    const QString now = TimeFormat::toStoredTimestamp(m_context.now());
    auto inserted = SqlRun::scalar(
        transaction.connection(),
        QStringLiteral(
            "INSERT INTO email_templates (name, name_key, template_type, language, subject, html_body, "
            "text_body, is_active, starter_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {t.name, t.name.toCaseFolded(), t.templateType, t.language, t.subject, t.htmlBody, t.textBody,
         t.isActive ? 1 : 0, SqlRun::nullIfEmpty(t.starterKey), now, now});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->toLongLong();
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (auto audited = AuditLog(m_context).recordCreate(
            QStringLiteral("email_template"), id, RecordFields::toAuditMap(EmailTemplate::fields(), *stored));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status TemplateService::update(const EmailTemplate& emailTemplate) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(emailTemplate.id);
    if (!before)
        return before.error();
    if (auto valid = validate(emailTemplate); !valid)
        return valid;
    const EmailTemplate t = normalised(emailTemplate);
    auto updated = SqlRun::exec(
        transaction.connection(),
        QStringLiteral("UPDATE email_templates SET name = ?, name_key = ?, template_type = ?, language = ?, "
                       "subject = ?, "
                       "html_body = ?, text_body = ?, is_active = ?, updated_at = ? WHERE id = ?"),
        {t.name, t.name.toCaseFolded(), t.templateType, t.language, t.subject, t.htmlBody, t.textBody,
         t.isActive ? 1 : 0, TimeFormat::toStoredTimestamp(m_context.now()), t.id});
    if (!updated)
        return updated.error();
    auto after = get(t.id);
    if (!after)
        return after.error();
    if (auto audited =
            AuditLog(m_context).recordUpdate(QStringLiteral("email_template"), t.id,
                                             RecordFields::toAuditMap(EmailTemplate::fields(), *before),
                                             RecordFields::toAuditMap(EmailTemplate::fields(), *after));
        !audited)
        return audited;
    return transaction.commit();
}

Status TemplateService::setActive(qint64 id, bool active) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed;
    auto current = get(id);
    if (!current)
        return current.error();
    if (current->isActive == active)
        return Status::success();
    EmailTemplate changed = current.value();
    changed.isActive = active;
    return update(changed);
}

Status TemplateService::remove(qint64 id) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ManageTemplates); !allowed)
        return allowed;
    Transaction transaction(m_context.db());
    if (!transaction.started())
        return transaction.started();
    auto before = get(id);
    if (!before)
        return before.error();
    auto deleted = SqlRun::exec(transaction.connection(),
                                QStringLiteral("DELETE FROM email_templates WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    if (auto audited = AuditLog(m_context).recordDelete(
            QStringLiteral("email_template"), id, RecordFields::toAuditMap(EmailTemplate::fields(), *before));
        !audited)
        return audited;
    return transaction.commit();
}

Result<std::optional<EmailTemplate>> TemplateService::findActive(const QString& templateType,
                                                                 const QString& language) const
{
    if (auto allowed = Authorizer::require(m_context.actor, Permission::ViewTemplates); !allowed)
        return allowed.error();
    // The most recently changed active template wins when an office keeps more than one.
    auto rows = SqlRun::exec(
        m_context.db().connection(),
        QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(
                " FROM email_templates WHERE template_type = ? AND is_active = 1 AND language IN (?, 'en') "
                "ORDER BY CASE WHEN language = ? THEN 0 ELSE 1 END, updated_at DESC, id DESC LIMIT 1"),
        {templateType, language, language});
    if (!rows)
        return rows.error();
    if (!rows->next())
        return std::optional<EmailTemplate>();
    return std::optional<EmailTemplate>(fromRow(rows.value()));
}
