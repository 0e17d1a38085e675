#include "TestBackend.h"
#include "auth/Actor.h"
#include "common/FixedClock.h"
#include "common/ServiceContext.h"
#include "common/TimeFormat.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"
#include "templates/TemplateService.h"
#include "tickets/TicketCategory.h"
#include "tickets/TicketService.h"
#include "tickets/TicketUpdateMail.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// A QStringList from space-separated words (string literals do not convert implicitly here).
QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

// The ticket service against a real SQLite file: numbering, team mapping, status timestamps,
// first response, overdue, events, attachments, customer-update mail, permissions, statistics.
class TestTicketService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void teamFromCategory_data();
    void teamFromCategory();
    void chosenTeamIsKept();
    void statusTimestamps_data();
    void statusTimestamps();
    void reopenClearsTimes();
    void firstResponseIgnoresInternalNotes();
    void dueDateDefaultsToThreeDays();
    void overdue();
    void filters();
    void eventsRecordWhoWhenOldNew();
    void numberUsesOfficeLocalDay();
    void deletedNumberIsNotReused();
    void attachmentRoundTrip();
    void attachmentOverLimitIsRefused();
    void customerUpdateQueuedOnPublicReplyOnly();
    void customerUpdatesCanBeSwitchedOff();
    void customerUpdateUsesActiveTemplateInContactLanguage();
    void customerUpdateFallsBackToBuiltInText_data();
    void customerUpdateFallsBackToBuiltInText();
    void salesEditsOnlyOwnTickets();
    void statistics();
    void validation();

private:
    ServiceContext context(const Actor& actor = Actor::cli()) const
    {
        return ServiceContext{m_db, m_clock.get(), actor};
    }
    Ticket newTicket(const QString& category = QStringLiteral("technical")) const
    {
        Ticket t;
        t.companyId = m_companyId;
        t.contactId = m_contactId;
        t.subject = QStringLiteral("Zone offline in the lobby");
        t.description = QStringLiteral("The lobby player stopped at 08:00.");
        t.category = category;
        return t;
    }
    Ticket create(const Ticket& t, const Actor& actor = Actor::cli()) const
    {
        auto created = TicketService(context(actor)).create(t);
        if (!created)
            qFatal("create failed: %s", qPrintable(created.error().describe()));
        return created.value();
    }
    struct QueuedMail
    {
        QString subject;
        QString html;
        QString text;
    };
    QueuedMail lastMail() const
    {
        auto row =
            SqlRun::exec(m_db->connection(),
                         QStringLiteral("SELECT subject, html_body, text_body FROM outbox ORDER BY id DESC "
                                        "LIMIT 1"));
        if (!row || !row->next())
            return {};
        return {row->value(0).toString(), row->value(1).toString(), row->value(2).toString()};
    }
    void setContactLanguage(const QString& language) const
    {
        QVERIFY(SqlRun::exec(m_db->connection(),
                             QStringLiteral("UPDATE contacts SET language = ? WHERE id = ?"),
                             {language, m_contactId})
                    .ok());
    }
    qint64 addTemplate(const QString& language, const QString& subject, const QString& html,
                       bool active) const
    {
        EmailTemplate t;
        t.name =
            QStringLiteral("Ticket update ") + language + (active ? QString() : QStringLiteral(" draft"));
        t.templateType = QStringLiteral("ticket_update");
        t.language = language;
        t.subject = subject;
        t.htmlBody = html;
        t.isActive = active;
        auto created = TemplateService(context()).create(t);
        if (!created)
            qFatal("template failed: %s", qPrintable(created.error().describe()));
        return created.value();
    }
    qint64 outboxCount() const
    {
        return SqlRun::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM outbox"))
            ->toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    qint64 m_companyId = 0;
    qint64 m_contactId = 0;
};

void TestTicketService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(TestBackend::location(m_dir->filePath(QStringLiteral("rapport.db"))));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().describe()));
    m_db = opened.value();
    // 10:00 in Bangkok on 2 March 2026.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(3, 0), QTimeZone::utc()));
    Company company;
    company.name = QStringLiteral("Siam Riverside Hotel");
    auto companyId = CompanyService(context()).create(company);
    QVERIFY(companyId.ok());
    m_companyId = companyId.value();
    Contact contact;
    contact.companyId = m_companyId;
    contact.name = QStringLiteral("Somchai Jaidee");
    contact.email = QStringLiteral("somchai@siamriverside.example");
    auto contactId = ContactService(context()).create(contact);
    QVERIFY(contactId.ok());
    m_contactId = contactId.value();
}

void TestTicketService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestTicketService::teamFromCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("team");
    QTest::newRow("technical") << QStringLiteral("technical") << QStringLiteral("tech");
    QTest::newRow("zone_config") << QStringLiteral("zone_config") << QStringLiteral("tech");
    QTest::newRow("feature_request") << QStringLiteral("feature_request") << QStringLiteral("tech");
    QTest::newRow("billing") << QStringLiteral("billing") << QStringLiteral("finance");
    QTest::newRow("account") << QStringLiteral("account") << QStringLiteral("sales");
    QTest::newRow("general") << QStringLiteral("general") << QStringLiteral("support");
}

void TestTicketService::teamFromCategory()
{
    QFETCH(QString, category);
    QFETCH(QString, team);
    QCOMPARE(TicketTeamCodes::toCode(TicketCategoryCodes::teamFor(*TicketCategoryCodes::fromCode(category))),
             team);
    const Ticket stored = create(newTicket(category));
    QCOMPARE(stored.assignedTeam, team);
}

void TestTicketService::chosenTeamIsKept()
{
    Ticket t = newTicket(QStringLiteral("billing"));
    t.assignedTeam = QStringLiteral("support");
    QCOMPARE(create(t).assignedTeam, QStringLiteral("support"));
}

void TestTicketService::statusTimestamps_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<bool>("resolvedSet");
    QTest::addColumn<bool>("closedSet");
    QTest::newRow("in progress") << words("in_progress") << false << false;
    QTest::newRow("pending") << words("pending") << false << false;
    QTest::newRow("resolved") << words("resolved") << true << false;
    QTest::newRow("closed directly") << words("closed") << false << true;
    QTest::newRow("resolved then closed") << words("resolved closed") << true << true;
    QTest::newRow("resolved then reopened") << words("resolved in_progress") << false << false;
    QTest::newRow("closed then reopened") << words("resolved closed new") << false << false;
    QTest::newRow("closed then resolved again") << words("closed resolved") << true << false;
}

void TestTicketService::statusTimestamps()
{
    QFETCH(QStringList, statuses);
    QFETCH(bool, resolvedSet);
    QFETCH(bool, closedSet);
    TicketService service(context());
    const Ticket t = create(newTicket());
    QDateTime lastChange;
    for (const QString& status : statuses) {
        m_clock->advanceSeconds(3600);
        lastChange = m_clock->nowUtc();
        const Status changed = service.setStatus(t.id, status);
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().describe()));
    }
    const Ticket after = service.get(t.id).value();
    QCOMPARE(after.status, statuses.last());
    QCOMPARE(after.resolvedAt.isValid(), resolvedSet);
    QCOMPARE(after.closedAt.isValid(), closedSet);
    if (statuses.last() == QLatin1String("resolved"))
        QCOMPARE(after.resolvedAt, lastChange);
    if (statuses.last() == QLatin1String("closed"))
        QCOMPARE(after.closedAt, lastChange);
}

void TestTicketService::reopenClearsTimes()
{
    TicketService service(context());
    const Ticket t = create(newTicket());
    QVERIFY(service.setStatus(t.id, QStringLiteral("resolved")).ok());
    m_clock->advanceSeconds(60);
    QVERIFY(service.close(t.id).ok());
    const Ticket closed = service.get(t.id).value();
    QVERIFY(closed.resolvedAt.isValid());
    QVERIFY(closed.closedAt.isValid());
    QVERIFY(!closed.isOpen());

    QVERIFY(service.reopen(t.id).ok());
    const Ticket reopened = service.get(t.id).value();
    QCOMPARE(reopened.status, QStringLiteral("new"));
    QVERIFY(!reopened.resolvedAt.isValid());
    QVERIFY(!reopened.closedAt.isValid());
    QVERIFY(reopened.isOpen());
    // Reopening an open ticket is refused rather than silently recorded.
    QCOMPARE(service.reopen(t.id).error().code, ErrorCode::Conflict);
    const auto events = service.events(t.id).value();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.last().oldValue, QStringLiteral("closed"));
    QCOMPARE(events.last().newValue, QStringLiteral("new"));
}

void TestTicketService::firstResponseIgnoresInternalNotes()
{
    TicketService service(context());
    const Ticket t = create(newTicket());
    m_clock->advanceSeconds(1800);
    QVERIFY(service.addComment(t.id, QStringLiteral("Checked the player logs."), true).ok());
    QVERIFY(!service.get(t.id)->firstResponseAt.isValid());

    m_clock->advanceSeconds(1800);
    const QDateTime replyTime = m_clock->nowUtc();
    QVERIFY(service.addComment(t.id, QStringLiteral("We are restarting your zone now."), false).ok());
    const Ticket answered = service.get(t.id).value();
    QCOMPARE(answered.firstResponseAt, replyTime);
    QCOMPARE(answered.firstResponseHours().value(), 1.0);

    m_clock->advanceSeconds(3600);
    QVERIFY(service.addComment(t.id, QStringLiteral("Zone is back."), false).ok());
    QCOMPARE(service.get(t.id)->firstResponseAt, replyTime);
}

void TestTicketService::dueDateDefaultsToThreeDays()
{
    const Ticket t = create(newTicket());
    QCOMPARE(t.dueAt, m_clock->nowUtc().addDays(3));
    Ticket explicitDue = newTicket();
    explicitDue.dueAt = m_clock->nowUtc().addSecs(7200);
    QCOMPARE(create(explicitDue).dueAt, m_clock->nowUtc().addSecs(7200));
}

void TestTicketService::overdue()
{
    TicketService service(context());
    const Ticket late = create(newTicket());
    const Ticket resolvedLate = create(newTicket());
    QVERIFY(service.setStatus(resolvedLate.id, QStringLiteral("resolved")).ok());
    QVERIFY(!service.get(late.id)->overdue);

    m_clock->advanceSeconds(3 * 86400 - 1);
    QVERIFY(!service.get(late.id)->overdue);
    m_clock->advanceSeconds(2);
    QVERIFY(service.get(late.id)->overdue);
    QVERIFY(!service.get(resolvedLate.id)->overdue);

    TicketQuery query;
    query.filter = TicketFilter::Overdue;
    const auto listed = service.list(query).value();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().id, late.id);
    QCOMPARE(service.count(query).value(), 1);
}

void TestTicketService::filters()
{
    TicketService service(context());
    Actor agent{7, QStringLiteral("nok"), Role::TechSupport};
    Ticket urgent = newTicket();
    urgent.priority = QStringLiteral("urgent");
    urgent.subject = QStringLiteral("Whole hotel silent");
    const Ticket u = create(urgent);
    Ticket mine = newTicket(QStringLiteral("billing"));
    mine.assignedTo = 7;
    mine.assignedToName = QStringLiteral("nok");
    const Ticket m = create(mine);
    QCOMPARE(m.status, QStringLiteral("assigned"));
    const Ticket done = create(newTicket());
    QVERIFY(service.setStatus(done.id, QStringLiteral("closed")).ok());

    const auto ids = [&](TicketFilter filter, const QString& search = {}) {
        TicketQuery q;
        q.filter = filter;
        q.search = search;
        QList<qint64> result;
        const QList<Ticket> tickets = TicketService(context(agent)).list(q).value();
        for (const Ticket& t : tickets)
            result << t.id;
        std::sort(result.begin(), result.end());
        return result;
    };
    QCOMPARE(ids(TicketFilter::All), (QList<qint64>{u.id, m.id, done.id}));
    QCOMPARE(ids(TicketFilter::Mine), QList<qint64>{m.id});
    QCOMPARE(ids(TicketFilter::Unassigned), QList<qint64>{u.id});
    QCOMPARE(ids(TicketFilter::Open), (QList<qint64>{u.id, m.id}));
    QCOMPARE(ids(TicketFilter::Urgent), QList<qint64>{u.id});
    QCOMPARE(ids(TicketFilter::All, QStringLiteral("SILENT")), QList<qint64>{u.id});
    QCOMPARE(ids(TicketFilter::All, QStringLiteral("riverside")).size(), 3);
    QCOMPARE(ids(TicketFilter::All, m.ticketNumber.toLower()), QList<qint64>{m.id});
}

void TestTicketService::eventsRecordWhoWhenOldNew()
{
    Actor agent{7, QStringLiteral("nok"), Role::TechSupport};
    TicketService service(context(agent));
    const Ticket t = create(newTicket());
    m_clock->advanceSeconds(600);
    Ticket changed = t;
    changed.priority = QStringLiteral("high");
    changed.assignedTo = 7;
    changed.assignedToName = QStringLiteral("nok");
    changed.assignedTeam = QStringLiteral("support");
    changed.dueAt = t.dueAt.addDays(1);
    changed.subject = QStringLiteral("Lobby zone offline since 08:00");
    QVERIFY(service.update(changed).ok());

    const auto events = service.events(t.id).value();
    QMap<QString, TicketEvent> byField;
    for (const TicketEvent& e : events)
        byField.insert(e.field, e);
    QCOMPARE(byField.keys(), (words("assigned_team assigned_to due_date priority status")));
    QCOMPARE(byField.value(QStringLiteral("priority")).oldValue, QStringLiteral("medium"));
    QCOMPARE(byField.value(QStringLiteral("priority")).newValue, QStringLiteral("high"));
    QCOMPARE(byField.value(QStringLiteral("assigned_to")).oldValue, QString());
    QCOMPARE(byField.value(QStringLiteral("assigned_to")).newValue, QStringLiteral("nok"));
    // Assigning a new ticket moves it to "assigned".
    QCOMPARE(byField.value(QStringLiteral("status")).newValue, QStringLiteral("assigned"));
    QCOMPARE(byField.value(QStringLiteral("assigned_team")).oldValue, QStringLiteral("tech"));
    QCOMPARE(byField.value(QStringLiteral("due_date")).newValue,
             TimeFormat::toStoredTimestamp(t.dueAt.addDays(1)));
    for (const TicketEvent& e : events) {
        QCOMPARE(e.actorName, QStringLiteral("nok"));
        QCOMPARE(e.actorId, 7);
        QCOMPARE(e.at, m_clock->nowUtc());
    }
    // A subject-only change is audited but is not a timeline event.
    Ticket retitled = service.get(t.id).value();
    retitled.subject = QStringLiteral("Lobby zone offline");
    QVERIFY(service.update(retitled).ok());
    QCOMPARE(service.events(t.id)->size(), events.size());
}

void TestTicketService::numberUsesOfficeLocalDay()
{
    // 18:30 UTC on 1 March is 01:30 on 2 March in Bangkok.
    m_clock->setNow(QDateTime(QDate(2026, 3, 1), QTime(18, 30), QTimeZone::utc()));
    QCOMPARE(create(newTicket()).ticketNumber, QStringLiteral("T-20260302-0001"));
    QCOMPARE(create(newTicket()).ticketNumber, QStringLiteral("T-20260302-0002"));
    m_clock->setNow(QDateTime(QDate(2026, 3, 2), QTime(17, 0), QTimeZone::utc()));
    QCOMPARE(create(newTicket()).ticketNumber, QStringLiteral("T-20260303-0001"));
    QVERIFY(OfficeSettings(context())
                .setValue(QLatin1String(SettingsCatalogue::Keys::OfficeTimeZone), QStringLiteral("UTC"))
                .ok());
    QCOMPARE(create(newTicket()).ticketNumber, QStringLiteral("T-20260302-0003"));
}

void TestTicketService::deletedNumberIsNotReused()
{
    TicketService service(context());
    const Ticket first = create(newTicket());
    const Ticket second = create(newTicket());
    QCOMPARE(second.ticketNumber, QStringLiteral("T-20260302-0002"));
    QVERIFY(service.remove(second.id).ok());
    QCOMPARE(service.get(second.id).error().code, ErrorCode::NotFound);
    QCOMPARE(create(newTicket()).ticketNumber, QStringLiteral("T-20260302-0003"));
    QCOMPARE(service.find(first.ticketNumber)->id, first.id);
}

void TestTicketService::attachmentRoundTrip()
{
    TicketService service(context());
    const Ticket t = create(newTicket());
    QByteArray data(300 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char& byte : data)
        byte = static_cast<char>(generator.bounded(256));
    const QString expectedSha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());

    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("player-log.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    auto stored = service.attachFile(t.id, path);
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().describe()));
    QCOMPARE(stored->sha256, expectedSha);
    QCOMPARE(stored->sizeBytes, data.size());
    QCOMPARE(stored->fileName, QStringLiteral("player-log.bin"));

    auto png =
        service.attach(t.id, QStringLiteral("screen.png"), QByteArray::fromHex("89504e470d0a1a0a0000"));
    QVERIFY(png.ok());
    QCOMPARE(png->mimeType, QStringLiteral("image/png"));

    const auto listed = service.attachments(t.id).value();
    QCOMPARE(listed.size(), 2);
    QVERIFY(listed.first().content.isEmpty());
    auto loaded = service.attachmentContent(stored->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->content.size(), data.size());
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(loaded->content, QCryptographicHash::Sha256).toHex()),
        expectedSha);
    QCOMPARE(loaded->content, data);
}

void TestTicketService::attachmentOverLimitIsRefused()
{
    QVERIFY(OfficeSettings(context())
                .setValue(QLatin1String(SettingsCatalogue::Keys::AttachmentLimitMb), QStringLiteral("1"))
                .ok());
    TicketService service(context());
    const Ticket t = create(newTicket());
    QCOMPARE(service.attachmentLimitBytes(), 1024 * 1024);
    QVERIFY(service.attach(t.id, QStringLiteral("exact.bin"), QByteArray(1024 * 1024, 'x')).ok());

    auto refused = service.attach(t.id, QStringLiteral("big.bin"), QByteArray(1024 * 1024 + 1, 'x'));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("at most 1 MB")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("big.bin")));

    QTemporaryDir files;
    QFile file(files.filePath(QStringLiteral("huge.wav")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(3 * 1024 * 1024));
    file.close();
    auto refusedFile = service.attachFile(t.id, file.fileName());
    QVERIFY(!refusedFile.ok());
    QVERIFY(refusedFile.error().message.contains(QStringLiteral("at most 1 MB")));

    QCOMPARE(service.attachments(t.id)->size(), 1);
    QCOMPARE(SqlRun::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM ticket_attachments"))
                 ->toInt(),
             1);
}

void TestTicketService::customerUpdateQueuedOnPublicReplyOnly()
{
    TicketService service(context());
    const Ticket t = create(newTicket());
    QCOMPARE(outboxCount(), 1); // the "we have received your request" mail
    QVERIFY(service.addComment(t.id, QStringLiteral("Internal: vendor bug #42"), true).ok());
    QCOMPARE(outboxCount(), 1);
    auto reply = service.addComment(t.id, QStringLiteral("We have restarted the player."), false);
    QVERIFY(reply.ok());
    QCOMPARE(outboxCount(), 2);

    auto row = SqlRun::exec(
        m_db->connection(),
        QStringLiteral("SELECT to_address, subject, text_body, html_body, dedupe_key, message_id, "
                       "status, source_type, source_id FROM outbox ORDER BY id DESC"));
    QVERIFY(row.ok() && row->next());
    QCOMPARE(row->value(0).toString(), QStringLiteral("somchai@siamriverside.example"));
    QVERIFY(row->value(1).toString().contains(t.ticketNumber));
    QVERIFY(row->value(2).toString().contains(QStringLiteral("We have restarted the player.")));
    QVERIFY(!row->value(2).toString().contains(QStringLiteral("vendor bug")));
    QVERIFY(!row->value(3).toString().contains(QStringLiteral("vendor bug")));
    QCOMPARE(row->value(4).toString(),
             TicketUpdateMail::dedupeKey(t.id, TicketUpdateMail::Reason::Replied, reply->id));
    QVERIFY(row->value(5).toString().startsWith(QLatin1Char('<')));
    QCOMPARE(row->value(6).toString(), QStringLiteral("queued"));
    QCOMPARE(row->value(7).toString(), QStringLiteral("ticket_update"));
    QCOMPARE(row->value(8).toLongLong(), t.id);

    QVERIFY(service.setStatus(t.id, QStringLiteral("pending")).ok());
    QCOMPARE(outboxCount(), 2);
    QVERIFY(service.setStatus(t.id, QStringLiteral("resolved")).ok());
    QCOMPARE(outboxCount(), 3);
}

void TestTicketService::customerUpdatesCanBeSwitchedOff()
{
    QVERIFY(
        OfficeSettings(context())
            .setValue(QLatin1String(SettingsCatalogue::Keys::TicketCustomerUpdates), QStringLiteral("false"))
            .ok());
    TicketService service(context());
    const Ticket t = create(newTicket());
    QVERIFY(service.addComment(t.id, QStringLiteral("Done."), false).ok());
    QVERIFY(service.setStatus(t.id, QStringLiteral("resolved")).ok());
    QCOMPARE(outboxCount(), 0);
    // A ticket without a contact has nobody to mail either.
    QVERIFY(
        OfficeSettings(context())
            .setValue(QLatin1String(SettingsCatalogue::Keys::TicketCustomerUpdates), QStringLiteral("true"))
            .ok());
    Ticket noContact = newTicket();
    noContact.contactId = 0;
    create(noContact);
    QCOMPARE(outboxCount(), 0);
}

void TestTicketService::salesEditsOnlyOwnTickets()
{
    const Actor sales{11, QStringLiteral("ploy"), Role::Sales};
    const Actor marketing{12, QStringLiteral("mint"), Role::Marketing};
    const Actor support{13, QStringLiteral("nok"), Role::TechSupport};
    const Ticket own = create(newTicket(), sales);
    QCOMPARE(own.createdBy, 11);
    QCOMPARE(own.createdByName, QStringLiteral("ploy"));
    const Ticket other = create(newTicket(), support);

    TicketService salesService(context(sales));
    Ticket ownChange = own;
    ownChange.priority = QStringLiteral("high");
    QVERIFY(salesService.update(ownChange).ok());
    QVERIFY(salesService.addComment(own.id, QStringLiteral("Customer called again."), false).ok());

    Ticket otherChange = other;
    otherChange.priority = QStringLiteral("low");
    const Status refused = salesService.update(otherChange);
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(refused.error().message.contains(other.ticketNumber));
    QCOMPARE(salesService.addComment(other.id, QStringLiteral("x"), false).error().code,
             ErrorCode::Forbidden);
    QCOMPARE(TicketService(context(marketing)).setStatus(other.id, QStringLiteral("closed")).error().code,
             ErrorCode::Forbidden);
    // Assigning and deleting are Tech Support's and Admin's.
    ownChange = salesService.get(own.id).value();
    ownChange.assignedTo = 13;
    QCOMPARE(salesService.update(ownChange).error().code, ErrorCode::Forbidden);
    QCOMPARE(salesService.remove(own.id).error().code, ErrorCode::Forbidden);
    QVERIFY(!salesService.canDelete());

    TicketService supportService(context(support));
    Ticket assign = supportService.get(own.id).value();
    assign.assignedTo = 13;
    assign.assignedToName = QStringLiteral("nok");
    QVERIFY(supportService.update(assign).ok());
    QVERIFY(supportService.remove(other.id).ok());
}

void TestTicketService::statistics()
{
    const Actor agent{7, QStringLiteral("nok"), Role::TechSupport};
    TicketService service(context(agent));
    const QDateTime start = m_clock->nowUtc();
    Ticket urgent = newTicket();
    urgent.priority = QStringLiteral("urgent");
    const Ticket a = create(urgent);
    Ticket assigned = newTicket();
    assigned.assignedTo = 7;
    assigned.assignedToName = QStringLiteral("nok");
    const Ticket b = create(assigned);
    create(newTicket());

    m_clock->setNow(start.addSecs(2 * 3600));
    QVERIFY(service.addComment(a.id, QStringLiteral("On it."), false).ok());
    m_clock->setNow(start.addSecs(4 * 3600));
    QVERIFY(service.addComment(b.id, QStringLiteral("On it too."), false).ok());
    m_clock->setNow(start.addSecs(10 * 3600));
    QVERIFY(service.setStatus(a.id, QStringLiteral("resolved")).ok());
    m_clock->setNow(start.addDays(4)); // everything still open is overdue now

    const TicketStatistics stats = service.statistics().value();
    QCOMPARE(stats.total, 3);
    QCOMPARE(stats.open, 2);
    QCOMPARE(stats.byStatus.value(QStringLiteral("new")), 1);
    QCOMPARE(stats.byStatus.value(QStringLiteral("assigned")), 1);
    QCOMPARE(stats.byStatus.value(QStringLiteral("resolved")), 1);
    QCOMPARE(stats.byStatus.value(QStringLiteral("closed")), 0);
    QCOMPARE(stats.byPriority.value(QStringLiteral("urgent")), 1);
    QCOMPARE(stats.byPriority.value(QStringLiteral("medium")), 2);
    QCOMPARE(stats.myOpen, 1);
    QCOMPARE(stats.unassigned, 1);
    QCOMPARE(stats.overdue, 2);
    QCOMPARE(stats.averageFirstResponseHours.value(), 3.0);
    QCOMPARE(stats.averageResolutionHours.value(), 10.0);
}

void TestTicketService::validation()
{
    TicketService service(context());
    Company other;
    other.name = QStringLiteral("Bangkok Beats Cafe");
    const qint64 otherCompany = CompanyService(context()).create(other).value();
    const auto fieldOf = [&](const Ticket& t) {
        auto result = service.create(t);
        return result.ok() ? QString() : result.error().field;
    };
    Ticket t = newTicket();
    t.companyId = 0;
    QCOMPARE(fieldOf(t), QStringLiteral("company_id"));
    t = newTicket();
    t.companyId = otherCompany; // the contact works elsewhere
    QCOMPARE(fieldOf(t), QStringLiteral("contact_id"));
    t = newTicket();
    t.subject = QStringLiteral("  ");
    QCOMPARE(fieldOf(t), QStringLiteral("subject"));
    t = newTicket();
    t.category = QStringLiteral("music");
    QCOMPARE(fieldOf(t), QStringLiteral("category"));
    t = newTicket();
    t.priority = QStringLiteral("critical");
    QCOMPARE(fieldOf(t), QStringLiteral("priority"));
    // Nothing was stored and no number was spent on refused tickets.
    QCOMPARE(service.count().value(), 0);
    QCOMPARE(create(newTicket()).ticketNumber, QStringLiteral("T-20260302-0001"));
}

QTEST_GUILESS_MAIN(TestTicketService)
#include "TestTicketService.moc"

void TestTicketService::customerUpdateUsesActiveTemplateInContactLanguage()
{
    setContactLanguage(QStringLiteral("th"));
    addTemplate(QStringLiteral("en"), QStringLiteral("EN {{ticket_number}}"),
                QStringLiteral("<p>EN {{ticket_status}}: {{ticket_message}}</p>"), true);
    // An inactive Thai draft is not used; the active English one is (SPEC §5 fallback).
    const qint64 thai =
        addTemplate(QStringLiteral("th"), QStringLiteral("TH {{ticket_number}} {{ticket_subject}}"),
                    QStringLiteral("<p>เรียน {{contact_name}} [{{ticket_status}}] "
                                   "{{ticket_message}} ({{company_name}})</p>"),
                    false);
    TicketService service(context());
    const Ticket t = create(newTicket());
    QCOMPARE(lastMail().subject, QStringLiteral("EN ") + t.ticketNumber);
    QCOMPARE(lastMail().html, QStringLiteral("<p>EN New: The lobby player stopped at 08:00.</p>"));

    // Once the Thai template is active, the Thai contact gets it, values HTML-escaped.
    QVERIFY(TemplateService(context()).setActive(thai, true).ok());
    QVERIFY(service.addComment(t.id, QStringLiteral("Internal: <b>vendor</b> bug"), true).ok());
    QVERIFY(service.addComment(t.id, QStringLiteral("Restarted the player <now>."), false).ok());
    const QueuedMail reply = lastMail();
    QCOMPARE(reply.subject, QStringLiteral("TH %1 Zone offline in the lobby").arg(t.ticketNumber));
    QVERIFY2(reply.html.contains(QStringLiteral("เรียน Somchai Jaidee")), qPrintable(reply.html));
    QVERIFY2(reply.html.contains(QStringLiteral("Restarted the player &lt;now&gt;.")),
             qPrintable(reply.html));
    QVERIFY(reply.html.contains(QStringLiteral("(Siam Riverside Hotel)")));
    QVERIFY(!reply.html.contains(QStringLiteral("vendor")));
    QVERIFY(reply.text.contains(QStringLiteral("Restarted the player <now>.")));

    // Resolving quotes the latest public answer, never the internal note added after it.
    QVERIFY(service.addComment(t.id, QStringLiteral("Internal: closing this out"), true).ok());
    QVERIFY(service.setStatus(t.id, QStringLiteral("resolved")).ok());
    const QueuedMail resolved = lastMail();
    QVERIFY2(resolved.html.contains(QStringLiteral("Restarted the player &lt;now&gt;.")),
             qPrintable(resolved.html));
    QVERIFY(!resolved.html.contains(QStringLiteral("closing this out")));
    QCOMPARE(TicketUpdateMail::statusLabel(QStringLiteral("resolved"), QStringLiteral("en")),
             QStringLiteral("Resolved"));
}

void TestTicketService::customerUpdateFallsBackToBuiltInText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QString>("subjectWord");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Dear Somchai Jaidee") << QString();
    QTest::newRow("th") << QStringLiteral("th") << QStringLiteral("เรียน คุณ Somchai Jaidee")
                        << QStringLiteral("สถานะ");
    // A language Rapport has no text for gets English.
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Dear Somchai Jaidee") << QString();
}

void TestTicketService::customerUpdateFallsBackToBuiltInText()
{
    QFETCH(QString, language);
    QFETCH(QString, greeting);
    QFETCH(QString, subjectWord);
    setContactLanguage(language);
    // Only an inactive template: the office has not switched one on, yet updates are on.
    addTemplate(QStringLiteral("en"), QStringLiteral("Draft"), QStringLiteral("<p>Draft</p>"), false);
    const Ticket t = create(newTicket());
    QCOMPARE(outboxCount(), 1);
    const QueuedMail mail = lastMail();
    QVERIFY2(mail.subject.startsWith(QLatin1Char('[') + t.ticketNumber + QStringLiteral("] Zone offline")),
             qPrintable(mail.subject));
    QVERIFY(mail.subject.contains(subjectWord));
    QVERIFY2(mail.html.contains(greeting), qPrintable(mail.html));
    QVERIFY(mail.html.contains(QStringLiteral("The lobby player stopped at 08:00.")));
    QVERIFY(!mail.html.contains(QStringLiteral("{{")));
    QVERIFY(mail.text.contains(t.ticketNumber));
}
