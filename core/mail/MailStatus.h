#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// Where a mail in the outbox stands. 'unconfirmed': the connection died after the final dot, so the server
// may or may not have it; a person decides (resend or mark sent).
enum class MailStatus
{
    Queued,
    Sending,
    Sent,
    Failed,
    Unconfirmed,
    Cancelled
};

// Stored codes and translated labels.
namespace MailStatusCodes {
QString toCode(MailStatus value);
std::optional<MailStatus> fromCode(const QString& code);
QString label(MailStatus value);
QStringList codes();
QList<MailStatus> all();
} // namespace MailStatusCodes
