#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How a variable's value is formatted for the template's language.
enum class VariableKind
{
    Text,   // as given
    Date,   // "14 March 2025" / "14 มีนาคม 2568"
    Money,  // "THB 12,500.00" / "12,500.00 บาท"
    Number, // a whole number (days)
    Url,    // a link target; allowed as an href in the sanitised HTML
};

struct TemplateVariable
{
    QString name; // written {{name}} in a template
    VariableKind kind = VariableKind::Text;
    const char* description; // English; translated with the "TemplateVariable" context

    QString translatedDescription() const;
};

// What the variables of a type are about, so that the editor can group chips and so that
// TemplateVariables knows which record to look for.
enum class TemplateGroup
{
    Renewal,
    Payment,
    Contract,
    Ticket,
    Sequence,
    General
};

struct TemplateTypeInfo
{
    QString code; // stored lower_snake code
    TemplateGroup group = TemplateGroup::General;
    const char* label; // English; translated with the "TemplateType" context

    QString translatedLabel() const;
};

// The template types of SPEC §3 and the variables each offers, in one table. The editor's
// variable guide, the validator, the renderer's sample data and the CLI all read it from here.
namespace TemplateCatalogue {
const QList<TemplateTypeInfo>& types();
const TemplateTypeInfo* findType(const QString& code);
QStringList typeCodes();
// Translated label, or the code itself for an unknown type.
QString typeLabel(const QString& code);

// The variables a type offers, common ones first; empty for an unknown type.
QList<TemplateVariable> variables(const QString& typeCode);
// A variable of any type by name, or nullptr.
const TemplateVariable* findVariable(const QString& name);
bool offers(const QString& typeCode, const QString& variableName);

// The renewal and payment types: the ones that have starter templates.
QStringList renewalAndPaymentTypes();
} // namespace TemplateCatalogue
