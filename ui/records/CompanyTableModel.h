#pragma once

#include "records/Company.h"
#include "records/CompanyService.h"
#include "records/TypedRecordModel.h"

class CompanyTableModel : public TypedRecordModel<Company, CompanyService>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IndustryColumn,
        CityColumn,
        CountryColumn,
        PaymentTermsColumn,
        StatusColumn,
        ColumnCount
    };

    CompanyTableModel(const AppSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QString sortField(int column) const override;
    QString columnTitle(int column) const override;
    QString exportField(int column) const override;

protected:
    QVariant recordData(qint64 id, int column, int role) const override;
};
