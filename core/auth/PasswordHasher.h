#pragma once

#include "common/Result.h"

#include <QString>

// Argon2id password hashing through libsodium's crypto_pwhash_str: a random salt per hash and
// the parameters inside the stored string ("$argon2id$v=19$m=65536,t=2,p=1$…"), so they can be
// raised later and old hashes still verify (and are upgraded at the next sign-in).
namespace PasswordHasher {
// 64 MiB and 2 passes (libsodium's "interactive" level): above OWASP's minimum for Argon2id of
// 19 MiB and 2 iterations, and about a tenth of a second on an office desktop.
inline constexpr unsigned long long kOpsLimit = 2;
inline constexpr size_t kMemLimitBytes = 64u * 1024u * 1024u;

Result<QString> hash(const QString& password);
bool verify(const QString& storedHash, const QString& password);
// True when a stored hash was made with weaker parameters than the current ones.
bool needsRehash(const QString& storedHash);
} // namespace PasswordHasher
