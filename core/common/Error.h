#pragma once

#include <QString>

// What went wrong, in terms a caller can act on. `field` names the record field or filter rule
// at fault (empty when the error is not about one field); `message` is one translated sentence.
enum class ErrorCode
{
    Invalid,   // input a user can fix: a validation failure
    NotFound,  // the record does not exist
    Conflict,  // unique key or state conflict (duplicate name, already enrolled)
    Forbidden, // the acting user lacks the permission
    Database,  // the database refused or failed
    Io,        // a file could not be read or written
    Delivery,  // mail could not be delivered
    Usage,     // the caller used an API or command wrongly
};

struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString field;
    QString message;

    static Error invalid(const QString& field, const QString& message)
    {
        return {ErrorCode::Invalid, field, message};
    }
    static Error notFound(const QString& message) { return {ErrorCode::NotFound, {}, message}; }
    static Error conflict(const QString& field, const QString& message)
    {
        return {ErrorCode::Conflict, field, message};
    }
    static Error forbidden(const QString& message) { return {ErrorCode::Forbidden, {}, message}; }
    static Error database(const QString& message) { return {ErrorCode::Database, {}, message}; }
    static Error io(const QString& message) { return {ErrorCode::Io, {}, message}; }
    static Error delivery(const QString& message) { return {ErrorCode::Delivery, {}, message}; }
    static Error usage(const QString& message) { return {ErrorCode::Usage, {}, message}; }

    // "field: message" when a field is known, the message alone otherwise.
    QString describe() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};
