#include "records/ContactType.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<ContactType>{ContactType::Primary, "primary", QT_TRANSLATE_NOOP("ContactType", "Primary")},
    EnumCode<ContactType>{ContactType::Billing, "billing", QT_TRANSLATE_NOOP("ContactType", "Billing")},
    EnumCode<ContactType>{ContactType::Technical, "technical", QT_TRANSLATE_NOOP("ContactType", "Technical")},
    EnumCode<ContactType>{ContactType::DecisionMaker, "decision_maker",
                          QT_TRANSLATE_NOOP("ContactType", "Decision maker")},
    EnumCode<ContactType>{ContactType::Other, "other", QT_TRANSLATE_NOOP("ContactType", "Other")},
};
} // namespace

namespace ContactTypeCodes {
QString toCode(ContactType value)
{
    return EnumCodes::toCode<ContactType>(kTable, value);
}

std::optional<ContactType> fromCode(const QString& code)
{
    return EnumCodes::fromCode<ContactType>(kTable, code);
}

QString label(ContactType value)
{
    return EnumCodes::label<ContactType>(kTable, "ContactType", value);
}

QStringList codes()
{
    return EnumCodes::codes<ContactType>(kTable);
}

QList<ContactType> all()
{
    QList<ContactType> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace ContactTypeCodes
