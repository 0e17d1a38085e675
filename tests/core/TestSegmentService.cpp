#include "FilterFixture.h"
#include "PostgresServer.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "filters/FilterJson.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "segments/SegmentService.h"

#include <QBuffer>
#include <QJsonArray>
#include <QtTest>

// Segments (SPEC §7): cached counts, recalculate, duplicate, archive, static members,
// times used, CSV export, audit, and who sees and edits what.
class TestSegmentService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_siam = 0;
    qint64 m_hanoi = 0;
    QList<qint64> m_contacts; // Somchai, Ann, Nguyen, Malee

    static Actor user(qint64 id, const char* name, Role role)
    {
        return Actor{id, QString::fromLatin1(name), role};
    }
    const Actor m_sales = user(11, "sally", Role::Sales);
    const Actor m_otherSales = user(12, "sam", Role::Sales);
    const Actor m_marketing = user(13, "mia", Role::Marketing);
    const Actor m_support = user(14, "tom", Role::TechSupport);
    const Actor m_admin = user(1, "admin", Role::Admin);

    SegmentService as(const Actor& actor) const { return SegmentService(m_db->contextAs(actor)); }

    static Filter thaiContacts()
    {
        Filter filter;
        filter.root.children << FilterNode::rule(QStringLiteral("company.country"), QStringLiteral("equals"),
                                                 QStringLiteral("thailand"));
        return filter;
    }

    static Segment dynamicSegment(const QString& name, const Filter& filter = thaiContacts())
    {
        Segment segment;
        segment.name = name;
        segment.filter = filter;
        return segment;
    }

    qint64 addContact(qint64 companyId, const QString& name, const QString& email,
                      const QString& language = QStringLiteral("en"))
    {
        Contact contact;
        contact.companyId = companyId;
        contact.name = name;
        contact.email = email;
        contact.language = language;
        auto id = ContactService(m_db->context()).create(contact);
        return id ? id.value() : 0;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        Company siam;
        siam.name = QStringLiteral("Siam Riverside Hotel");
        siam.country = QStringLiteral("Thailand");
        m_siam = CompanyService(m_db->context()).create(siam).valueOr(0);
        Company hanoi;
        hanoi.name = QStringLiteral("Hanoi, \"Old Quarter\" Café");
        hanoi.country = QStringLiteral("Vietnam");
        m_hanoi = CompanyService(m_db->context()).create(hanoi).valueOr(0);
        QVERIFY(m_siam > 0 && m_hanoi > 0);
        m_contacts = {
            addContact(m_siam, QStringLiteral("Somchai Jaidee"), QStringLiteral("somchai@siam.example"),
                       QStringLiteral("th")),
            addContact(m_siam, QStringLiteral("Ann Smith"), QStringLiteral("ann@siam.example")),
            addContact(m_hanoi, QStringLiteral("Nguyễn Văn An"), QStringLiteral("an@hanoi.example")),
            addContact(m_siam, QStringLiteral("มาลี ใจดี"), QStringLiteral("malee@siam.example"),
                       QStringLiteral("th"))};
        QVERIFY(!m_contacts.contains(0));
    }

    // The builder's first look: exact when everyone fits, "at least" on a small table, and an
    // estimate from spread samples on a big one, close to the exact count.
    void firstLookCountsEstimatesOrWaits()
    {
        const SegmentService service = as(m_sales);
        const auto small = service.firstLook(thaiContacts(), 50);
        QVERIFY(small);
        QCOMPARE(small->countKind, SegmentPreview::CountKind::Exact);
        QCOMPARE(small->count, 3);
        QCOMPARE(small->members.size(), 3);

        Filter thaiSpeakers;
        thaiSpeakers.root.children << FilterNode::rule(QStringLiteral("language"), QStringLiteral("equals"),
                                                       QStringLiteral("th"));
        FilterFixture fixture(*m_db->database());
        for (int i = 0; i < 60; ++i) {
            FilterFixture::ContactRow row =
                FilterFixture::contactRow(m_siam, QStringLiteral("Near %1").arg(i, 3, 10, QLatin1Char('0')),
                                          QStringLiteral("near%1@siam.example").arg(i));
            row.language = QStringLiteral("th");
            QVERIFY(fixture.contact(row) > 0);
        }
        const auto unknown = service.firstLook(thaiSpeakers, 50);
        QVERIFY(unknown);
        QCOMPARE(unknown->countKind, SegmentPreview::CountKind::Unknown); // ids span < 200,000
        QCOMPARE(unknown->members.size(), 50);
        QCOMPARE(unknown->count, 50);

        // 3,000 contacts spread over 400,000 ids, every third a Thai speaker.
        for (int i = 0; i < 3000; ++i) {
            FilterFixture::ContactRow row =
                FilterFixture::contactRow(m_siam, QStringLiteral("Far %1").arg(i, 4, 10, QLatin1Char('0')),
                                          QStringLiteral("far%1@siam.example").arg(i));
            row.id = 1000 + qint64(i) * 133;
            row.language = i % 3 == 0 ? QStringLiteral("th") : QStringLiteral("en");
            QVERIFY(fixture.contact(row) > 0);
        }
        QCOMPARE(service.count(thaiSpeakers).value(), 2 + 60 + 1000);
        // The evenly spread Thai speakers: the sample sees them as they are. (A cluster of ids,
        // like the 62 at the start, is over- or under-sampled: that is why it says "about".)
        Filter farThaiSpeakers = thaiSpeakers;
        farThaiSpeakers.root.children
            << FilterNode::rule(QStringLiteral("name"), QStringLiteral("starts_with"), QStringLiteral("far"));
        const qint64 exact = service.count(farThaiSpeakers).value();
        QCOMPARE(exact, 1000);
        const auto estimated = service.firstLook(farThaiSpeakers, 50);
        QVERIFY(estimated);
        QCOMPARE(estimated->countKind, SegmentPreview::CountKind::Estimate);
        QCOMPARE(estimated->members.size(), 50);
        QVERIFY2(qAbs(estimated->count - exact) < exact / 5,
                 qPrintable(QStringLiteral("estimate %1, exact %2").arg(estimated->count).arg(exact)));
        // The first members are the first by name, as the exact list has them.
        SegmentMemberQuery first;
        first.limit = 50;
        const auto listed = service.filterMembers(farThaiSpeakers, first).value();
        QCOMPARE(estimated->members.first().id, listed.first().id);
        QCOMPARE(estimated->members.last().id, listed.last().id);

        // Everyone matches (1 in 133 ids): dense enough to read contacts in name order and stop
        // at 50; the members are the same as when every match is sorted.
        Filter everyone;
        const auto dense = service.firstLook(everyone, 50);
        QVERIFY(dense);
        QCOMPARE(dense->countKind, SegmentPreview::CountKind::Estimate);
        const auto sorted = service.filterMembers(everyone, first).value();
        QCOMPARE(dense->members.size(), sorted.size());
        for (int i = 0; i < sorted.size(); ++i)
            QCOMPARE(dense->members.at(i).id, sorted.at(i).id);
    }

    void createCachesTheCountWithItsTime()
    {
        auto id = as(m_sales).create(dynamicSegment(QStringLiteral("Thai customers")));
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error().message));
        auto segment = as(m_sales).get(id.value());
        QVERIFY(segment);
        QCOMPARE(segment->memberCount, std::optional<qint64>(3));
        QCOMPARE(segment->memberCountAt, m_db->clock().nowUtc());
        QCOMPARE(segment->ownerUserId, m_sales.userId);
        QCOMPARE(segment->ownerName, QStringLiteral("sally"));
        QCOMPARE(segment->type, SegmentType::Dynamic);
        QCOMPARE(segment->status, SegmentStatus::Active);
        QCOMPARE(segment->visibility, SegmentVisibility::Private);
        QCOMPARE(segment->filter, thaiContacts());
    }

    void recalculateRefreshesTheCache()
    {
        const qint64 id = as(m_sales).create(dynamicSegment(QStringLiteral("Thai customers"))).value();
        addContact(m_siam, QStringLiteral("New Person"), QStringLiteral("new@siam.example"));
        QCOMPARE(as(m_sales).get(id)->memberCount, std::optional<qint64>(3)); // cached, not live
        m_db->clock().advanceSeconds(3600);
        auto counted = as(m_sales).recalculate(id);
        QVERIFY(counted);
        QCOMPARE(counted.value(), 4);
        auto segment = as(m_sales).get(id);
        QCOMPARE(segment->memberCount, std::optional<qint64>(4));
        QCOMPARE(segment->memberCountAt, m_db->clock().nowUtc());
    }

    void anInvalidFilterIsRefusedPerRule()
    {
        Filter filter;
        filter.root.children << FilterNode::rule(QStringLiteral("company.contry"), QStringLiteral("equals"),
                                                 QStringLiteral("x"))
                             << FilterNode::rule(QStringLiteral("language"), QStringLiteral("contains"),
                                                 QStringLiteral("t"));
        auto id = as(m_sales).create(dynamicSegment(QStringLiteral("Broken"), filter));
        QVERIFY(!id);
        QCOMPARE(id.error().code, ErrorCode::Invalid);
        QCOMPARE(id.error().field, QStringLiteral("filter"));
        const QStringList lines = id.error().message.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("rules[0]: There is no field \"company.contry\"")));
        QVERIFY(lines.at(1).startsWith(
            QStringLiteral("rules[1]: The operator \"contains\" does not fit \"language\"")));
        auto all = as(m_admin).list({QString(), true});
        QVERIFY(all);
        QVERIFY(all->isEmpty());
    }

    void namesAreUniquePerOwnerIgnoringCase()
    {
        QVERIFY(as(m_sales).create(dynamicSegment(QStringLiteral("VIP"))));
        auto again = as(m_sales).create(dynamicSegment(QStringLiteral("vip")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QVERIFY(as(m_otherSales).create(dynamicSegment(QStringLiteral("VIP"))));
        auto blank = as(m_sales).create(dynamicSegment(QStringLiteral("   ")));
        QVERIFY(!blank);
        QCOMPARE(blank.error().field, QStringLiteral("name"));
    }

    void updateRecountsWhenTheFilterChanges()
    {
        const qint64 id = as(m_sales).create(dynamicSegment(QStringLiteral("Thai customers"))).value();
        Segment segment = as(m_sales).get(id).value();
        segment.filter.root.children << FilterNode::rule(QStringLiteral("language"), QStringLiteral("equals"),
                                                         QStringLiteral("th"));
        segment.description = QStringLiteral("Thai speakers in Thailand");
        segment.tags = {QStringLiteral("thai"), QStringLiteral(" Thai "), QStringLiteral("renewals")};
        QVERIFY(as(m_sales).update(segment));
        auto stored = as(m_sales).get(id);
        QCOMPARE(stored->memberCount, std::optional<qint64>(2));
        QCOMPARE(stored->description, QStringLiteral("Thai speakers in Thailand"));
        QCOMPARE(stored->tags, (QStringList{QStringLiteral("thai"), QStringLiteral("renewals")}));
        segment.type = SegmentType::Static;
        QVERIFY(!as(m_sales).update(segment));
        auto history = AuditLog(m_db->context()).history(QStringLiteral("segment"), id);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).action, QStringLiteral("create"));
        QCOMPARE(history->at(0).actor, QStringLiteral("sally"));
        QCOMPARE(history->at(1).action, QStringLiteral("update"));
        bool filterChanged = false;
        for (const FieldChange& change : history->at(1).changes)
            filterChanged |= change.field == QLatin1String("filter");
        QVERIFY(filterChanged);
    }

    void staticMembersAreAddedAndRemovedByHand()
    {
        Segment list;
        list.name = QStringLiteral("Trade fair 2026");
        list.type = SegmentType::Static;
        list.filter = thaiContacts(); // ignored: a static segment is its member list
        const qint64 id = as(m_marketing).create(list).value();
        QCOMPARE(as(m_marketing).get(id)->memberCount, std::optional<qint64>(0));
        QCOMPARE(as(m_marketing).get(id)->filter, Filter{});

        QVERIFY(as(m_marketing).addMembers(id, {m_contacts[2], m_contacts[0], m_contacts[2]}));
        QCOMPARE(as(m_marketing).get(id)->memberCount, std::optional<qint64>(2));
        auto members = as(m_marketing).members(id);
        QVERIFY(members);
        QCOMPARE(members->size(), 2);
        QCOMPARE(members->at(0).name, QStringLiteral("Nguyễn Văn An")); // by name
        QCOMPARE(members->at(0).companyName, QStringLiteral("Hanoi, \"Old Quarter\" Café"));
        QCOMPARE(members->at(1).id, m_contacts[0]);

        SegmentMemberQuery search;
        search.search = QStringLiteral("SOMCHAI");
        members = as(m_marketing).members(id, search);
        QCOMPARE(members->size(), 1);
        QCOMPARE(as(m_marketing).memberCount(id, QStringLiteral("hanoi")).value(), 1);

        auto missing = as(m_marketing).addMembers(id, {999999});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(as(m_marketing).get(id)->memberCount, std::optional<qint64>(2)); // all or nothing

        QVERIFY(as(m_marketing).removeMembers(id, {m_contacts[2], m_contacts[3]}));
        QCOMPARE(as(m_marketing).get(id)->memberCount, std::optional<qint64>(1));
        QCOMPARE(as(m_marketing).recalculate(id).value(), 1);

        const qint64 dynamicId = as(m_marketing).create(dynamicSegment(QStringLiteral("Dynamic"))).value();
        auto refused = as(m_marketing).addMembers(dynamicId, {m_contacts[1]});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("segment_type"));

        auto history = AuditLog(m_db->context()).history(QStringLiteral("segment"), id);
        QStringList actions;
        for (const AuditEntry& entry : history.value())
            actions << entry.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("add_members"),
                                       QStringLiteral("remove_members")}));
    }

    void deletingAContactLeavesTheStaticSegment()
    {
        Segment list;
        list.name = QStringLiteral("Hand picked");
        list.type = SegmentType::Static;
        const qint64 id = as(m_admin).create(list).value();
        QVERIFY(as(m_admin).addMembers(id, {m_contacts[0], m_contacts[1]}));
        QVERIFY(ContactService(m_db->context()).remove(m_contacts[0]));
        QCOMPARE(as(m_admin).recalculate(id).value(), 1);
    }

    void duplicateMakesAPrivateCopyForTheActor()
    {
        Segment original = dynamicSegment(QStringLiteral("Thai customers"));
        original.visibility = SegmentVisibility::Public;
        const qint64 id = as(m_sales).create(original).value();
        QVERIFY(as(m_sales).markUsed(id));

        auto copy = as(m_otherSales).duplicate(id);
        QVERIFY2(copy, qPrintable(copy.ok() ? QString() : copy.error().message));
        auto stored = as(m_otherSales).get(copy.value());
        QCOMPARE(stored->name, QStringLiteral("Thai customers (copy)"));
        QCOMPARE(stored->ownerUserId, m_otherSales.userId);
        QCOMPARE(stored->visibility, SegmentVisibility::Private);
        QCOMPARE(stored->timesUsed, 0);
        QCOMPARE(stored->memberCount, std::optional<qint64>(3));
        QCOMPARE(stored->filter, original.filter);
        auto second = as(m_otherSales).duplicate(id);
        QCOMPARE(as(m_otherSales).get(second.value())->name, QStringLiteral("Thai customers (copy 2)"));
        auto named = as(m_otherSales).duplicate(id, QStringLiteral("Mine"));
        QCOMPARE(as(m_otherSales).get(named.value())->name, QStringLiteral("Mine"));

        Segment list;
        list.name = QStringLiteral("Hand picked");
        list.type = SegmentType::Static;
        const qint64 listId = as(m_sales).create(list).value();
        QVERIFY(as(m_sales).addMembers(listId, {m_contacts[1], m_contacts[3]}));
        auto listCopy = as(m_sales).duplicate(listId);
        QVERIFY(listCopy);
        QCOMPARE(as(m_sales).get(listCopy.value())->memberCount, std::optional<qint64>(2));
        QCOMPARE(as(m_sales).members(listCopy.value())->size(), 2);
    }

    void archiveHidesAndFreezes()
    {
        const qint64 id = as(m_sales).create(dynamicSegment(QStringLiteral("Old campaign"))).value();
        QVERIFY(as(m_sales).archive(id));
        QCOMPARE(as(m_sales).list()->size(), 0);
        QCOMPARE(as(m_sales).list({QString(), true})->size(), 1);
        Segment segment = as(m_sales).get(id).value();
        QCOMPARE(segment.status, SegmentStatus::Archived);
        segment.name = QStringLiteral("Renamed");
        auto refused = as(m_sales).update(segment);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY(as(m_sales).setStatus(id, SegmentStatus::Active));
        QVERIFY(as(m_sales).update(segment));
        QCOMPARE(as(m_sales).list()->first().name, QStringLiteral("Renamed"));
    }

    void nonAdminsSeeTheirOwnAndPublicActiveOnes()
    {
        const qint64 mine = as(m_sales).create(dynamicSegment(QStringLiteral("Sally private"))).value();
        Segment shared = dynamicSegment(QStringLiteral("Sally public"));
        shared.visibility = SegmentVisibility::Public;
        const qint64 open = as(m_sales).create(shared).value();
        Segment paused = dynamicSegment(QStringLiteral("Sally public paused"));
        paused.visibility = SegmentVisibility::Public;
        const qint64 pausedId = as(m_sales).create(paused).value();
        QVERIFY(as(m_sales).setStatus(pausedId, SegmentStatus::Paused));
        const qint64 theirs = as(m_marketing).create(dynamicSegment(QStringLiteral("Mia private"))).value();

        const auto names = [](const Result<QList<Segment>>& segments) {
            QStringList result;
            for (const Segment& segment : segments.value())
                result << segment.name;
            return result;
        };
        QCOMPARE(names(as(m_sales).list()),
                 (QStringList{QStringLiteral("Sally private"), QStringLiteral("Sally public"),
                              QStringLiteral("Sally public paused")}));
        QCOMPARE(names(as(m_otherSales).list()), QStringList{QStringLiteral("Sally public")});
        QCOMPARE(names(as(m_admin).list()).size(), 4);
        QCOMPARE(names(SegmentService(m_db->context()).list()).size(), 4); // the CLI acts as admin

        auto hidden = as(m_otherSales).get(mine);
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().code, ErrorCode::NotFound);
        QVERIFY(!hidden.error().message.contains(QStringLiteral("Sally"))); // no name leaks
        QVERIFY(!as(m_otherSales).get(pausedId));
        QVERIFY(!as(m_otherSales).members(theirs));
        QVERIFY(as(m_otherSales).get(open));
        QVERIFY(as(m_otherSales).members(open));
        QCOMPARE(as(m_otherSales).recalculate(open).value(), 3);

        Segment edit = as(m_otherSales).get(open).value();
        edit.name = QStringLiteral("Hijacked");
        auto refused = as(m_otherSales).update(edit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QVERIFY(!as(m_otherSales).archive(open));
        QVERIFY(as(m_admin).archive(open));
        QVERIFY(as(m_otherSales).list()->isEmpty());
    }

    void techSupportManagesNoSegments()
    {
        const qint64 id = as(m_admin).create(dynamicSegment(QStringLiteral("Any"))).value();
        auto service = as(m_support);
        QCOMPARE(service.list().error().code, ErrorCode::Forbidden);
        QCOMPARE(service.get(id).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.create(dynamicSegment(QStringLiteral("Mine"))).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.count(thaiContacts()).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.firstLook(thaiContacts()).error().code, ErrorCode::Forbidden);
        QCOMPARE(service.markUsed(id).error().code, ErrorCode::Forbidden);
    }

    void exportWritesCsvAndCountsAUse()
    {
        Filter everyone;
        const qint64 id = as(m_sales).create(dynamicSegment(QStringLiteral("Everyone"), everyone)).value();
        m_db->clock().advanceSeconds(600);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(as(m_sales).exportCsv(id, buffer));
        const QStringList lines =
            QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(
            lines.first(),
            QStringLiteral("id,name,email,phone,title,department,contact_type,language,is_billing_contact,"
                           "is_active,unsubscribed,company_id,company_name,company_country"));
        QVERIFY(
            lines.contains(QStringLiteral("%1,Nguyễn Văn An,an@hanoi.example,,,,other,en,false,true,false,%2,"
                                          "\"Hanoi, \"\"Old Quarter\"\" Café\",Vietnam")
                               .arg(m_contacts[2])
                               .arg(m_hanoi)));
        QVERIFY(lines.at(1).contains(QStringLiteral("Ann Smith"))); // by name
        QVERIFY(lines.last().contains(QStringLiteral("มาลี ใจดี")));  // UTF-8 intact
        auto segment = as(m_sales).get(id);
        QCOMPARE(segment->timesUsed, 1);
        QCOMPARE(segment->lastUsedAt, m_db->clock().nowUtc());
        auto history = AuditLog(m_db->context()).history(QStringLiteral("segment"), id);
        QCOMPARE(history->last().action, QStringLiteral("export"));

        Filter companies;
        companies.entity = FilterEntity::Company;
        const qint64 companyId =
            as(m_sales).create(dynamicSegment(QStringLiteral("Companies"), companies)).value();
        QBuffer companyBuffer;
        QVERIFY(companyBuffer.open(QIODevice::WriteOnly));
        QVERIFY(as(m_sales).exportCsv(companyId, companyBuffer));
        QVERIFY(companyBuffer.data().startsWith(
            "id,name,industry,country,city,website,billing_entity,payment_terms,is_active\n"));
        QCOMPARE(companyBuffer.data().count('\n'), 3);
    }

    void previewAndRuleCountsForAnUnsavedFilter()
    {
        Filter filter;
        filter.root.match = FilterMatch::Any;
        filter.root.children << FilterNode::rule(QStringLiteral("language"), QStringLiteral("equals"),
                                                 QStringLiteral("th"))
                             << FilterNode::group(
                                    FilterMatch::All,
                                    {FilterNode::rule(QStringLiteral("company.country"),
                                                      QStringLiteral("equals"), QStringLiteral("vietnam")),
                                     FilterNode::rule(QStringLiteral("email"), QStringLiteral("ends_with"),
                                                      QStringLiteral("@HANOI.example"))});
        auto preview = as(m_marketing).firstLook(filter, 2);
        QVERIFY(preview);
        QCOMPARE(preview->countKind, SegmentPreview::CountKind::Unknown); // 2 shown, more match
        QCOMPARE(preview->count, 2);
        QCOMPARE(as(m_marketing).count(filter).value(), 3);
        QCOMPARE(preview->members.size(), 2);
        QCOMPARE(preview->members.at(0).name, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(preview->members.at(1).name, QStringLiteral("Somchai Jaidee"));
        auto counts = as(m_marketing).ruleCounts(filter);
        QVERIFY(counts);
        QCOMPARE(counts->size(), 4);
        QCOMPARE(counts->at(0).path, QStringLiteral("rules[0]"));
        QCOMPARE(counts->at(0).count, 2);
        QCOMPARE(counts->at(1).path, QStringLiteral("rules[1]"));
        QCOMPARE(counts->at(1).count, 1);
        QCOMPARE(counts->at(2).path, QStringLiteral("rules[1].rules[0]"));
        QCOMPARE(counts->at(2).count, 1);
        QCOMPARE(counts->at(3).path, QStringLiteral("rules[1].rules[1]"));

        auto found = as(m_marketing).findContacts(QStringLiteral("siam.example"));
        QVERIFY(found);
        QCOMPARE(found->size(), 3);
    }

    void memberRefsFeedABulkEnrolment()
    {
        const qint64 id = as(m_sales).create(dynamicSegment(QStringLiteral("Thai customers"))).value();
        auto refs = as(m_sales).memberRefs(id);
        QVERIFY(refs);
        QCOMPARE(refs->size(), 3);
        QCOMPARE(refs->first().contactId, m_contacts[0]);
        QCOMPARE(refs->first().companyId, m_siam);
        Filter companies;
        companies.entity = FilterEntity::Company;
        const qint64 companyId =
            as(m_sales).create(dynamicSegment(QStringLiteral("Companies"), companies)).value();
        refs = as(m_sales).memberRefs(companyId);
        QCOMPARE(refs->size(), 2);
        QCOMPARE(refs->first().contactId, 0);
    }

    // The same service on a real PostgreSQL server: every statement it writes must run there too.
    void worksOnPostgres()
    {
        PostgresServer server;
        if (!server.isRunning())
            QSKIP(qPrintable(server.unavailableReason()));
        auto opened = Database::open(server.createDatabase(QStringLiteral("rapport_segments")));
        QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error().message));
        const ServiceContext admin{opened.value(), &m_db->clock(), Actor::cli()};
        Company siam;
        siam.name = QStringLiteral("Siam Riverside Hotel");
        siam.country = QStringLiteral("Thailand");
        const qint64 siamId = CompanyService(admin).create(siam).value();
        QList<qint64> contacts;
        for (const QString& name :
             {QStringLiteral("Somchai"), QStringLiteral("Ann"), QStringLiteral("มาลี")}) {
            Contact contact;
            contact.companyId = siamId;
            contact.name = name;
            contacts << ContactService(admin).create(contact).value();
        }
        const auto service = [&](const Actor& actor) {
            return SegmentService({opened.value(), &m_db->clock(), actor});
        };

        Filter filter = thaiContacts();
        filter.root.children << FilterNode::rule(QStringLiteral("company.contact_count"),
                                                 QStringLiteral("between"), QJsonArray{2.5, 3});
        Segment shared = dynamicSegment(QStringLiteral("Thai"), filter);
        shared.visibility = SegmentVisibility::Public;
        shared.tags = {QStringLiteral("vip")};
        auto id = service(m_sales).create(shared);
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(service(m_sales).get(id.value())->memberCount, std::optional<qint64>(3));
        QCOMPARE(service(m_otherSales).list()->size(), 1);
        QVERIFY(!service(m_otherSales).update(service(m_otherSales).get(id.value()).value()));
        QCOMPARE(service(m_otherSales).recalculate(id.value()).value(), 3);
        auto preview = service(m_marketing).firstLook(filter, 2);
        QVERIFY2(preview, qPrintable(preview.ok() ? QString() : preview.error().message));
        QCOMPARE(preview->countKind, SegmentPreview::CountKind::Unknown);
        QCOMPARE(service(m_marketing).count(filter).value(), 3);
        QCOMPARE(preview->members.size(), 2);
        auto counts = service(m_marketing).ruleCounts(filter);
        QVERIFY(counts);
        QCOMPARE(counts->size(), 2);

        Segment list;
        list.name = QStringLiteral("Hand picked");
        list.type = SegmentType::Static;
        const qint64 listId = service(m_sales).create(list).value();
        QVERIFY(service(m_sales).addMembers(listId, {contacts[0], contacts[2], contacts[0]}));
        QVERIFY(service(m_sales).removeMembers(listId, {contacts[0]}));
        auto copy = service(m_sales).duplicate(listId);
        QVERIFY2(copy, qPrintable(copy.ok() ? QString() : copy.error().message));
        QCOMPARE(service(m_sales).get(copy.value())->memberCount, std::optional<qint64>(1));
        SegmentMemberQuery search;
        search.search = QStringLiteral("มาลี");
        QCOMPARE(service(m_sales).members(copy.value(), search)->size(), 1);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(service(m_sales).exportCsv(listId, buffer));
        QCOMPARE(buffer.data().count('\n'), 2);
        QCOMPARE(service(m_sales).get(listId)->timesUsed, 1);
        QVERIFY(service(m_sales).archive(listId));
        QCOMPARE(service(m_sales).list()->size(), 2); // the archived list is hidden
    }
};

QTEST_GUILESS_MAIN(TestSegmentService)
#include "TestSegmentService.moc"
