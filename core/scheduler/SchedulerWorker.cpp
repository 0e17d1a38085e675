#include "scheduler/SchedulerWorker.h"

#include "auth/Actor.h"
#include "db/Database.h"
#include "mail/MailDelivery.h"
#include "mail/OutboxQueue.h"
#include "mail/SmtpSettingsStore.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsCatalogue.h"

#include <QCryptographicHash>
#include <QThread>
#include <QTimer>

namespace {
QString loginKey(const SmtpSettings& settings, const QString& password)
{
    const QByteArray material = (settings.host + QLatin1Char('\n') + QString::number(settings.port) +
                                 QLatin1Char('\n') + settings.user + QLatin1Char('\n') + password)
                                    .toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex());
}
} // namespace

SchedulerWorker::SchedulerWorker(std::shared_ptr<Database> database, const Clock* clock,
                                 SchedulerJobRegistry jobs, QObject* parent)
    : QObject(parent), m_database(std::move(database)), m_clock(clock), m_registry(std::move(jobs)),
      m_owner(OutboxQueue::newOwnerName())
{}

SchedulerWorker::~SchedulerWorker() = default;

ServiceContext SchedulerWorker::context() const
{
    return ServiceContext{m_database, m_clock, Actor{0, QStringLiteral("scheduler"), Role::Admin}};
}

void SchedulerWorker::requestStop()
{
    m_stop.store(true);
}

SchedulerStatus SchedulerWorker::status() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

void SchedulerWorker::setPasswordDirect(const QString& password)
{
    QMutexLocker lock(&m_mutex);
    m_password = password;
}

void SchedulerWorker::setSmtpPassword(const QString& password)
{
    setPasswordDirect(password);
}

void SchedulerWorker::updateStatus(const std::function<void(SchedulerStatus&)>& change)
{
    SchedulerStatus copy;
    {
        QMutexLocker lock(&m_mutex);
        change(m_status);
        copy = m_status;
    }
    emit statusChanged(copy);
}

void SchedulerWorker::start()
{
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SchedulerWorker::onTimer);
    updateStatus([](SchedulerStatus& s) { s.state = SchedulerStatus::State::Idle; });
    // The first tick right away: mail may have waited while the application was closed.
    m_timer->start(0);
}

void SchedulerWorker::armTimer()
{
    if (!m_timer || m_stop.load())
        return;
    const int seconds = OfficeSettings(context())
                            .value(QLatin1String(SettingsCatalogue::Keys::SchedulerIntervalSeconds))
                            .toInt();
    const int interval = std::clamp(seconds, 5, 86400);
    m_timer->start(interval * 1000);
    const QDateTime next = m_clock->nowUtc().addSecs(interval);
    updateStatus([&](SchedulerStatus& s) { s.nextRunAt = next; });
}

void SchedulerWorker::onTimer()
{
    runNow();
}

void SchedulerWorker::runNow()
{
    if (m_stop.load())
        return;
    if (m_busy) {
        m_tickPending = true;
        return;
    }
    (void)runTick();
    afterTick();
}

void SchedulerWorker::afterTick()
{
    while (!m_busy) {
        if (m_shutdownPending || m_stop.load()) {
            if (m_shutdownPending)
                finish();
            return;
        }
        if (m_tickPending) {
            m_tickPending = false;
            (void)runTick();
            continue;
        }
        break;
    }
    armTimer();
}

SchedulerTick SchedulerWorker::runTick()
{
    SchedulerTick tick;
    if (m_busy)
        return tick;
    m_busy = true;
    const ServiceContext ctx = context();
    tick.startedAt = ctx.now();
    if (!m_jobsCreated) {
        m_jobs = m_registry.createJobs();
        m_jobsCreated = true;
    }
    for (const auto& job : m_jobs) {
        if (m_stop.load())
            break;
        const QString name = job->name();
        updateStatus([&](SchedulerStatus& s) {
            s.state = SchedulerStatus::State::RunningJobs;
            s.currentJob = name;
        });
        const Status ran = job->run(ctx, m_stop);
        if (!ran)
            tick.jobErrors << name + QStringLiteral(": ") + ran.error().message;
        else if (!job->summary().isEmpty())
            tick.jobSummaries << job->summary();
    }

    if (!m_stop.load()) {
        auto settings = SmtpSettingsStore(ctx).load();
        std::optional<QString> password;
        QString refusedFor;
        {
            QMutexLocker lock(&m_mutex);
            password = m_password;
            refusedFor = m_loginRefusedFor;
        }
        if (!settings) {
            tick.delivery.lastError = settings.error().message;
        } else if (!settings->user.isEmpty() && !password) {
            auto due = OutboxQueue(ctx, m_owner, settings->leaseSeconds()).dueCount();
            if (due.valueOr(0) > 0)
                tick.delivery.lastError = tr("Mail is waiting, but the SMTP password is not available yet.");
        } else if (!refusedFor.isEmpty() && refusedFor == loginKey(*settings, password.value_or(QString()))) {
            tick.delivery.lastError =
                tr("Delivery is paused: the SMTP server refused the login. Check the SMTP user name and "
                   "password.");
        } else {
            MailDelivery delivery(ctx, *settings, password.value_or(QString()), m_owner);
            delivery.setStopFlag(&m_stop);
            delivery.setProgress([this](int done, int total) {
                updateStatus([&](SchedulerStatus& s) {
                    s.state = SchedulerStatus::State::Sending;
                    s.done = done;
                    s.total = total;
                });
            });
            tick.delivery = delivery.run();
            if (tick.delivery.loginRefused) {
                QMutexLocker lock(&m_mutex);
                m_loginRefusedFor = loginKey(*settings, password.value_or(QString()));
            }
        }
    }
    tick.finishedAt = ctx.now();
    QString lastError = tick.delivery.lastError;
    if (lastError.isEmpty() && !tick.jobErrors.isEmpty())
        lastError = tick.jobErrors.last();
    updateStatus([&](SchedulerStatus& s) {
        s.state = SchedulerStatus::State::Idle;
        s.currentJob.clear();
        s.done = 0;
        s.total = 0;
        // A tick that tried no mail and met no problem says nothing new about delivery, so the
        // last problem stays on show until mail goes out again or another problem replaces it.
        if (!lastError.isEmpty() || tick.delivery.attempted > 0)
            s.lastError = lastError;
        s.lastRunAt = tick.finishedAt;
    });
    m_busy = false;
    emit tickFinished(tick);
    return tick;
}

void SchedulerWorker::shutdown()
{
    m_stop.store(true);
    if (m_busy) {
        m_shutdownPending = true;
        return;
    }
    finish();
}

void SchedulerWorker::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer) {
        m_timer->stop();
        delete m_timer;
        m_timer = nullptr;
    }
    m_jobs.clear();
    updateStatus([](SchedulerStatus& s) { s.state = SchedulerStatus::State::Stopped; });
    m_database->closeThreadConnection();
    emit finished();
    if (QThread::currentThread() == thread() && thread() != QCoreApplication::instance()->thread())
        thread()->quit();
}
