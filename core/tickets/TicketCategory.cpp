#include "tickets/TicketCategory.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<TicketCategory>{TicketCategory::Technical, "technical",
                             QT_TRANSLATE_NOOP("TicketCategory", "Technical")},
    EnumCode<TicketCategory>{TicketCategory::Billing, "billing",
                             QT_TRANSLATE_NOOP("TicketCategory", "Billing")},
    EnumCode<TicketCategory>{TicketCategory::ZoneConfig, "zone_config",
                             QT_TRANSLATE_NOOP("TicketCategory", "Zone configuration")},
    EnumCode<TicketCategory>{TicketCategory::Account, "account",
                             QT_TRANSLATE_NOOP("TicketCategory", "Account")},
    EnumCode<TicketCategory>{TicketCategory::FeatureRequest, "feature_request",
                             QT_TRANSLATE_NOOP("TicketCategory", "Feature request")},
    EnumCode<TicketCategory>{TicketCategory::General, "general",
                             QT_TRANSLATE_NOOP("TicketCategory", "General")},
};
} // namespace

namespace TicketCategoryCodes {
QString toCode(TicketCategory value)
{
    return EnumCodes::toCode<TicketCategory>(kTable, value);
}

std::optional<TicketCategory> fromCode(const QString& code)
{
    return EnumCodes::fromCode<TicketCategory>(kTable, code);
}

QString label(TicketCategory value)
{
    return EnumCodes::label<TicketCategory>(kTable, "TicketCategory", value);
}

QStringList codes()
{
    return EnumCodes::codes<TicketCategory>(kTable);
}

QList<TicketCategory> all()
{
    QList<TicketCategory> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}

TicketTeam teamFor(TicketCategory value)
{
    switch (value) {
    case TicketCategory::Technical:
    case TicketCategory::ZoneConfig:
    case TicketCategory::FeatureRequest:
        return TicketTeam::Tech;
    case TicketCategory::Billing:
        return TicketTeam::Finance;
    case TicketCategory::Account:
        return TicketTeam::Sales;
    case TicketCategory::General:
        return TicketTeam::Support;
    }
    return TicketTeam::Support;
}
} // namespace TicketCategoryCodes
