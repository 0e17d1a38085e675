#pragma once

#include "records/RecordField.h"

#include <QDateTime>
#include <QList>
#include <QString>

// An email template (SPEC §3). htmlBody is stored sanitised; textBody is optional (the renderer
// derives one from the HTML when it is empty).
struct EmailTemplate
{
    qint64 id = 0;
    QString name;
    QString templateType = QStringLiteral("custom"); // TemplateCatalogue type code
    QString language = QStringLiteral("en");         // Language code
    QString subject;
    QString htmlBody;
    QString textBody;
    bool isActive = false;
    // "renewal_30_days.en" for the starter templates that `init` installs; empty otherwise.
    QString starterKey;
    QDateTime createdAt;
    QDateTime updatedAt;

    // Fields for the CLI, JSON and the audit trail. The bodies are listed last.
    static const QList<RecordField<EmailTemplate>>& fields();
    // The fields `list templates` shows in a table (no bodies).
    static QStringList listColumns();
};
