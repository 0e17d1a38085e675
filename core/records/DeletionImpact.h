#pragma once

#include <QList>
#include <QString>

// What else a delete removes, so the confirmation can say so before anything happens.
struct DeletionImpact
{
    QString recordLabel; // e.g. the company's name
    struct Dependent
    {
        QString what; // translated plural noun, e.g. "contacts"
        qint64 count = 0;
    };
    QList<Dependent> dependents;

    // "Delete Siam Hotel? This also deletes contacts: 3, contracts: 2." (translated), for confirmations.
    QString describe() const;
    // "Siam Hotel (with contacts: 3, contracts: 2)", for reporting a delete that happened.
    QString summary() const;
};
