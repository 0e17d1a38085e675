#pragma once

#include "common/ServiceContext.h"
#include "db/Database.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

// Runs a core call on a short-lived worker thread (with its own database connection, closed when
// the job ends) and hands the result back on the GUI thread, so imports, backups and restores
// never freeze the window. `done` is not called when `receiver` has been destroyed meanwhile.
template <typename T>
QThread* runInBackground(QObject* receiver, ServiceContext context,
                         std::function<T(const ServiceContext&)> job, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread* thread = QThread::create([context, job, result] {
        result->emplace(job(context));
        if (context.database)
            context.database->closeThreadConnection();
    });
    QPointer<QObject> guard(receiver);
    QObject::connect(thread, &QThread::finished, receiver, [thread, result, done, guard] {
        thread->deleteLater();
        if (guard && result->has_value())
            done(std::move(**result));
    });
    thread->start();
    return thread;
}
