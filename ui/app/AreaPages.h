#pragma once

class AppSession;
class MainWindow;

// The pages of the areas beyond the records: templates, sequences, tickets and (for admins)
// user management, each built the first time it is shown; then the File menu's data actions
// (addDataActions: import, export, backup, restore, daily backup).
void addAreaPages(MainWindow& window, AppSession& session);
