#include "PostgresServer.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "tickets/TicketService.h"

#include <QCryptographicHash>
#include <QSet>
#include <QThread>
#include <QtTest>

// Tickets on a real PostgreSQL 15 server: numbering under two concurrent writers (each thread on
// its own connection), no reuse after delete, comments, attachments as BYTEA, filters and stats.
class TestTicketPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketsWorkOnPostgres();
    void concurrentNumbering();
    void cleanupTestCase() { m_server.reset(); }

private:
    qint64 createCompany(const ServiceContext& ctx, const QString& name) const;

    std::unique_ptr<PostgresServer> m_server;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc())};
};

void TestTicketPostgres::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    if (!m_server->isRunning())
        QSKIP(qPrintable(m_server->unavailableReason()));
}

qint64 TestTicketPostgres::createCompany(const ServiceContext& ctx, const QString& name) const
{
    Company company;
    company.name = name;
    return CompanyService(ctx).create(company).valueOr(0);
}

void TestTicketPostgres::ticketsWorkOnPostgres()
{
    auto opened = Database::open(m_server->createDatabase(QStringLiteral("rapport_tickets")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    const ServiceContext ctx{opened.value(), &m_clock, Actor::cli()};
    const qint64 companyId = createCompany(ctx, QStringLiteral("โรงแรมริมน้ำ Riverside"));
    QVERIFY(companyId != 0);
    Contact contact;
    contact.companyId = companyId;
    contact.name = QStringLiteral("Somchai");
    contact.email = QStringLiteral("somchai@example.com");
    const qint64 contactId = ContactService(ctx).create(contact).valueOr(0);
    QVERIFY(contactId != 0);

    TicketService service(ctx);
    Ticket t;
    t.companyId = companyId;
    t.contactId = contactId;
    t.subject = QStringLiteral("ไม่มีเสียง in the lobby");
    t.description = QStringLiteral("Silent since 08:00");
    t.category = QStringLiteral("billing");
    auto first = service.create(t);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->ticketNumber, QStringLiteral("T-20260302-0001"));
    QCOMPARE(first->assignedTeam, QStringLiteral("finance"));
    auto second = service.create(t);
    QVERIFY(second);
    QVERIFY(service.remove(second->id));
    QCOMPARE(service.create(t)->ticketNumber, QStringLiteral("T-20260302-0003"));

    m_clock.advanceSeconds(3600);
    QVERIFY(service.addComment(first->id, QStringLiteral("note"), true));
    QVERIFY(!service.get(first->id)->firstResponseAt.isValid());
    QVERIFY(service.addComment(first->id, QStringLiteral("reply"), false));
    QCOMPARE(service.get(first->id)->firstResponseAt, m_clock.nowUtc());
    QVERIFY(service.setStatus(first->id, QStringLiteral("resolved")));
    QVERIFY(service.reopen(first->id));
    QVERIFY(!service.get(first->id)->resolvedAt.isValid());

    QByteArray data(70000, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>(i * 7 % 256);
    auto attached = service.attach(first->id, QStringLiteral("dump.bin"), data);
    QVERIFY2(attached, attached ? "" : qPrintable(attached.error().message));
    auto loaded = service.attachmentContent(attached->id);
    QVERIFY(loaded);
    QCOMPARE(loaded->content, data);
    QCOMPARE(loaded->sha256,
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));

    TicketQuery search;
    search.search = QStringLiteral("ริมน้ำ");
    QCOMPARE(service.count(search).value(), qint64(2));
    m_clock.advanceSeconds(4 * 86400);
    TicketQuery overdue;
    overdue.filter = TicketFilter::Overdue;
    QCOMPARE(service.list(overdue)->size(), 2);
    const TicketStatistics stats = service.statistics().value();
    QCOMPARE(stats.total, qint64(2));
    QCOMPARE(stats.overdue, qint64(2));
    QCOMPARE(stats.averageFirstResponseHours.value(), 1.0);
    QCOMPARE(service.timeline(first->id)->size(), 6); // opened, note, reply, resolved, reopened, file
    // Three "received" mails, one reply and one resolution; the note caused none.
    QCOMPARE(SqlRun::scalar(ctx.db().connection(), QStringLiteral("SELECT count(*) FROM outbox"))->toInt(),
             5);
}

void TestTicketPostgres::concurrentNumbering()
{
    m_clock.setNow(QDateTime(QDate(2026, 3, 2), QTime(2, 0), QTimeZone::utc()));
    auto opened = Database::open(m_server->createDatabase(QStringLiteral("rapport_numbering")));
    QVERIFY(opened);
    const std::shared_ptr<Database> db = opened.value();
    const ServiceContext ctx{db, &m_clock, Actor::cli()};
    const qint64 companyId = createCompany(ctx, QStringLiteral("Numbering Co"));
    QVERIFY(companyId != 0);

    QList<QStringList> numbers(2);
    QList<QString> failures(2);
    QList<QThread*> threads;
    for (int w = 0; w < 2; ++w) {
        threads << QThread::create([&, w] {
            const ServiceContext threadCtx{db, &m_clock, Actor::cli()};
            for (int i = 0; i < 60; ++i) {
                Ticket t;
                t.companyId = companyId;
                t.subject = QStringLiteral("Writer %1 #%2").arg(w).arg(i);
                t.description = QStringLiteral("x");
                auto created = TicketService(threadCtx).create(t);
                if (!created) {
                    failures[w] = created.error().message;
                    break;
                }
                numbers[w] << created->ticketNumber;
            }
            db->closeThreadConnection();
        });
        threads.last()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(240000));
        delete thread;
    }
    QVERIFY2(failures.at(0).isEmpty(), qPrintable(failures.at(0)));
    QVERIFY2(failures.at(1).isEmpty(), qPrintable(failures.at(1)));
    QSet<QString> all;
    for (const QStringList& list : numbers)
        for (const QString& number : list)
            all.insert(number);
    QCOMPARE(all.size(), 120);
    for (int n = 1; n <= 120; ++n)
        QVERIFY(all.contains(QStringLiteral("T-20260302-%1").arg(n, 4, 10, QLatin1Char('0'))));
}

QTEST_GUILESS_MAIN(TestTicketPostgres)
#include "TestTicketPostgres.moc"
