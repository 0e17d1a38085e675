#include "auth/UserTableModel.h"

#include "auth/UserService.h"

#include <QLocale>

UserTableModel::UserTableModel(ServiceContext context, QObject* parent)
    : QAbstractTableModel(parent), m_context(std::move(context))
{}

Status UserTableModel::reload()
{
    auto users = UserService(m_context).list();
    if (!users)
        return users.error();
    beginResetModel();
    m_users = users.value();
    endResetModel();
    return Status::success();
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users[row].id == userId)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User& user = m_users[index.row()];
    if (role == RawValueRole) {
        switch (index.column()) {
        case UsernameColumn:
            return user.username;
        case FullNameColumn:
            return user.fullName;
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return RoleCodes::toCode(user.role);
        case ActiveColumn:
            return user.isActive;
        case LastSignInColumn:
            return user.lastSignInAt;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case UsernameColumn:
            return user.username;
        case FullNameColumn:
            return user.fullName;
        case EmailColumn:
            return user.email;
        case RoleColumn:
            return RoleCodes::displayName(user.role);
        case ActiveColumn:
            return user.isActive ? tr("Active") : tr("Deactivated");
        case LastSignInColumn:
            return user.lastSignInAt.isValid()
                       ? QLocale().toString(user.lastSignInAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        }
    }
    if (role == Qt::ForegroundRole && !user.isActive)
        return QColor(Qt::gray);
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case FullNameColumn:
        return tr("Full name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("Status");
    case LastSignInColumn:
        return tr("Last sign-in");
    }
    return {};
}
