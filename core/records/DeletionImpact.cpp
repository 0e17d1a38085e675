#include "records/DeletionImpact.h"

#include <QCoreApplication>
#include <QStringList>

QString DeletionImpact::describe() const
{
    QStringList parts;
    for (const Dependent& dependent : dependents) {
        if (dependent.count > 0)
            parts << QStringLiteral("%1 %2").arg(dependent.count).arg(dependent.what);
    }
    const QString question = QCoreApplication::translate("DeletionImpact", "Delete %1?").arg(recordLabel);
    if (parts.isEmpty())
        return question + QLatin1Char(' ') + QCoreApplication::translate("DeletionImpact", "Nothing else is deleted with it.");
    return question + QLatin1Char(' ') +
           QCoreApplication::translate("DeletionImpact", "This also deletes %1.").arg(parts.join(QStringLiteral(", ")));
}
