#pragma once

class AppSession;
class MainWindow;
class Scheduler;
class SmtpPasswordKeeper;

// Mail in the main window: the Outbox page, the scheduler's indicator in the status bar, a Mail
// menu (SMTP settings, run the scheduler now) and the SMTP password keeper, which it starts once
// the window is up. The scheduler is the application's (main() owns it; quit + wait on shutdown).
// Returns the keeper, owned by the window.
SmtpPasswordKeeper* addMailPages(MainWindow& window, AppSession& session, Scheduler& scheduler);
