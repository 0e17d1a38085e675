#include "auth/PasswordHasher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <sodium.h>

namespace {
bool ensureSodium()
{
    // sodium_init() is thread-safe and idempotent: 0 first time, 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Wipes the UTF-8 copy of a password once it has been hashed or checked.
struct SecretBytes
{
    QByteArray bytes;
    explicit SecretBytes(const QString& text) : bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size())); }
};
} // namespace

namespace PasswordHasher {

Result<QString> hash(const QString& password)
{
    if (!ensureSodium())
        return Error::io(
            QCoreApplication::translate("PasswordHasher", "The cryptography library could not start."));
    SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.bytes.constData(),
                              static_cast<unsigned long long>(secret.bytes.size()), kOpsLimit, kMemLimitBytes,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::io(QCoreApplication::translate(
            "PasswordHasher",
            "There is not enough memory to hash the password; close other programs and try again."));
    return QString::fromLatin1(out);
}

bool verify(const QString& storedHash, const QString& password)
{
    if (!ensureSodium() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.bytes.constData(),
                                    static_cast<unsigned long long>(secret.bytes.size())) == 0;
}

bool needsRehash(const QString& storedHash)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimitBytes) != 0;
}

} // namespace PasswordHasher
