#pragma once

class AppSession;
class MainWindow;

// Adds the Segments page to the main window.
void addSegmentPages(MainWindow& window, AppSession& session);
