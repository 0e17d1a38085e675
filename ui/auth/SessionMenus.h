#pragma once

#include <functional>

class AppSession;
class MainWindow;

// The signed-in session in the main window: Settings… and Sign out in the File menu (Sign out
// only for a signed-in user), and who is signed in, with their role, in the status bar.
// `signOut` is called when the user chooses Sign out (main() then closes the window and shows
// the sign-in dialog again).
void addSessionMenus(MainWindow& window, AppSession& session, const std::function<void()>& signOut);
