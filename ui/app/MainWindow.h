#pragma once

#include <QHash>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QSet>
#include <functional>

class AppPage;
class AppSession;
class ChangeNotifier;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

// The application window: a navigation sidebar with one entry per page, the menus with the
// standard shortcuts acting on the current page, and a status bar. Areas add themselves with one
// call to addPage().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the sidebar. `page` may be an AppPage (to receive New/Find/Delete/Refresh)
    // or any widget. The window takes ownership.
    void addPage(const QString& id, const QIcon& icon, const QString& title, QWidget* page);
    // The same, but the page is only built when first shown, so start-up reads no data for pages
    // the user has not opened.
    void addPage(const QString& id, const QIcon& icon, const QString& title,
                 const std::function<QWidget*()>& factory);
    // Shows the page with this id; false when there is none.
    bool showPage(const QString& id);
    QString currentPageId() const;
    // The page with this id (built now if it was not yet); nullptr when there is none.
    QWidget* page(const QString& id);

    // Adds an action to the File menu, in its own group above Quit (import, export, backup, the
    // session's sign-out...). Areas call this rather than building their own File menu.
    void addFileAction(QAction* action);
    // Starts a new group (a separator) for the next addFileAction() calls.
    void addFileSeparator();

    // Restores geometry and the last page from QSettings (after every page was added).
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    QAction* addMenuAction(QMenu* menu, const QString& text, const QString& name,
                           const QKeySequence& shortcut, const std::function<void()>& handler);
    void updateActions();
    AppPage* currentAppPage() const;
    void saveLayout();

    AppSession& m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_statusLabel;
    QStringList m_pageIds;
    QAction* m_newAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_fileMenu = nullptr;
    QAction* m_quitSeparator = nullptr;                    // File menu entries from areas go above it
    QHash<QString, std::function<QWidget*()>> m_factories; // pages not built yet
    void buildPage(int index);
    void connectPage(QWidget* page);

    // Live refresh (office mode): pages showing a table another desktop changed re-read it, the
    // shown page at once, the others when next shown.
    void onTableChanged(const QString& table);
    void refreshStalePage();
    static QStringList tablesShownBy(const QString& pageId);
    ChangeNotifier* m_changes = nullptr;
    QTimer* m_liveRefresh = nullptr;
    QSet<QString> m_stalePages;
};
