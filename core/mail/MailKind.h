#pragma once

#include "common/EnumCode.h"

#include <QStringList>
#include <optional>

// Transactional mail answers something the recipient did or owns (an invoice, a ticket); marketing mail
// carries List-Unsubscribe headers.
enum class MailKind
{
    Transactional,
    Marketing
};

// Stored codes and translated labels.
namespace MailKindCodes {
QString toCode(MailKind value);
std::optional<MailKind> fromCode(const QString& code);
QString label(MailKind value);
QStringList codes();
QList<MailKind> all();
} // namespace MailKindCodes
