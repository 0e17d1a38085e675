#include "office/OfficeCredentials.h"

#include "common/PasswordKeychain.h"

#include <QSettings>
#include <QUrl>

namespace {
// The office database without any user or password in it: the same server and database name
// give the same entry however the address was written.
QString canonicalLocation(const QString& location)
{
    QUrl url(location.trimmed());
    url.setUserInfo(QString());
    if (url.port() < 0)
        url.setPort(5432);
    url.setHost(url.host().toLower());
    return url.toString();
}

const QString kUsername = QStringLiteral("username");
const QString kRememberPassword = QStringLiteral("rememberPassword");
} // namespace

OfficeCredentials::OfficeCredentials(const QString& location) : m_location(canonicalLocation(location)) {}

QString OfficeCredentials::keychainKey(const QString& location, const QString& username)
{
    // Role names are case-folded (OfficeSignIn), so "Sam" and "sam" share one entry.
    return QStringLiteral("office:%1@%2")
        .arg(username.trimmed().toCaseFolded(),
             canonicalLocation(location).mid(QStringLiteral("postgresql://").size()));
}

QString OfficeCredentials::settingsGroup() const
{
    // QSettings treats '/' as a group separator: the address goes in as hex.
    return QStringLiteral("officeSignIn/") + QString::fromLatin1(m_location.toUtf8().toHex());
}

QString OfficeCredentials::username() const
{
    return QSettings().value(settingsGroup() + QLatin1Char('/') + kUsername).toString();
}

bool OfficeCredentials::remembersPassword() const
{
    return QSettings().value(settingsGroup() + QLatin1Char('/') + kRememberPassword, false).toBool() &&
           !username().isEmpty();
}

std::optional<QString> OfficeCredentials::password() const
{
    if (!remembersPassword())
        return std::nullopt;
    const PasswordKeychain::Answer answer = PasswordKeychain::readNow(keychainKey(m_location, username()));
    if (answer.outcome != PasswordKeychain::Outcome::Done)
        return std::nullopt;
    return answer.password;
}

Status OfficeCredentials::rememberSignIn(const QString& username, const QString& password,
                                         bool rememberPassword) const
{
    const QString name = username.trimmed();
    QSettings settings;
    settings.setValue(settingsGroup() + QLatin1Char('/') + kUsername, name);
    const QString key = keychainKey(m_location, name);
    if (!rememberPassword) {
        if (settings.value(settingsGroup() + QLatin1Char('/') + kRememberPassword, false).toBool())
            (void)PasswordKeychain::removeNow(key);
        settings.setValue(settingsGroup() + QLatin1Char('/') + kRememberPassword, false);
        return Status::success();
    }
    const PasswordKeychain::Answer stored = PasswordKeychain::writeNow(key, password);
    settings.setValue(settingsGroup() + QLatin1Char('/') + kRememberPassword,
                      stored.outcome == PasswordKeychain::Outcome::Done);
    if (stored.outcome != PasswordKeychain::Outcome::Done)
        return Error::io(tr("Your password could not be kept in the keychain, so you will be asked for it "
                            "next time: %1")
                             .arg(stored.message));
    return Status::success();
}

void OfficeCredentials::forgetPassword() const
{
    // Only when something was kept: a keychain such as KWallet may ask to be opened first.
    if (remembersPassword())
        (void)PasswordKeychain::removeNow(keychainKey(m_location, username()));
    QSettings().setValue(settingsGroup() + QLatin1Char('/') + kRememberPassword, false);
}
