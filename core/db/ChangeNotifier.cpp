#include "db/ChangeNotifier.h"

#include "db/ChangeListener.h"
#include "db/Database.h"

#include <QThread>

ChangeNotifier::ChangeNotifier(std::shared_ptr<Database> database, QObject* parent, int checkIntervalMs)
    : QObject(parent)
{
    if (!database || database->dialect().name() != QLatin1String("postgresql"))
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("rapport-listen"));
    m_listener = new ChangeListener(std::move(database), checkIntervalMs);
    m_listener->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_listener, &ChangeListener::start);
    connect(m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &ChangeListener::listening, this, &ChangeNotifier::listening);
    connect(m_listener, &ChangeListener::tableChanged, this, &ChangeNotifier::tableChanged);
    connect(m_listener, &ChangeListener::resynchronised, this, &ChangeNotifier::resynchronised);
    connect(m_listener, &ChangeListener::connectionLost, this, &ChangeNotifier::connectionLost);
    m_thread->start();
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

QString ChangeNotifier::channel()
{
    return QStringLiteral("rapport_changes");
}
