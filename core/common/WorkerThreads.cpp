#include "common/WorkerThreads.h"

#include <QtGlobal>

void WorkerThreads::usePlainEventDispatcher()
{
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
}
