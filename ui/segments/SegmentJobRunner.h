#pragma once

#include "common/ServiceContext.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

// One named worker thread ("SegmentWorker") with its own database connection, running segment
// counts, previews, recalculations and exports one after another so the GUI thread never waits for
// a query. Results come back on the GUI thread; a result whose receiver is gone is dropped. The
// thread is kept (not one per job) because the builder's live preview asks often.
class SegmentJobRunner : public QObject
{
    Q_OBJECT

public:
    explicit SegmentJobRunner(ServiceContext context, QObject* parent = nullptr);
    ~SegmentJobRunner() override;

    template <typename T>
    void run(QObject* receiver, std::function<T(const ServiceContext&)> job, std::function<void(T)> done)
    {
        QPointer<QObject> guard(receiver);
        QPointer<SegmentJobRunner> self(this);
        const ServiceContext context = m_context;
        ++m_pending;
        QMetaObject::invokeMethod(
            m_worker,
            [context, job, done, guard, self] {
                auto result = std::make_shared<T>(job(context));
                if (!self)
                    return;
                QMetaObject::invokeMethod(
                    self,
                    [result, done, guard, self] {
                        --self->m_pending;
                        if (guard)
                            done(std::move(*result));
                        emit self->idle();
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Jobs asked for and not yet answered on the GUI thread.
    int pending() const { return m_pending; }

signals:
    // After each answered job (tests wait on it).
    void idle();

private:
    ServiceContext m_context;
    QThread m_thread;
    QObject* m_worker;
    int m_pending = 0;
};
