#include "importexport/AutoBackupTimer.h"

#include "backup/DailyBackup.h"
#include "importexport/BackgroundJob.h"

#include <QTimer>

namespace {
constexpr int kFirstCheckMs = 60 * 1000;      // let start-up finish first
constexpr int kCheckEveryMs = 60 * 60 * 1000; // a desktop left on overnight backs up the next day
} // namespace

AutoBackupTimer::AutoBackupTimer(ServiceContext context, QObject* parent)
    : QObject(parent), m_context(std::move(context)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("autoBackupTimer"));
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &AutoBackupTimer::checkNow);
    m_timer->start();
    QTimer::singleShot(kFirstCheckMs, this, &AutoBackupTimer::checkNow);
}

void AutoBackupTimer::checkNow()
{
    if (m_running)
        return;
    const DailyBackup::Settings settings = DailyBackup::fromDesktop();
    if (!settings.enabled)
        return;
    m_running = true;
    using Outcome = Result<std::optional<QString>>;
    runInBackground<Outcome>(
        this, m_context,
        [settings](const ServiceContext& context) { return DailyBackup(context).runIfDue(settings); },
        [this](Outcome outcome) {
            m_running = false;
            if (!outcome) {
                qWarning("Daily backup failed: %s", qPrintable(outcome.error().message));
                emit finished(QString(), outcome.error().message);
                return;
            }
            emit finished(outcome.value().value_or(QString()), QString());
        });
}
