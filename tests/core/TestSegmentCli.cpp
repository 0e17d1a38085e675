#include "CliRunner.h"
#include "TestBackend.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

// `rapport-cli segment …` and `list segments`, driving the real binary. Each `segment count` is
// checked against a count made here, independently, from `list contacts/companies/contracts
// --format json` on the same database.
class TestSegmentCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QList<QJsonObject> m_contacts;
    QHash<qint64, QJsonObject> m_companies;
    QHash<qint64, QList<QJsonObject>> m_contracts; // by company
    const QString m_now = QStringLiteral("2026-03-02T03:00:00Z");

    CliRunner::Outcome run(QStringList arguments, const QByteArray& input = {}) const
    {
        arguments.prepend(m_now);
        arguments.prepend(QStringLiteral("--now"));
        return m_cli->run(arguments, input);
    }

    QString writeFilter(const QString& name, const QByteArray& json) const
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(json);
        return path;
    }

    QJsonArray listJson(const QString& type) const
    {
        auto listed = run({QStringLiteral("list"), type, QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    static QString lower(const QJsonObject& object, const char* key)
    {
        return object.value(QLatin1String(key)).toString().toLower();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli =
            std::make_unique<CliRunner>(TestBackend::location(m_dir.filePath(QStringLiteral("segments.db"))));
        auto demo = run({QStringLiteral("demo"), QStringLiteral("--companies"), QStringLiteral("150"),
                         QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // Contacts created on other days, for date rules (the demo creates all at once). 18:00 UTC
        // on 27 February is already 28 February in Bangkok.
        const QStringList times = {QStringLiteral("2026-02-20T03:00:00Z"),
                                   QStringLiteral("2026-02-27T18:00:00Z"),
                                   QStringLiteral("2026-03-01T10:00:00Z")};
        for (int i = 0; i < times.size(); ++i) {
            auto added = m_cli->run(
                {QStringLiteral("--now"), times.at(i), QStringLiteral("add"), QStringLiteral("contact"),
                 QStringLiteral("--company"), QString::number(i + 1), QStringLiteral("--name"),
                 QStringLiteral("Dated %1").arg(i), QStringLiteral("--language"), QStringLiteral("th")});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        for (const QJsonValue contact : listJson(QStringLiteral("contacts")))
            m_contacts << contact.toObject();
        for (const QJsonValue company : listJson(QStringLiteral("companies")))
            m_companies.insert(company.toObject().value(QLatin1String("id")).toInteger(), company.toObject());
        for (const QJsonValue contract : listJson(QStringLiteral("contracts")))
            m_contracts[contract.toObject().value(QLatin1String("company_id")).toInteger()]
                << contract.toObject();
        QVERIFY(m_contacts.size() > 300);
        QCOMPARE(m_companies.size(), 150);
    }

    void countAgreesWithAnIndependentCount()
    {
        using Predicate = std::function<bool(const QJsonObject& contact, const QJsonObject& company,
                                             const QList<QJsonObject>& contracts)>;
        struct Case
        {
            const char* name;
            QByteArray json;
            Predicate expected;
        };
        const QList<Case> cases = {
            {"text",
             R"({"entity":"contact","rules":[{"field":"company.country","operator":"equals","value":"THAILAND"}]})",
             [](const QJsonObject&, const QJsonObject& company, const QList<QJsonObject>&) {
                 return lower(company, "country") == QLatin1String("thailand");
             }},
            {"text contains",
             R"({"entity":"contact","rules":[{"field":"email","operator":"contains","value":"HOTEL"}]})",
             [](const QJsonObject& contact, const QJsonObject&, const QList<QJsonObject>&) {
                 return lower(contact, "email").contains(QLatin1String("hotel"));
             }},
            {"enum",
             R"({"entity":"contact","rules":[{"field":"language","operator":"equals","value":"th"}]})",
             [](const QJsonObject& contact, const QJsonObject&, const QList<QJsonObject>&) {
                 return contact.value(QLatin1String("language")).toString() == QLatin1String("th");
             }},
            {"enum list",
             R"({"entity":"contact","rules":[{"field":"contact_type","operator":"in_list","value":["billing","primary"]}]})",
             [](const QJsonObject& contact, const QJsonObject&, const QList<QJsonObject>&) {
                 const QString type = contact.value(QLatin1String("contact_type")).toString();
                 return type == QLatin1String("billing") || type == QLatin1String("primary");
             }},
            {"boolean",
             R"({"entity":"contact","rules":[{"field":"unsubscribed","operator":"equals","value":false}]})",
             [](const QJsonObject& contact, const QJsonObject&, const QList<QJsonObject>&) {
                 return !contact.value(QLatin1String("unsubscribed")).toBool();
             }},
            {"date",
             R"({"entity":"contact","rules":[{"field":"created_at","operator":"between","value":["2026-02-21","2026-03-01"]}]})",
             [](const QJsonObject& contact, const QJsonObject&, const QList<QJsonObject>&) {
                 const QString name = contact.value(QLatin1String("name")).toString();
                 return name == QLatin1String("Dated 1") || name == QLatin1String("Dated 2");
             }},
            {"date in last days",
             R"({"entity":"contact","rules":[{"field":"created_at","operator":"in_last_days","value":2}]})",
             [](const QJsonObject& contact, const QJsonObject&, const QList<QJsonObject>&) {
                 // 28 Feb – 2 Mar in Bangkok: Dated 1, Dated 2 and the demo contacts (made "now").
                 return contact.value(QLatin1String("name")).toString() != QLatin1String("Dated 0");
             }},
            {"contract ending within 30 days",
             R"({"entity":"contact","rules":[{"field":"company.active_contract_end","operator":"in_next_days","value":30}]})",
             [](const QJsonObject&, const QJsonObject&, const QList<QJsonObject>& contracts) {
                 for (const QJsonObject& contract : contracts) {
                     const QJsonValue days = contract.value(QLatin1String("days_until_expiry"));
                     if (contract.value(QLatin1String("status")).toString() == QLatin1String("active") &&
                         !days.isNull() && days.toInteger() >= 0 && days.toInteger() <= 30)
                         return true;
                 }
                 return false;
             }},
            {"nested",
             R"({"entity":"contact","match":"any","rules":[
                    {"field":"language","operator":"equals","value":"th"},
                    {"match":"all","rules":[
                        {"field":"company.industry","operator":"in_list","value":["Hotel","restaurant"]},
                        {"field":"is_billing_contact","operator":"equals","value":true},
                        {"match":"any","rules":[{"field":"company.country","operator":"not_equals","value":"thailand"},
                                                {"field":"company.is_active","operator":"equals","value":false}]}]}]})",
             [](const QJsonObject& contact, const QJsonObject& company, const QList<QJsonObject>&) {
                 if (contact.value(QLatin1String("language")).toString() == QLatin1String("th"))
                     return true;
                 const QString industry = lower(company, "industry");
                 return (industry == QLatin1String("hotel") || industry == QLatin1String("restaurant")) &&
                        contact.value(QLatin1String("is_billing_contact")).toBool() &&
                        (lower(company, "country") != QLatin1String("thailand") ||
                         !company.value(QLatin1String("is_active")).toBool());
             }},
        };
        for (const Case& test : cases) {
            qint64 expected = 0;
            for (const QJsonObject& contact : std::as_const(m_contacts)) {
                const qint64 companyId = contact.value(QLatin1String("company_id")).toInteger();
                expected += test.expected(contact, m_companies.value(companyId), m_contracts.value(companyId))
                                ? 1
                                : 0;
            }
            QVERIFY2(expected > 0 && expected < m_contacts.size(), test.name); // a meaningful case
            auto counted =
                run({QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--filter-file"),
                     writeFilter(QString::fromLatin1(test.name).replace(QLatin1Char(' '), QLatin1Char('_')),
                                 test.json)});
            QVERIFY2(counted.exitCode == 0,
                     qPrintable(QLatin1String(test.name) + QStringLiteral(": ") + counted.err));
            QCOMPARE(counted.out, QString::number(expected) + QLatin1Char('\n')); // the number alone
        }
    }

    void companyFiltersCountCompanies()
    {
        auto counted = run(
            {QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--filter-file"),
             writeFilter(
                 QStringLiteral("companies"),
                 R"({"entity":"company","rules":[{"field":"contact_count","operator":"greater_than","value":0}]})")});
        QCOMPARE(counted.exitCode, 0);
        qint64 expected = 0;
        QSet<qint64> withContacts;
        for (const QJsonObject& contact : std::as_const(m_contacts))
            withContacts.insert(contact.value(QLatin1String("company_id")).toInteger());
        expected = withContacts.size();
        QCOMPARE(counted.out.trimmed(), QString::number(expected));
    }

    void anUnknownFieldExitsTwoNamingIt()
    {
        auto counted = run(
            {QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--filter-file"),
             writeFilter(
                 QStringLiteral("unknown"),
                 R"({"entity":"contact","rules":[{"field":"company.contry","operator":"equals","value":"x"}]})")});
        QCOMPARE(counted.exitCode, 2);
        QVERIFY(counted.out.isEmpty());
        QVERIFY2(counted.err.contains(QStringLiteral("\"company.contry\"")), qPrintable(counted.err));
        QVERIFY(counted.err.contains(QStringLiteral("rules[0]")));

        auto notJson =
            run({QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--filter-file"),
                 writeFilter(QStringLiteral("broken"), "{\"entity\": ")});
        QCOMPARE(notJson.exitCode, 2);
        auto missing = run({QStringLiteral("segment"), QStringLiteral("count"),
                            QStringLiteral("--filter-file"), m_dir.filePath(QStringLiteral("absent.json"))});
        QCOMPARE(missing.exitCode, 3);
        auto noFilter = run({QStringLiteral("segment"), QStringLiteral("count")});
        QCOMPARE(noFilter.exitCode, 1);
    }

    void filterFromStandardInput()
    {
        auto counted = run(
            {QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--filter-file"),
             QStringLiteral("-")},
            R"({"entity":"contact","rules":[{"field":"unsubscribed","operator":"equals","value":true}]})");
        QCOMPARE(counted.exitCode, 0);
        qint64 expected = 0;
        for (const QJsonObject& contact : std::as_const(m_contacts))
            expected += contact.value(QLatin1String("unsubscribed")).toBool() ? 1 : 0;
        QCOMPARE(counted.out.trimmed(), QString::number(expected));
    }

    void membersAddAndListSegments()
    {
        const QByteArray json =
            R"({"entity":"contact","rules":[{"field":"company.country","operator":"equals","value":"Vietnam"}]})";
        const QString file = writeFilter(QStringLiteral("vietnam"), json);
        const qint64 count =
            run({QStringLiteral("segment"), QStringLiteral("count"), QStringLiteral("--filter-file"), file})
                .out.trimmed()
                .toLongLong();
        QVERIFY(count > 2);

        auto csv = run({QStringLiteral("segment"), QStringLiteral("members"), QStringLiteral("--filter-file"),
                        file, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.lines().size(), count + 1);
        QCOMPARE(csv.lines().first(),
                 QStringLiteral("id,name,email,company_id,company_name,country,is_active,unsubscribed"));
        QVERIFY(csv.lines().at(1).contains(QStringLiteral(",Vietnam,")));

        auto added = run({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Vietnam"), QStringLiteral("--filter-file"), file,
                          QStringLiteral("--visibility"), QStringLiteral("public")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.lastLine();
        QVERIFY(id.toLongLong() > 0);
        auto again = run({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("VIETNAM"), QStringLiteral("--filter-file"), file});
        QCOMPARE(again.exitCode, 2);

        auto listed = run({QStringLiteral("list"), QStringLiteral("segments"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray segments = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(segments.size(), 1);
        const QJsonObject segment = segments.first().toObject();
        QCOMPARE(segment.value(QLatin1String("id")).toInteger(), id.toLongLong());
        QCOMPARE(segment.value(QLatin1String("member_count")).toInteger(), count);
        QCOMPARE(segment.value(QLatin1String("visibility")).toString(), QStringLiteral("public"));
        QCOMPARE(segment.value(QLatin1String("segment_type")).toString(), QStringLiteral("dynamic"));
        QCOMPARE(segment.value(QLatin1String("owner")).toString(), QStringLiteral("cli"));

        auto members = run({QStringLiteral("segment"), QStringLiteral("members"), id,
                            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(members.out.toUtf8()).array().size(), count);
        auto byId = run({QStringLiteral("segment"), QStringLiteral("count"), id});
        QCOMPARE(byId.out.trimmed().toLongLong(), count);

        auto exported = run({QStringLiteral("segment"), QStringLiteral("export"), id});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.lines().size(), count + 1);
        QVERIFY(exported.lines().first().startsWith(QStringLiteral("id,name,email,phone,title")));

        auto copy = run({QStringLiteral("segment"), QStringLiteral("duplicate"), id});
        QCOMPARE(copy.exitCode, 0);
        QCOMPARE(run({QStringLiteral("segment"), QStringLiteral("archive"), id}).exitCode, 0);
        listed = run({QStringLiteral("list"), QStringLiteral("segments"), QStringLiteral("--format"),
                      QStringLiteral("csv")});
        QCOMPARE(listed.lines().size(), 2);
        QVERIFY(listed.lines().at(1).contains(QStringLiteral("Vietnam (copy)")));
        listed = run({QStringLiteral("list"), QStringLiteral("segments"), QStringLiteral("--archived"),
                      QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(listed.lines().size(), 3);
    }

    void staticSegmentsByHand()
    {
        auto added = run({QStringLiteral("segment"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Fair"), QStringLiteral("--static")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = added.lastLine();
        const QString first = QString::number(m_contacts.at(0).value(QLatin1String("id")).toInteger());
        const QString second = QString::number(m_contacts.at(1).value(QLatin1String("id")).toInteger());
        QCOMPARE(run({QStringLiteral("segment"), QStringLiteral("add-members"), id, first, second, first})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("segment"), QStringLiteral("count"), id}).out.trimmed(),
                 QStringLiteral("2"));
        QCOMPARE(run({QStringLiteral("segment"), QStringLiteral("remove-members"), id, first}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("segment"), QStringLiteral("recalculate"), id}).out.trimmed(),
                 QStringLiteral("1"));
        auto missing =
            run({QStringLiteral("segment"), QStringLiteral("add-members"), id, QStringLiteral("99999")});
        QCOMPARE(missing.exitCode, 2);
        auto notANumber =
            run({QStringLiteral("segment"), QStringLiteral("add-members"), id, QStringLiteral("x")});
        QCOMPARE(notANumber.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSegmentCli)
#include "TestSegmentCli.moc"
