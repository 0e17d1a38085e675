#pragma once

class AppSession;
class MainWindow;

// Adds the File menu's data actions: Import…, Export…, Back up… and Restore…, and starts the
// daily automatic backup (AutoBackupTimer). Each action is shown only to those allowed to use it
// (SPEC §1): import needs the right to edit records, export and backup the right to view them
// (whoever can open a desktop's SQLite file can copy it anyway), restore replaces everyone's data
// and is an administrator's (ManageSettings). Backup and restore are only offered for a local
// SQLite database (a PostgreSQL office backs up on its server). Called once, at the end of
// addAreaPages() (so main() needs no change of its own).
void addDataActions(MainWindow& window, AppSession& session);
