#include "filters/FilterField.h"

#include <QCoreApplication>

QString FilterField::displayLabel() const
{
    const QString text = QCoreApplication::translate("FilterField", label);
    if (entity == FilterEntity::Contact && isCompanyField())
        return QCoreApplication::translate("FilterField", "Company: %1").arg(text);
    return text;
}

QString FilterField::displayDescription() const
{
    return description && *description ? QCoreApplication::translate("FilterField", description) : QString();
}

QString FilterField::enumValueLabel(const QString& code) const
{
    if (enumLabel) {
        const QString text = enumLabel(code);
        if (!text.isEmpty())
            return text;
    }
    return code;
}
