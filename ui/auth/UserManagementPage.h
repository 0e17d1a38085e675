#pragma once

#include "common/ServiceContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class UserTableModel;

// Admin page: the office's users, with create, edit (including role and active), deactivate or
// reactivate, reset password and history. Refusals from UserService (the last active Admin, a
// taken username) show in the page's banner.
class UserManagementPage : public QWidget
{
    Q_OBJECT

public:
    explicit UserManagementPage(ServiceContext context, QWidget* parent = nullptr);

    UserTableModel* model() const { return m_model; }
    QString bannerText() const;

public slots:
    void refresh();
    void newUser();
    void editSelected();
    void toggleActiveSelected();
    void resetPasswordSelected();
    void showHistorySelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    int selectedRow() const;
    void showError(const QString& message);
    void showInfo(const QString& message);
    void updateButtons();
    void retranslate();

    ServiceContext m_context;
    UserTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_toggleActive = nullptr;
    QPushButton* m_resetPassword = nullptr;
    QPushButton* m_history = nullptr;
};
