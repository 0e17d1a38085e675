#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

enum class ContactType
{
    Primary,
    Billing,
    Technical,
    DecisionMaker,
    Other
};

// Stored codes and translated labels for the contact type.
namespace ContactTypeCodes {
QString toCode(ContactType value);
std::optional<ContactType> fromCode(const QString& code);
QString label(ContactType value);
QStringList codes();
QList<ContactType> all();
} // namespace ContactTypeCodes
