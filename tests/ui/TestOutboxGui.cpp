#include "MailTestEnvironment.h"
#include "SmtpTestServer.h"
#include "app/AppSession.h"
#include "app/MainWindow.h"
#include "common/FixedClock.h"
#include "db/Database.h"
#include "mail/MailPages.h"
#include "mail/MailStatus.h"
#include "mail/Outbox.h"
#include "mail/OutboxPage.h"
#include "mail/OutboxTableModel.h"
#include "mail/PasswordPrompt.h"
#include "mail/SchedulerIndicator.h"
#include "mail/SmtpPasswordKeeper.h"
#include "mail/SmtpSettingsDialog.h"
#include "scheduler/Scheduler.h"
#include "widgets/MessageBanner.h"
#include "widgets/UserPrompt.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>

namespace {
OutgoingMail mailTo(const QString& key, const QString& address)
{
    OutgoingMail mail;
    mail.dedupeKey = key;
    mail.to = {address, {}};
    mail.subject = QStringLiteral("Renewal %1 – ต่ออายุสัญญา").arg(key);
    mail.htmlBody = QStringLiteral("<p>Hello</p>");
    return mail;
}
} // namespace

// The Outbox page, the status-bar indicator and the SMTP settings dialog in the real main window,
// with the scheduler's thread sending to a real SMTP server.
class TestOutboxGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<SmtpTestServer> server;
    std::unique_ptr<MailTestEnvironment> env;
    std::unique_ptr<AppSession> session;
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<MainWindow> window;
    SmtpPasswordKeeper* keeper = nullptr;

    OutboxPage* outboxPage()
    {
        window->showPage(QStringLiteral("outbox"));
        return qobject_cast<OutboxPage*>(window->page(QStringLiteral("outbox")));
    }
    bool waitForTick(QSignalSpy& spy, int count)
    {
        for (int i = 0; i < 600 && spy.count() < count; ++i)
            spy.wait(100);
        return spy.count() >= count;
    }
    int rowsWithStatus(OutboxTableModel* model, const QString& code)
    {
        int rows = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            rows +=
                model->index(row, OutboxTableModel::Status).data(OutboxTableModel::RawValueRole).toString() ==
                code;
        return rows;
    }
    int rowOf(OutboxTableModel* model, const QString& code)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, OutboxTableModel::Status).data(OutboxTableModel::RawValueRole).toString() ==
                code)
                return row;
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("RapportTest"));
        // No session bus: the test never touches a developer's real keychain, and the password
        // keeper has to take its no-keychain path (ask once, keep in memory).
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY"); // nor may D-Bus autolaunch through X11
        server = std::make_unique<SmtpTestServer>();
        QVERIFY2(server->start(), qPrintable(server->errorString()));
    }
    void init()
    {
        server->reset();
        env = std::make_unique<MailTestEnvironment>();
        QVERIFY2(env->isValid(), qPrintable(env->errorString()));
        QVERIFY(env->configure(MailTestEnvironment::settingsFor(*server)));
        PasswordPrompt::setScriptedAnswer(std::optional<QString>(server->options().password));
        UserPrompt::setScriptedAnswer(true);
        session = std::make_unique<AppSession>(env->database(),
                                               std::make_unique<FixedClock>(env->clock().nowUtc()));
        const ServiceContext context = session->context();
        scheduler = std::make_unique<Scheduler>(context.database, context.clock, SchedulerJobRegistry());
        window = std::make_unique<MainWindow>(*session);
        keeper = addMailPages(*window, *session, *scheduler);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    void cleanup()
    {
        scheduler->stop();
        window.reset();
        scheduler.reset();
        session.reset();
        env.reset();
        PasswordPrompt::setScriptedAnswer(std::nullopt);
        UserPrompt::setScriptedAnswer(std::nullopt);
    }

    void outboxShowsDeliveryAndActsOnMail();
    void unconfirmedMailCanBeMarkedSent();
    void statusBarShowsProgressWhileSending();
    void smtpSettingsTestAndTrustCertificate();
    void stoppedSchedulerSaysWhy();
};

// An office desktop that runs no scheduler says who sends the mail instead of "stopped".
void TestOutboxGui::stoppedSchedulerSaysWhy()
{
    auto* indicator = window->findChild<SchedulerIndicator*>();
    QVERIFY(indicator);
    QVERIFY2(indicator->text().contains(QLatin1String("stopped")), qPrintable(indicator->text()));
    indicator->setStoppedReason(QStringLiteral("Mail is sent by the office server"));
    QCOMPARE(indicator->text(), QStringLiteral("Mail is sent by the office server"));
    QCOMPARE(window->findChild<QLabel*>(QStringLiteral("schedulerStatusLabel"))->text(),
             QStringLiteral("Mail is sent by the office server"));
    // Once it runs after all, the real state shows again.
    scheduler->start();
    QTRY_VERIFY(!indicator->text().contains(QLatin1String("office server")));
}

void TestOutboxGui::outboxShowsDeliveryAndActsOnMail()
{
    Outbox outbox(session->context());
    QVERIFY(outbox.enqueue(mailTo(QStringLiteral("a"), QStringLiteral("ann@example.com"))));
    QVERIFY(outbox.enqueue(mailTo(QStringLiteral("b"), QStringLiteral("bob@example.com"))));
    QVERIFY(outbox.enqueue(mailTo(QStringLiteral("c"), QStringLiteral("chai@example.com"))));
    server->setFault(QStringLiteral("data_550"), 1);
    QSignalSpy ticks(scheduler.get(), &Scheduler::tickFinished);
    // The password keeper asked for the password once (no keychain here) and handed it over.
    QTRY_VERIFY(keeper->hasPassword());
    QCOMPARE(PasswordPrompt::timesAsked() >= 1, true);
    const int asked = PasswordPrompt::timesAsked();
    scheduler->start();
    QVERIFY(waitForTick(ticks, 1));
    QTRY_COMPARE(server->messageCount(), 2);

    OutboxPage* page = outboxPage();
    QVERIFY(page);
    OutboxTableModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(rowsWithStatus(model, QStringLiteral("sent")), 2);
    QCOMPARE(rowsWithStatus(model, QStringLiteral("failed")), 1);
    const int failedRow = rowOf(model, QStringLiteral("failed"));
    QVERIFY(model->index(failedRow, OutboxTableModel::LastError)
                .data()
                .toString()
                .contains(QLatin1String("550 5.7.1")));
    QCOMPARE(model->index(failedRow, OutboxTableModel::Attempts).data().toInt(), 1);

    auto* label = window->findChild<QLabel*>(QStringLiteral("schedulerStatusLabel"));
    QVERIFY(label);
    QTRY_VERIFY(label->text().contains(QLatin1String("idle")));
    QVERIFY(label->text().contains(QLatin1String("550")));

    // Filter by status, then search.
    auto* filter = page->findChild<QComboBox*>(QStringLiteral("outboxStatusFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("failed")));
    QTRY_COMPARE(model->rowCount(), 1);
    filter->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), 3);
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("outboxSearch"));
    QTest::keyClicks(search, QStringLiteral("BOB@"));
    QTRY_COMPARE(model->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);

    // Retry the failed mail: it goes out with the next run.
    auto* view = page->findChild<QTableView*>(QStringLiteral("outboxTable"));
    auto* retry = page->findChild<QPushButton*>(QStringLiteral("outboxRetryButton"));
    auto* markSent = page->findChild<QPushButton*>(QStringLiteral("outboxMarkSentButton"));
    view->selectRow(rowOf(model, QStringLiteral("sent")));
    QVERIFY(!retry->isEnabled());
    view->selectRow(rowOf(model, QStringLiteral("failed")));
    QVERIFY(retry->isEnabled());
    QVERIFY(!markSent->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(waitForTick(ticks, 2));
    QTRY_COMPARE(rowsWithStatus(model, QStringLiteral("sent")), 3);
    QCOMPARE(server->messageCount(), 3);
    QCOMPARE(PasswordPrompt::timesAsked(), asked); // once per run, not per tick
    QVERIFY(page->statusText().contains(QLatin1String("3")));

    // Whole dates, whole addresses and the longest status label fit their columns.
    const QFontMetrics metrics = view->fontMetrics();
    const QHeaderView* header = view->horizontalHeader();
    for (const int column :
         {OutboxTableModel::NextAttempt, OutboxTableModel::SentAt, OutboxTableModel::Created})
        QVERIFY(header->sectionSize(column) > metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")));
    QVERIFY(header->sectionSize(OutboxTableModel::Recipient) >
            metrics.horizontalAdvance(QStringLiteral("guest1@hotel.example")));
    QVERIFY(header->sectionSize(OutboxTableModel::Status) >
            metrics.horizontalAdvance(MailStatusCodes::label(MailStatus::Unconfirmed)) + 30);
}

void TestOutboxGui::unconfirmedMailCanBeMarkedSent()
{
    QVERIFY(
        Outbox(session->context()).enqueue(mailTo(QStringLiteral("u"), QStringLiteral("ann@example.com"))));
    server->setFault(QStringLiteral("drop_after_dot"), 1);
    QSignalSpy ticks(scheduler.get(), &Scheduler::tickFinished);
    QTRY_VERIFY(keeper->hasPassword());
    scheduler->start();
    QVERIFY(waitForTick(ticks, 1));
    OutboxPage* page = outboxPage();
    OutboxTableModel* model = page->model();
    QTRY_COMPARE(rowsWithStatus(model, QStringLiteral("unconfirmed")), 1);
    auto* view = page->findChild<QTableView*>(QStringLiteral("outboxTable"));
    view->selectRow(rowOf(model, QStringLiteral("unconfirmed")));
    auto* retry = page->findChild<QPushButton*>(QStringLiteral("outboxRetryButton"));
    auto* markSent = page->findChild<QPushButton*>(QStringLiteral("outboxMarkSentButton"));
    QVERIFY(markSent->isEnabled());
    QVERIFY(retry->text().contains(QLatin1String("Resend")));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("outboxDetail"))
                ->text()
                .contains(QLatin1String("may or may not")));
    QTest::mouseClick(markSent, Qt::LeftButton);
    QVERIFY(UserPrompt::lastQuestion().contains(QLatin1String("ann@example.com")));
    QTRY_COMPARE(rowsWithStatus(model, QStringLiteral("sent")), 1);
    QVERIFY(page->banner()->text().contains(QLatin1String("recorded as sent")));
    QCOMPARE(server->messageCount(), 1); // nothing was sent again
}

void TestOutboxGui::statusBarShowsProgressWhileSending()
{
    Outbox outbox(session->context());
    for (int i = 0; i < 4; ++i)
        QVERIFY(outbox.enqueue(
            mailTo(QStringLiteral("p%1").arg(i), QStringLiteral("guest%1@example.com").arg(i))));
    server->setFault(QStringLiteral("slow_dot"), -1, 0.4);
    QSignalSpy ticks(scheduler.get(), &Scheduler::tickFinished);
    auto* progress = window->findChild<QProgressBar*>(QStringLiteral("schedulerProgress"));
    auto* label = window->findChild<QLabel*>(QStringLiteral("schedulerStatusLabel"));
    QVERIFY(progress);
    QVERIFY(!progress->isVisible());
    QTRY_VERIFY(keeper->hasPassword());
    scheduler->start();
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() >= 1, 30000);
    QCOMPARE(progress->maximum(), 4);
    QVERIFY(label->text().contains(QLatin1String("of 4")));
    QVERIFY(waitForTick(ticks, 1));
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY(label->text().contains(QLatin1String("idle")));
    QCOMPARE(server->messageCount(), 4);
}

void TestOutboxGui::smtpSettingsTestAndTrustCertificate()
{
    auto* action = window->findChild<QAction*>(QStringLiteral("smtpSettingsAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QTRY_VERIFY(keeper->hasPassword());

    SmtpSettingsDialog dialog(session->context(), *keeper, window.get());
    dialog.show();
    QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("smtpHost"))->text(), server->host());
    // Without the CA file the server's self-signed certificate is not trusted.
    dialog.findChild<QLineEdit*>(QStringLiteral("smtpCaFile"))->clear();
    auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("smtpTrustButton"));
    QVERIFY(!trust->isVisible());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("smtpTestButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.testRunning(), 30000);
    QVERIFY2(dialog.bannerText().contains(server->certificateSha256()), qPrintable(dialog.bannerText()));
    QCOMPARE(dialog.offeredFingerprint(), server->certificateSha256());
    QVERIFY(trust->isVisible());
    QCOMPARE(server->countEvents(QStringLiteral("AUTH")), 0);

    QTest::mouseClick(trust, Qt::LeftButton);
    QVERIFY(UserPrompt::lastQuestion().contains(server->certificateSha256()));
    QVERIFY(!trust->isVisible());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("smtpTestButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.testRunning(), 30000);
    QVERIFY2(dialog.bannerText().contains(QLatin1String("went to")), qPrintable(dialog.bannerText()));
    QCOMPARE(server->messageCount(), 1);

    // Saving stores the settings (without the CA file now: the pin does the job).
    dialog.findChild<QLineEdit*>(QStringLiteral("smtpSenderName"))->setText(QStringLiteral("ราพอร์ต"));
    QVERIFY(dialog.save());
    const SmtpSettings stored = dialog.settings();
    QCOMPARE(stored.sender.name, QStringLiteral("ราพอร์ต"));
    QVERIFY(stored.caFile.isEmpty());
    QCOMPARE(stored.trustedFingerprints, QStringList{server->certificateSha256()});

    // A bad value is refused in the banner and nothing is stored.
    SmtpSettingsDialog again(session->context(), *keeper, window.get());
    again.findChild<QLineEdit*>(QStringLiteral("smtpSenderAddress"))
        ->setText(QStringLiteral("not-an-address"));
    QVERIFY(!again.save());
    QVERIFY(again.bannerText().contains(QLatin1String("not-an-address")));
}

QTEST_MAIN(TestOutboxGui)
#include "TestOutboxGui.moc"
