#pragma once

#include <QObject>
#include <QString>
#include <memory>

class Database;
class QThread;
class ChangeListener;

// Live refresh for desktops sharing one PostgreSQL database: a hint that another connection
// changed a table, so lists re-query instead of waiting for F5. Triggers (migration 0010) send
// NOTIFY rapport_changes with the table's name when a statement commits; this class LISTENs on a
// connection of its own in a background thread (so a slow or lost server never blocks the GUI),
// checks that connection now and then and reconnects after it dropped. Notifications sent while
// it was away are lost, so after a reconnect it says everything may have changed.
// On SQLite (one desktop per file) it does nothing.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(std::shared_ptr<Database> database, QObject* parent = nullptr,
                            int checkIntervalMs = 5000);
    ~ChangeNotifier() override;

    static QString channel();
    // False on SQLite, where there is nobody else to hear from.
    bool isEnabled() const { return m_thread != nullptr; }

signals:
    // The first LISTEN took effect.
    void listening();
    // `table` changed in a transaction some connection committed (maybe this desktop's own).
    void tableChanged(const QString& table);
    // The connection came back after it was lost: re-read whatever is shown.
    void resynchronised();
    // The server could not be reached (the listener keeps trying); for a status bar hint.
    void connectionLost(const QString& reason);

private:
    QThread* m_thread = nullptr;
    ChangeListener* m_listener = nullptr;
};
