#include "mail/MailStatus.h"

#include <array>

namespace {
constexpr std::array kTable = {
    EnumCode<MailStatus>{MailStatus::Queued, "queued", QT_TRANSLATE_NOOP("MailStatus", "Queued")},
    EnumCode<MailStatus>{MailStatus::Sending, "sending", QT_TRANSLATE_NOOP("MailStatus", "Sending")},
    EnumCode<MailStatus>{MailStatus::Sent, "sent", QT_TRANSLATE_NOOP("MailStatus", "Sent")},
    EnumCode<MailStatus>{MailStatus::Failed, "failed", QT_TRANSLATE_NOOP("MailStatus", "Failed")},
    EnumCode<MailStatus>{MailStatus::Unconfirmed, "unconfirmed",
                         QT_TRANSLATE_NOOP("MailStatus", "Unconfirmed")},
    EnumCode<MailStatus>{MailStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("MailStatus", "Cancelled")},
};
} // namespace

namespace MailStatusCodes {
QString toCode(MailStatus value)
{
    return EnumCodes::toCode<MailStatus>(kTable, value);
}

std::optional<MailStatus> fromCode(const QString& code)
{
    return EnumCodes::fromCode<MailStatus>(kTable, code);
}

QString label(MailStatus value)
{
    return EnumCodes::label<MailStatus>(kTable, "MailStatus", value);
}

QStringList codes()
{
    return EnumCodes::codes<MailStatus>(kTable);
}

QList<MailStatus> all()
{
    QList<MailStatus> values;
    for (const auto& entry : kTable)
        values << entry.value;
    return values;
}
} // namespace MailStatusCodes
