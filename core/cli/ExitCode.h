#pragma once

#include "common/Error.h"

// rapport-cli's exit codes (SPEC §10): a contract that scripts and checks rely on.
namespace ExitCode {
inline constexpr int Success = 0;
inline constexpr int Usage = 1;
inline constexpr int InvalidInput = 2;
inline constexpr int DatabaseOrIo = 3;
inline constexpr int Delivery = 4;

inline int fromError(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Usage:
        return Usage;
    case ErrorCode::Invalid:
    case ErrorCode::Conflict:
    case ErrorCode::NotFound:
    case ErrorCode::Forbidden:
        return InvalidInput;
    case ErrorCode::Database:
    case ErrorCode::Io:
        return DatabaseOrIo;
    case ErrorCode::Delivery:
        return Delivery;
    }
    return DatabaseOrIo;
}
} // namespace ExitCode
