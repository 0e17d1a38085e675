// The permission matrix of SPEC §1, checked through the real services: every role × action is
// either done or refused with ErrorCode::Forbidden and a message naming the role. The expected
// answers are written out here from the SPEC table, not read from PermissionCatalogue, so a wrong
// catalogue entry or a missing service check fails this test.
#include "AuthTestSupport.h"
#include "auth/PermissionCatalogue.h"
#include "auth/UserService.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QtTest>
#include <functional>

namespace {
// Rows share one database (hashing a password per row would make this test slow), so every
// name a row creates carries a fresh number.
int g_serial = 0;
QString unique(const QString& stem)
{
    return stem + QLatin1Char('-') + QString::number(++g_serial);
}

// A fresh company (created as the CLI) for actions that need one to act on.
qint64 seedCompany(AuthTestSupport& env, const QString& name)
{
    Company company;
    company.name = unique(name);
    return CompanyService(env.asCli()).create(company).valueOr(0);
}

using Action = std::function<Status(AuthTestSupport&, const ServiceContext&)>;

template <typename T> Status statusOf(const Result<T>& result)
{
    return result.ok() ? Status::success() : Status(result.error());
}

QMap<QString, Action> actions()
{
    QMap<QString, Action> map;
    map[QStringLiteral("view_companies")] = [](AuthTestSupport& env, const ServiceContext& ctx) {
        seedCompany(env, QStringLiteral("Viewable"));
        return statusOf(CompanyService(ctx).list());
    };
    map[QStringLiteral("create_company")] = [](AuthTestSupport&, const ServiceContext& ctx) {
        Company company;
        company.name = unique(QStringLiteral("Riverside Hotel"));
        return statusOf(CompanyService(ctx).create(company));
    };
    map[QStringLiteral("edit_company")] = [](AuthTestSupport& env, const ServiceContext& ctx) {
        const qint64 id = seedCompany(env, QStringLiteral("Editable"));
        Company company = CompanyService(env.asCli()).get(id).value();
        company.city = QStringLiteral("Chiang Mai");
        return CompanyService(ctx).update(company);
    };
    map[QStringLiteral("delete_company")] = [](AuthTestSupport& env, const ServiceContext& ctx) {
        return CompanyService(ctx).remove(seedCompany(env, QStringLiteral("Deletable")));
    };
    map[QStringLiteral("create_contact")] = [](AuthTestSupport& env, const ServiceContext& ctx) {
        Contact contact;
        contact.companyId = seedCompany(env, QStringLiteral("Has contacts"));
        contact.name = QStringLiteral("Somsak");
        return statusOf(ContactService(ctx).create(contact));
    };
    map[QStringLiteral("create_contract")] = [](AuthTestSupport& env, const ServiceContext& ctx) {
        Contract contract;
        contract.companyId = seedCompany(env, QStringLiteral("Has contracts"));
        contract.contractNumber = unique(QStringLiteral("C"));
        return statusOf(ContractService(ctx).create(contract));
    };
    map[QStringLiteral("list_users")] = [](AuthTestSupport&, const ServiceContext& ctx) {
        return statusOf(UserService(ctx).list());
    };
    map[QStringLiteral("create_user")] = [](AuthTestSupport&, const ServiceContext& ctx) {
        User user;
        user.username = unique(QStringLiteral("newcomer"));
        return statusOf(UserService(ctx).create(user, QStringLiteral("pw")));
    };
    map[QStringLiteral("change_office_setting")] = [](AuthTestSupport&, const ServiceContext& ctx) {
        return OfficeSettings(ctx).setValue(QLatin1String(SettingsCatalogue::Keys::DailyRunTime),
                                            QStringLiteral("08:30"));
    };
    return map;
}
} // namespace

class TestPermissionMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serviceRefusesWhatTheRoleMayNotDo_data();
    void serviceRefusesWhatTheRoleMayNotDo();
    void everyPermissionHasCodeAndDescription();

private:
    std::unique_ptr<AuthTestSupport> m_env;
};

void TestPermissionMatrix::initTestCase()
{
    m_env = std::make_unique<AuthTestSupport>();
    QVERIFY(m_env->ok());
}

void TestPermissionMatrix::serviceRefusesWhatTheRoleMayNotDo_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");

    // action → allowed for Sales, Marketing, Tech Support, Admin (SPEC §1).
    const QList<std::pair<QString, std::array<bool, 4>>> table = {
        {QStringLiteral("view_companies"), {true, true, true, true}},
        {QStringLiteral("create_company"), {true, false, false, true}},
        {QStringLiteral("edit_company"), {true, false, false, true}},
        {QStringLiteral("delete_company"), {false, false, false, true}},
        {QStringLiteral("create_contact"), {true, false, false, true}},
        {QStringLiteral("create_contract"), {true, false, false, true}},
        {QStringLiteral("list_users"), {false, false, false, true}},
        {QStringLiteral("create_user"), {false, false, false, true}},
        {QStringLiteral("change_office_setting"), {false, false, false, true}},
    };
    const QList<Role> roles = {Role::Sales, Role::Marketing, Role::TechSupport, Role::Admin};
    for (const auto& [action, allowedPerRole] : table) {
        for (int i = 0; i < roles.size(); ++i) {
            const QByteArray name = (RoleCodes::toCode(roles[i]) + QLatin1Char('/') + action).toUtf8();
            QTest::newRow(name.constData()) << roles[i] << action << allowedPerRole[static_cast<size_t>(i)];
        }
    }
}

void TestPermissionMatrix::serviceRefusesWhatTheRoleMayNotDo()
{
    QFETCH(Role, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);

    AuthTestSupport& env = *m_env;
    const ServiceContext context = env.asRole(role);
    QVERIFY(context.actor.userId > 0);
    const Status result = actions().value(action)(env, context);
    if (allowed) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    } else {
        QVERIFY2(!result.ok(), "the service allowed an action the role may not do");
        QCOMPARE(result.error().code, ErrorCode::Forbidden);
        QVERIFY2(result.error().message.contains(RoleCodes::displayName(role)),
                 qPrintable(result.error().message));
    }
}

void TestPermissionMatrix::everyPermissionHasCodeAndDescription()
{
    QSet<QString> codes;
    for (Permission permission : PermissionCatalogue::all()) {
        QVERIFY(!PermissionCatalogue::code(permission).isEmpty());
        QVERIFY(!PermissionCatalogue::description(permission).isEmpty());
        codes.insert(PermissionCatalogue::code(permission));
        // Admin can do everything (SPEC §1).
        QVERIFY(PermissionCatalogue::allows(Role::Admin, permission));
    }
    QCOMPARE(codes.size(), PermissionCatalogue::all().size());
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "TestPermissionMatrix.moc"
