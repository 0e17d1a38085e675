#pragma once

#include "records/RecordField.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct Company
{
    qint64 id = 0;
    QString name;
    QString industry;
    QString country;
    QString city;
    QString address;
    QString website;
    QString billingEntity;
    QString paymentTerms;
    bool isActive = true;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    static const QList<RecordField<Company>>& fields();
};
