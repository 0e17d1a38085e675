#pragma once

#include "mail/SmtpReply.h"

#include <QString>

// How an SMTP step ended, in the terms the outbox acts on.
struct SmtpOutcome
{
    enum class Kind
    {
        Ok,          // done (for a message: the server took responsibility for it)
        Temporary,   // 4xx, network trouble, timeouts, settings to fix: try again later
        Permanent,   // 5xx: the server refused; retrying will not help
        Unconfirmed, // the final dot went out but no reply came back: never resend blindly
        Abandoned,   // we gave up before the final dot (the lease was lost): nothing was sent
    };

    Kind kind = Kind::Ok;
    QString message; // one translated sentence, with the server's own text when there is one
    SmtpReply reply;
    // SHA-256 of a certificate that failed verification (uppercase hex pairs with colons), so the
    // user can choose to trust it.
    QString untrustedFingerprint;

    bool ok() const { return kind == Kind::Ok; }
    static SmtpOutcome success(const SmtpReply& reply = {}) { return {Kind::Ok, {}, reply, {}}; }
    static SmtpOutcome temporary(const QString& message, const SmtpReply& reply = {})
    {
        return {Kind::Temporary, message, reply, {}};
    }
    static SmtpOutcome permanent(const QString& message, const SmtpReply& reply = {})
    {
        return {Kind::Permanent, message, reply, {}};
    }
};
