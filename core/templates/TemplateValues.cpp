#include "templates/TemplateValues.h"

#include "templates/TemplateFormat.h"

QString TemplateValues::formatted(const QString& name, const QString& language) const
{
    const TemplateValue* found = find(name);
    return found ? TemplateFormat::value(*found, language) : QString();
}
