#include "auth/UserManagementPage.h"

#include "audit/HistoryDialog.h"
#include "auth/UserEditDialog.h"
#include "auth/UserService.h"
#include "auth/UserTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

UserManagementPage::UserManagementPage(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("userManagementPage"));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("userBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_model = new UserTableModel(m_context, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    const auto button = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_new = button("newUserButton");
    m_edit = button("editUserButton");
    m_toggleActive = button("toggleActiveButton");
    m_resetPassword = button("resetPasswordButton");
    m_history = button("userHistoryButton");
    m_new->setShortcut(QKeySequence::New);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_new, m_edit, m_toggleActive, m_resetPassword, m_history})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_table);

    connect(m_new, &QPushButton::clicked, this, &UserManagementPage::newUser);
    connect(m_edit, &QPushButton::clicked, this, &UserManagementPage::editSelected);
    connect(m_toggleActive, &QPushButton::clicked, this, &UserManagementPage::toggleActiveSelected);
    connect(m_resetPassword, &QPushButton::clicked, this, &UserManagementPage::resetPasswordSelected);
    connect(m_history, &QPushButton::clicked, this, &UserManagementPage::showHistorySelected);
    connect(m_table, &QTableView::doubleClicked, this, &UserManagementPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserManagementPage::updateButtons);
    auto* refreshShortcut = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshShortcut, &QShortcut::activated, this, &UserManagementPage::refresh);
    retranslate();
    refresh();
}

QString UserManagementPage::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void UserManagementPage::showError(const QString& message)
{
    m_banner->setStyleSheet(
        QStringLiteral("background:#fdecea;color:#611a15;padding:6px;border-radius:4px;"));
    m_banner->setText(message);
    m_banner->setVisible(true);
}

void UserManagementPage::showInfo(const QString& message)
{
    m_banner->setStyleSheet(
        QStringLiteral("background:#e8f5e9;color:#1b5e20;padding:6px;border-radius:4px;"));
    m_banner->setText(message);
    m_banner->setVisible(true);
}

int UserManagementPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void UserManagementPage::updateButtons()
{
    const int row = selectedRow();
    for (QPushButton* b : {m_edit, m_toggleActive, m_resetPassword, m_history})
        b->setEnabled(row >= 0);
    m_toggleActive->setText(row >= 0 && !m_model->userAt(row).isActive ? tr("Reactivate") : tr("Deactivate"));
}

void UserManagementPage::refresh()
{
    const qint64 selectedId = selectedRow() >= 0 ? m_model->userAt(selectedRow()).id : 0;
    if (auto loaded = m_model->reload(); !loaded)
        showError(loaded.error().message);
    if (const int row = m_model->rowOf(selectedId); row >= 0)
        m_table->selectRow(row);
    m_table->resizeColumnsToContents();
    updateButtons();
}

void UserManagementPage::newUser()
{
    User fresh;
    UserEditDialog dialog(fresh, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto id = UserService(m_context).create(dialog.user(), dialog.password());
        if (id) {
            m_banner->setVisible(false);
            refresh();
            m_table->selectRow(m_model->rowOf(id.value()));
            showInfo(tr("User %1 was created.").arg(dialog.user().username.trimmed()));
            return;
        }
        dialog.showError(id.error().message);
    }
}

void UserManagementPage::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    UserEditDialog dialog(m_model->userAt(row), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (auto updated = UserService(m_context).update(dialog.user()); updated) {
            m_banner->setVisible(false);
            refresh();
            return;
        } else {
            dialog.showError(updated.error().message);
        }
    }
}

void UserManagementPage::toggleActiveSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User user = m_model->userAt(row);
    UserService service(m_context);
    const Status status = user.isActive ? service.deactivate(user.id) : service.reactivate(user.id);
    if (!status) {
        showError(status.error().message);
        return;
    }
    refresh();
    showInfo(user.isActive ? tr("%1 can no longer sign in.").arg(user.username)
                           : tr("%1 can sign in again.").arg(user.username));
}

void UserManagementPage::resetPasswordSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const User user = m_model->userAt(row);
    QString password;
    if (!UserEditDialog::askPassword(this, user.username, &password))
        return;
    if (auto reset = UserService(m_context).resetPassword(user.id, password); !reset) {
        showError(reset.error().message);
        return;
    }
    showInfo(tr("The password of %1 was reset.").arg(user.username));
}

void UserManagementPage::showHistorySelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    HistoryDialog dialog(m_context, QStringLiteral("user"), m_model->userAt(row).id, this);
    dialog.exec();
}

void UserManagementPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // headers and role names come from the model
    }
    QWidget::changeEvent(event);
}

void UserManagementPage::retranslate()
{
    m_title->setText(tr("Users"));
    m_new->setText(tr("&New user…"));
    m_edit->setText(tr("&Edit…"));
    m_resetPassword->setText(tr("Reset &password…"));
    m_history->setText(tr("&History"));
    updateButtons();
}
