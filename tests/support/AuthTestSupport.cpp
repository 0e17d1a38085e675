#include "AuthTestSupport.h"

#include "TestBackend.h"
#include "auth/UserService.h"
#include "db/Database.h"

AuthTestSupport::AuthTestSupport() : m_clock(QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC))
{
    if (!m_dir.isValid())
        return;
    auto opened = Database::open(databasePath());
    if (opened)
        m_database = opened.value();
}

AuthTestSupport::~AuthTestSupport() = default;

QString AuthTestSupport::databasePath() const
{
    return TestBackend::location(m_dir.filePath(QStringLiteral("rapport.sqlite")));
}

ServiceContext AuthTestSupport::as(const Actor& actor) const
{
    return ServiceContext{m_database, &m_clock, actor};
}

ServiceContext AuthTestSupport::asRole(Role role)
{
    const QString username = QStringLiteral("as_") + RoleCodes::toCode(role);
    UserService admin(asCli());
    auto existing = admin.findByUsername(username);
    qint64 id = existing ? existing->id : 0;
    if (!existing) {
        User user;
        user.username = username;
        user.role = role;
        id = admin.create(user, QStringLiteral("password-of-") + username).valueOr(0);
    }
    return as(Actor{id, username, role});
}
