#pragma once

// How this process's worker threads (the scheduler's, the office change listener's) run their
// event loops; call before the Q*Application is created.
class WorkerThreads
{
public:
    // Worker threads get Qt's plain Unix event dispatcher instead of the GLib one
    // (QT_NO_THREADED_GLIB; the main thread keeps GLib, which the OS keychain's libsecret and
    // the desktop's platform theme need). With GLib, every SMTP command written over TLS
    // registered and unregistered a socket notifier, each time waking the GLib main context:
    // ten extra system calls per mail on the sending path. Leaves an explicit choice alone.
    static void usePlainEventDispatcher();
};
