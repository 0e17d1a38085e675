#pragma once

class AppSession;
class MainWindow;

// Adds the companies, contacts, contracts and invoices pages to the main window.
void addRecordPages(MainWindow& window, AppSession& session);
