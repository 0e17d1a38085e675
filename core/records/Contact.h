#pragma once

#include "records/RecordField.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct Contact
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString name;
    QString email;
    QString phone;
    QString title;
    QString department;
    QString contactType = QStringLiteral("other"); // ContactType code
    bool isBillingContact = false;
    QString language = QStringLiteral("en"); // Language code
    bool isActive = true;
    bool unsubscribed = false;
    QDateTime unsubscribedAt;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    static const QList<RecordField<Contact>>& fields();
};
