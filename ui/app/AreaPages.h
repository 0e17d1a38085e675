#pragma once

class AppSession;
class MainWindow;

// The pages of the areas beyond the records: templates, sequences, tickets and (for admins)
// user management, each built the first time it is shown.
void addAreaPages(MainWindow& window, AppSession& session);
