#include "db/ChangeListener.h"

#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

ChangeListener::ChangeListener(std::shared_ptr<Database> database, int checkIntervalMs)
    : m_database(std::move(database)),
      m_connectionName(QStringLiteral("rapport-listen-%1").arg(reinterpret_cast<quintptr>(this), 0, 16)),
      m_checkIntervalMs(checkIntervalMs)
{}

ChangeListener::~ChangeListener()
{
    // Runs in the listener's thread (deleted when it finishes), where the connection lives.
    m_database->closeNamedConnection(m_connectionName);
}

void ChangeListener::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_checkIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeListener::check);
    m_timer->start();
    check();
}

bool ChangeListener::connectAndListen()
{
    QString failure;
    {
        auto opened = m_database->openNamedConnection(m_connectionName);
        if (opened) {
            QSqlDriver* driver = opened->driver();
            connect(driver, &QSqlDriver::notification, this, &ChangeListener::onNotification);
            if (driver->subscribeToNotification(ChangeNotifier::channel()))
                return true;
            failure = driver->lastError().text();
        } else {
            failure = opened.error().message;
        }
    }
    emit connectionLost(failure);
    m_database->closeNamedConnection(m_connectionName);
    return false;
}

void ChangeListener::check()
{
    if (m_connected) {
        // A cheap round trip tells a live connection from one the server or network dropped
        // (a dropped socket alone may never wake the notifier).
        QString failure;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            QSqlQuery probe(db);
            if (db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
                return;
            failure = probe.lastError().text();
        }
        m_connected = false;
        emit connectionLost(failure);
        m_database->closeNamedConnection(m_connectionName);
    }
    if (!connectAndListen())
        return;
    m_connected = true;
    if (m_everConnected) {
        emit resynchronised();
    } else {
        m_everConnected = true;
        emit listening();
    }
}

void ChangeListener::onNotification(const QString& name, QSqlDriver::NotificationSource,
                                    const QVariant& payload)
{
    if (name == ChangeNotifier::channel())
        emit tableChanged(payload.toString());
}
