#include "cli/TemplateCommands.h"

#include "cli/CliContext.h"
#include "cli/CliRegistry.h"
#include "cli/ExitCode.h"
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateService.h"
#include "templates/TemplateVariables.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
Result<QString> readTextFile(const QString& option, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate("TemplateCommands", "Cannot read --%1 \"%2\": %3.")
                             .arg(option, path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

Result<qint64> idFrom(const QString& what, const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(
            what, QCoreApplication::translate("TemplateCommands", "\"%1\" is not a %2 id.").arg(text, what));
    return id;
}

int listTemplates(CliContext& cli)
{
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    TemplateListQuery query;
    query.templateType = cli.option(QStringLiteral("type")).trimmed().toLower();
    query.language = cli.option(QStringLiteral("language")).trimmed().toLower();
    query.activeOnly = cli.flag(QStringLiteral("active_only"));
    query.search = cli.option(QStringLiteral("search"));
    query.sortField = cli.option(QStringLiteral("sort"));
    query.descending = cli.flag(QStringLiteral("desc"));
    if (!query.templateType.isEmpty() && !TemplateCatalogue::findType(query.templateType))
        return cli.fail(Error::invalid(
            QStringLiteral("type"),
            QCoreApplication::translate("TemplateCommands", "\"%1\" is not a template type; use one of: %2.")
                .arg(query.templateType, TemplateCatalogue::typeCodes().join(QStringLiteral(", ")))));
    auto templates = TemplateService(context.value()).list(query);
    if (!templates)
        return cli.fail(templates.error());
    // A table shows one line per template; CSV and JSON carry the bodies as well.
    QList<RecordField<EmailTemplate>> fields = EmailTemplate::fields();
    if (cli.format() == OutputFormat::Table) {
        const QStringList columns = EmailTemplate::listColumns();
        fields.removeIf(
            [&](const RecordField<EmailTemplate>& field) { return !columns.contains(field.name); });
    }
    cli.print(CliTable::fromRecords(fields, templates.value()));
    return ExitCode::Success;
}

int addTemplate(CliContext& cli)
{
    if (!cli.args().isEmpty())
        return cli.usageError(QCoreApplication::translate(
            "TemplateCommands", "template add takes options only, e.g. --name N --type T --language L "
                                "--subject S --html-file F."));
    for (const QString& required : {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("subject"),
                                    QStringLiteral("html_file")}) {
        if (!cli.hasOption(required))
            return cli.usageError(QCoreApplication::translate("TemplateCommands", "template add needs --%1.")
                                      .arg(QString(required).replace(QLatin1Char('_'), QLatin1Char('-'))));
    }
    auto html = readTextFile(QStringLiteral("html-file"), cli.option(QStringLiteral("html_file")));
    if (!html)
        return cli.fail(html.error());
    EmailTemplate t;
    t.name = cli.option(QStringLiteral("name"));
    t.templateType = cli.option(QStringLiteral("type"));
    t.language = cli.option(QStringLiteral("language"), QStringLiteral("en"));
    t.subject = cli.option(QStringLiteral("subject"));
    t.htmlBody = html.value();
    t.isActive = cli.flag(QStringLiteral("active"));
    if (cli.hasOption(QStringLiteral("text_file"))) {
        auto text = readTextFile(QStringLiteral("text-file"), cli.option(QStringLiteral("text_file")));
        if (!text)
            return cli.fail(text.error());
        t.textBody = text.value();
    }
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto id = TemplateService(context.value()).create(t);
    if (!id) {
        // The validator's messages name the variable ("{{contract_no}}: did you mean …?"); say
        // first that nothing was stored.
        Error error = id.error();
        if (error.code == ErrorCode::Invalid)
            error.message = QCoreApplication::translate("TemplateCommands", "The template was not saved: %1")
                                .arg(error.message);
        return cli.fail(error);
    }
    cli.out() << id.value() << '\n';
    return ExitCode::Success;
}

int renderTemplate(CliContext& cli)
{
    if (cli.args().size() != 1 || !cli.hasOption(QStringLiteral("contact")))
        return cli.usageError(QCoreApplication::translate(
            "TemplateCommands",
            "Say which template and contact, e.g. rapport-cli template render 3 --contact 12."));
    auto templateId = idFrom(QStringLiteral("template"), cli.arg(0));
    if (!templateId)
        return cli.fail(templateId.error());
    auto contactId = idFrom(QStringLiteral("contact"), cli.option(QStringLiteral("contact")));
    if (!contactId)
        return cli.fail(contactId.error());
    TemplateSources sources;
    for (const auto& [option, target] : {std::pair{QStringLiteral("contract"), &sources.contractId},
                                         std::pair{QStringLiteral("invoice"), &sources.invoiceId}}) {
        if (!cli.hasOption(option))
            continue;
        auto id = idFrom(option, cli.option(option));
        if (!id)
            return cli.fail(id.error());
        *target = id.value();
    }
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    auto emailTemplate = TemplateService(context.value()).get(templateId.value());
    if (!emailTemplate)
        return cli.fail(emailTemplate.error());
    auto values =
        TemplateVariables(context.value()).collect(contactId.value(), emailTemplate->templateType, sources);
    if (!values)
        return cli.fail(values.error());
    const RenderedEmail rendered = TemplateRenderer::render(emailTemplate.value(), values.value());
    if (cli.format() == OutputFormat::Json) {
        QJsonObject object{{QStringLiteral("subject"), rendered.subject},
                           {QStringLiteral("html_body"), rendered.html},
                           {QStringLiteral("text_body"), rendered.text},
                           {QStringLiteral("missing"), QJsonArray::fromStringList(rendered.missing)}};
        cli.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        cli.out() << rendered.subject << "\n\n"
                  << (cli.flag(QStringLiteral("text_only")) ? rendered.text : rendered.html) << '\n';
    }
    if (!rendered.missing.isEmpty()) {
        QStringList names;
        for (const QString& name : rendered.missing)
            names << QStringLiteral("{{") + name + QStringLiteral("}}");
        cli.err() << QCoreApplication::translate("TemplateCommands",
                                                 "Note: no value for %1 for this contact; left empty.")
                         .arg(names.join(QStringLiteral(", ")))
                  << '\n';
    }
    return ExitCode::Success;
}

int setActive(CliContext& cli, bool active)
{
    if (cli.args().size() != 1)
        return cli.usageError(QCoreApplication::translate(
            "TemplateCommands", "Say which template, e.g. rapport-cli template activate 3."));
    auto id = idFrom(QStringLiteral("template"), cli.arg(0));
    if (!id)
        return cli.fail(id.error());
    auto context = cli.services();
    if (!context)
        return cli.fail(context.error());
    if (auto changed = TemplateService(context.value()).setActive(id.value(), active); !changed)
        return cli.fail(changed.error());
    cli.out() << id.value() << '\n';
    return ExitCode::Success;
}

const QString kListUsage =
    QStringLiteral("[--type T] [--language en|th] [--active-only] [--search TEXT] [--sort FIELD] [--desc]");
} // namespace

void registerTemplateCommands(CliRegistry& registry)
{
    const QStringList listFlags = {QStringLiteral("active_only"), QStringLiteral("desc")};
    registry.add({{QStringLiteral("list"), QStringLiteral("templates")},
                  QStringLiteral("list templates ") + kListUsage,
                  QCoreApplication::translate("TemplateCommands",
                                              "List email templates (CSV and JSON include the bodies)."),
                  listFlags,
                  listTemplates});
    registry.add({{QStringLiteral("template"), QStringLiteral("list")},
                  QStringLiteral("template list ") + kListUsage,
                  QCoreApplication::translate("TemplateCommands", "The same as list templates."),
                  listFlags,
                  listTemplates});
    registry.add({{QStringLiteral("template"), QStringLiteral("add")},
                  QStringLiteral("template add --name N --type T --language en|th --subject S --html-file F "
                                 "[--text-file F] [--active]"),
                  QCoreApplication::translate(
                      "TemplateCommands",
                      "Create an email template; its {{variables}} must suit its type. Prints the new id."),
                  {QStringLiteral("active")},
                  addTemplate});
    registry.add({{QStringLiteral("template"), QStringLiteral("render")},
                  QStringLiteral(
                      "template render ID --contact CONTACT_ID [--contract ID] [--invoice ID] [--text-only]"),
                  QCoreApplication::translate(
                      "TemplateCommands",
                      "Print a template filled in for a contact: the subject, a blank line, then the HTML "
                      "body (or the text body with --text-only)."),
                  {QStringLiteral("text_only")},
                  renderTemplate});
    registry.add({{QStringLiteral("template"), QStringLiteral("activate")},
                  QStringLiteral("template activate ID"),
                  QCoreApplication::translate("TemplateCommands",
                                              "Make a template active, so reminders and sequences use it."),
                  {},
                  [](CliContext& cli) {
                      return setActive(cli, true);
                  }});
    registry.add({{QStringLiteral("template"), QStringLiteral("deactivate")},
                  QStringLiteral("template deactivate ID"),
                  QCoreApplication::translate("TemplateCommands", "Make a template inactive."),
                  {},
                  [](CliContext& cli) {
                      return setActive(cli, false);
                  }});
}
