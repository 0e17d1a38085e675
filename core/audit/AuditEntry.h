#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

struct AuditEntry
{
    qint64 id = 0;
    QString entityType; // "company", "contact", …
    qint64 entityId = 0;
    QString action; // "create", "update", "delete"
    QString actor;  // username, or "cli"
    QDateTime at;
    QList<FieldChange> changes;
};
