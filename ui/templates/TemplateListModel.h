#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "templates/EmailTemplate.h"
#include "templates/TemplateService.h"

#include <QAbstractTableModel>

// The template list: name, type, language, active, last changed. Filtering by type and language
// and sorting happen in SQL (TemplateService::list); an office has tens of templates, not
// thousands, so the model holds the filtered rows.
class TemplateListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Language,
        Active,
        LastChanged,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        IdRole
    };

    explicit TemplateListModel(ServiceContext context, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    Status reload();
    void setTypeFilter(const QString& typeCode);
    void setLanguageFilter(const QString& language);
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const EmailTemplate* templateAt(int row) const;

signals:
    // A reload the view asked for (sorting) failed; the page shows it in its banner.
    void loadFailed(const QString& message);

private:
    ServiceContext m_context;
    TemplateListQuery m_query;
    QList<EmailTemplate> m_rows;
};
