#include "records/DeletionImpact.h"

#include <QCoreApplication>
#include <QStringList>

QString DeletionImpact::describe() const
{
    QStringList parts;
    for (const Dependent& dependent : dependents) {
        if (dependent.count > 0)
            parts << QStringLiteral("%1: %2").arg(dependent.what).arg(dependent.count);
    }
    const QString question = QCoreApplication::translate("DeletionImpact", "Delete %1?").arg(recordLabel);
    if (parts.isEmpty())
        return question + QLatin1Char(' ') +
               QCoreApplication::translate("DeletionImpact", "Nothing else is deleted with it.");
    return question + QLatin1Char(' ') +
           QCoreApplication::translate("DeletionImpact", "This also deletes %1.")
               .arg(parts.join(QStringLiteral(", ")));
}

QString DeletionImpact::summary() const
{
    QStringList parts;
    for (const Dependent& dependent : dependents) {
        if (dependent.count > 0)
            parts << QStringLiteral("%1: %2").arg(dependent.what).arg(dependent.count);
    }
    if (parts.isEmpty())
        return recordLabel;
    return QCoreApplication::translate("DeletionImpact", "%1 (with %2)")
        .arg(recordLabel, parts.join(QStringLiteral(", ")));
}
