#include "templates/StarterTemplates.h"

#include "db/Database.h"
#include "db/SqlRun.h"
#include "db/Transaction.h"
#include "templates/TemplateService.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kDirectory = QStringLiteral(":/templates/");

Result<QString> readResource(const QString& name)
{
    QFile file(kDirectory + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QCoreApplication::translate(
                             "StarterTemplates", "The starter template file %1 is missing from this build.")
                             .arg(name));
    return QString::fromUtf8(file.readAll());
}
} // namespace

namespace StarterTemplates {

Result<QList<EmailTemplate>> load()
{
    auto manifest = readResource(QStringLiteral("starter_templates.json"));
    if (!manifest)
        return manifest.error();
    const QJsonArray entries = QJsonDocument::fromJson(manifest->toUtf8()).array();
    QList<EmailTemplate> templates;
    for (const QJsonValue& entry : entries) {
        const QJsonObject object = entry.toObject();
        auto body = readResource(object.value(QLatin1String("html_file")).toString());
        if (!body)
            return body.error();
        EmailTemplate t;
        t.starterKey = object.value(QLatin1String("key")).toString();
        t.name = object.value(QLatin1String("name")).toString();
        t.templateType = object.value(QLatin1String("template_type")).toString();
        t.language = object.value(QLatin1String("language")).toString();
        t.subject = object.value(QLatin1String("subject")).toString();
        t.htmlBody = body.value();
        t.isActive = false;
        templates.append(t);
    }
    return templates;
}

} // namespace StarterTemplates

Result<int> installStarterTemplates(const ServiceContext& context)
{
    auto starters = StarterTemplates::load();
    if (!starters)
        return starters.error();
    Transaction transaction(context.db());
    if (!transaction.started())
        return transaction.started().error();
    const TemplateService service(context);
    int installed = 0;
    for (const EmailTemplate& starter : starters.value()) {
        auto present = SqlRun::scalar(
            transaction.connection(),
            QStringLiteral("SELECT count(*) FROM email_templates WHERE starter_key = ? OR name_key = ?"),
            {starter.starterKey, starter.name.toCaseFolded()});
        if (!present)
            return present.error();
        if (present->toLongLong() > 0)
            continue;
        auto created = service.create(starter);
        if (!created)
            return created.error();
        ++installed;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return installed;
}
