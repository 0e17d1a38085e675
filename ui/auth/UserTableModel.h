#pragma once

#include "auth/User.h"
#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QAbstractTableModel>

// The users for the admin page. The list is small (an office's staff), so it is read whole.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UsernameColumn,
        FullNameColumn,
        EmailColumn,
        RoleColumn,
        ActiveColumn,
        LastSignInColumn,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit UserTableModel(ServiceContext context, QObject* parent = nullptr);

    Status reload();
    User userAt(int row) const { return m_users.value(row); }
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ServiceContext m_context;
    QList<User> m_users;
};
