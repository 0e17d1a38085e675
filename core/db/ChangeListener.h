#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <memory>

class Database;
class QTimer;

// ChangeNotifier's worker: lives in its own thread with a LISTENing connection. Internal.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    ChangeListener(std::shared_ptr<Database> database, int checkIntervalMs);
    ~ChangeListener() override;

public slots:
    void start();

signals:
    void listening();
    void tableChanged(const QString& table);
    void resynchronised();
    void connectionLost(const QString& reason);

private:
    bool connectAndListen();
    void check();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    std::shared_ptr<Database> m_database;
    QString m_connectionName;
    QTimer* m_timer = nullptr;
    int m_checkIntervalMs;
    bool m_connected = false;
    bool m_everConnected = false;
};
