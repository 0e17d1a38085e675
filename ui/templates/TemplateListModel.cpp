#include "TemplateListModel.h"

#include "records/Language.h"
#include "templates/TemplateCatalogue.h"

#include <QLocale>

TemplateListModel::TemplateListModel(ServiceContext context, QObject* parent)
    : QAbstractTableModel(parent), m_context(std::move(context))
{}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TemplateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EmailTemplate& t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return t.name;
        case Type:
            return t.templateType;
        case Language:
            return t.language;
        case Active:
            return t.isActive;
        case LastChanged:
            return t.updatedAt;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return t.name;
        case Type:
            return TemplateCatalogue::typeLabel(t.templateType);
        case Language: {
            const auto language = LanguageCodes::fromCode(t.language);
            return language ? LanguageCodes::label(*language) : t.language;
        }
        case Active:
            return t.isActive ? tr("Active") : tr("Inactive");
        case LastChanged:
            return QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return t.subject;
    if (role == Qt::ForegroundRole && index.column() == Active && !t.isActive)
        return QPalette().color(QPalette::PlaceholderText);
    return {};
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Language:
        return tr("Language");
    case Active:
        return tr("Status");
    case LastChanged:
        return tr("Last changed");
    }
    return {};
}

void TemplateListModel::sort(int column, Qt::SortOrder order)
{
    static const char* const fields[ColumnCount] = {"name", "template_type", "language", "is_active",
                                                    "updated_at"};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortField = QString::fromLatin1(fields[column]);
    m_query.descending = order == Qt::DescendingOrder;
    if (auto loaded = reload(); !loaded)
        emit loadFailed(loaded.error().message);
}

Status TemplateListModel::reload()
{
    auto rows = TemplateService(m_context).list(m_query);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = rows.value();
    endResetModel();
    return Status::success();
}

void TemplateListModel::setTypeFilter(const QString& typeCode)
{
    m_query.templateType = typeCode;
}

void TemplateListModel::setLanguageFilter(const QString& language)
{
    m_query.language = language;
}

qint64 TemplateListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int TemplateListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

const EmailTemplate* TemplateListModel::templateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}
