#pragma once

class AppSession;
class MainWindow;

// Adds the Templates page to the main window.
void addTemplatePages(MainWindow& window, AppSession& session);
