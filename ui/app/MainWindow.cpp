#include "app/MainWindow.h"

#include "app/AppPage.h"
#include "app/AppSession.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

MainWindow::MainWindow(AppSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rapport"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(18, 18));
    m_navigation->setFixedWidth(180);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); border-right: 1px solid palette(mid);"
        " padding-top: 6px; }"
        "QListWidget#navigation::item { padding: 7px 10px; }"));
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);
    auto* location = new QLabel(QDir::toNativeSeparators(session.database().location()), this);
    location->setObjectName(QStringLiteral("databaseLabel"));
    location->setToolTip(tr("The open database"));
    statusBar()->addPermanentWidget(location);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages->count()) {
            buildPage(row);
            m_pages->setCurrentIndex(row);
            refreshStalePage();
        }
        updateActions();
    });
    createActions();

    m_liveRefresh = new QTimer(this);
    m_liveRefresh->setSingleShot(true);
    m_liveRefresh->setInterval(300);
    connect(m_liveRefresh, &QTimer::timeout, this, &MainWindow::refreshStalePage);
    m_changes = new ChangeNotifier(session.context().database, this);
    connect(m_changes, &ChangeNotifier::tableChanged, this, &MainWindow::onTableChanged);
    // Whatever changed before the listener heard anything (between a page's first read and the
    // first LISTEN, or while the connection was down) came with no notification: re-read.
    const auto rereadEverything = [this] {
        for (const QString& id : std::as_const(m_pageIds))
            m_stalePages.insert(id);
        refreshStalePage();
    };
    connect(m_changes, &ChangeNotifier::listening, this, rereadEverything);
    connect(m_changes, &ChangeNotifier::resynchronised, this, rereadEverything);
    resize(1180, 720);
}

MainWindow::~MainWindow() = default;

QAction* MainWindow::addMenuAction(QMenu* menu, const QString& text, const QString& name,
                                   const QKeySequence& shortcut, const std::function<void()>& handler)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, handler);
    menu->addAction(action);
    return action;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_newAction = addMenuAction(file, tr("&New…"), QStringLiteral("newAction"), QKeySequence::New, [this] {
        if (AppPage* page = currentAppPage())
            page->createNew();
    });
    m_fileMenu = file;
    m_quitSeparator = file->addSeparator();
    QAction* quit = addMenuAction(file, tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit,
                                  [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_findAction =
        addMenuAction(edit, tr("&Find…"), QStringLiteral("findAction"), QKeySequence::Find, [this] {
            if (AppPage* page = currentAppPage())
                page->focusSearch();
        });
    m_deleteAction =
        addMenuAction(edit, tr("&Delete…"), QStringLiteral("deleteAction"), QKeySequence::Delete, [this] {
            if (AppPage* page = currentAppPage())
                page->deleteSelected();
        });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_refreshAction =
        addMenuAction(view, tr("&Refresh"), QStringLiteral("refreshAction"), QKeySequence::Refresh, [this] {
            if (AppPage* page = currentAppPage())
                page->refresh();
        });
    view->addSeparator();
    m_goMenu = view;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = addMenuAction(help, tr("&About Rapport"), QStringLiteral("aboutAction"), {}, [this] {
        QMessageBox::about(
            this, tr("About Rapport"),
            tr("<b>Rapport</b> %1<br>A desktop CRM for small offices.").arg(QStringLiteral(RAPPORT_VERSION)));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::addFileAction(QAction* action)
{
    if (!action->parent())
        action->setParent(this);
    m_fileMenu->insertAction(m_quitSeparator, action);
}

void MainWindow::addFileSeparator()
{
    m_fileMenu->insertSeparator(m_quitSeparator);
}

void MainWindow::addPage(const QString& id, const QIcon& icon, const QString& title, QWidget* page)
{
    addPage(id, icon, title, std::function<QWidget*()>());
    const int index = static_cast<int>(m_pageIds.size()) - 1;
    QWidget* placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    if (page->objectName().isEmpty())
        page->setObjectName(id + QStringLiteral("Page"));
    connectPage(page);
    if (m_pages->currentIndex() != m_navigation->currentRow())
        m_pages->setCurrentIndex(m_navigation->currentRow());
}

void MainWindow::addPage(const QString& id, const QIcon& icon, const QString& title,
                         const std::function<QWidget*()>& factory)
{
    // An empty stand-in keeps the stack's indexes equal to the sidebar rows until the page is built.
    m_pages->addWidget(new QWidget(m_pages));
    m_pageIds << id;
    if (factory)
        m_factories.insert(id, factory);
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    const int number = static_cast<int>(m_pageIds.size());
    QAction* go = addMenuAction(
        m_goMenu, title, id + QStringLiteral("PageAction"),
        number <= 9 ? QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)) : QKeySequence(),
        [this, id] { showPage(id); });
    go->setIcon(icon);
}

void MainWindow::buildPage(int index)
{
    const QString id = m_pageIds.value(index);
    auto factory = m_factories.take(id);
    if (!factory)
        return;
    QWidget* page = factory();
    page->setParent(m_pages);
    if (page->objectName().isEmpty())
        page->setObjectName(id + QStringLiteral("Page"));
    QWidget* placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    connectPage(page);
}

void MainWindow::connectPage(QWidget* page)
{
    if (auto* appPage = qobject_cast<AppPage*>(page)) {
        connect(appPage, &AppPage::stateChanged, this, [this, appPage] {
            if (appPage == currentAppPage())
                updateActions();
        });
    }
}

bool MainWindow::showPage(const QString& id)
{
    const int index = static_cast<int>(m_pageIds.indexOf(id));
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    return true;
}

QString MainWindow::currentPageId() const
{
    return m_pageIds.value(m_pages->currentIndex());
}

QWidget* MainWindow::page(const QString& id)
{
    const int index = static_cast<int>(m_pageIds.indexOf(id));
    if (index < 0)
        return nullptr;
    buildPage(index);
    return m_pages->widget(index);
}

QStringList MainWindow::tablesShownBy(const QString& pageId)
{
    static const QHash<QString, QStringList> tables = {
        {QStringLiteral("companies"), {QStringLiteral("companies")}},
        {QStringLiteral("contacts"), {QStringLiteral("contacts"), QStringLiteral("companies")}},
        {QStringLiteral("contracts"), {QStringLiteral("contracts"), QStringLiteral("companies")}},
        {QStringLiteral("invoices"), {QStringLiteral("invoices"), QStringLiteral("contracts")}},
        {QStringLiteral("templates"), {QStringLiteral("email_templates")}},
        {QStringLiteral("sequences"),
         {QStringLiteral("sequences"), QStringLiteral("sequence_steps"),
          QStringLiteral("sequence_enrolments")}},
        {QStringLiteral("segments"), {QStringLiteral("segments"), QStringLiteral("segment_members")}},
        {QStringLiteral("tickets"),
         {QStringLiteral("tickets"), QStringLiteral("ticket_comments"), QStringLiteral("ticket_events"),
          QStringLiteral("ticket_attachments")}},
        {QStringLiteral("users"), {QStringLiteral("users")}},
        {QStringLiteral("outbox"), {QStringLiteral("outbox")}},
    };
    return tables.value(pageId);
}

void MainWindow::onTableChanged(const QString& table)
{
    for (const QString& id : std::as_const(m_pageIds)) {
        if (!m_factories.contains(id) && tablesShownBy(id).contains(table))
            m_stalePages.insert(id);
    }
    // A burst of changes (a scheduler sending a batch) becomes one re-read per interval.
    if (!m_liveRefresh->isActive())
        m_liveRefresh->start();
}

void MainWindow::refreshStalePage()
{
    const QString id = currentPageId();
    if (!m_stalePages.remove(id))
        return;
    if (AppPage* page = currentAppPage())
        page->refresh();
}

AppPage* MainWindow::currentAppPage() const
{
    return qobject_cast<AppPage*>(m_pages->currentWidget());
}

void MainWindow::updateActions()
{
    AppPage* page = currentAppPage();
    m_newAction->setEnabled(page && page->canCreate());
    m_findAction->setEnabled(page && page->canSearch());
    m_deleteAction->setEnabled(page && page->canDelete());
    m_refreshAction->setEnabled(page != nullptr);
    m_statusLabel->setText(page ? page->statusText() : QString());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    if (!showPage(settings.value(QStringLiteral("mainWindow/page")).toString()) && m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
    updateActions();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/page"), currentPageId());
}

void MainWindow::showEvent(QShowEvent* event)
{
    // Pages are built when first shown: show the first one if nothing chose a page yet.
    if (m_navigation->currentRow() < 0 && m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}
