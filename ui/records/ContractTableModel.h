#pragma once

#include "records/Contract.h"
#include "records/ContractService.h"
#include "records/LabelCache.h"
#include "records/TypedRecordModel.h"

class ContractTableModel : public TypedRecordModel<Contract, ContractService>
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        CompanyColumn,
        StartColumn,
        EndColumn,
        DaysLeftColumn,
        MonthlyValueColumn,
        CurrencyColumn,
        StatusColumn,
        AutoRenewColumn,
        ColumnCount
    };

    ContractTableModel(const AppSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QString sortField(int column) const override;
    QString columnTitle(int column) const override;

protected:
    QVariant recordData(qint64 id, int column, int role) const override;
    void recordsLoaded(const QList<Contract>& contracts) override;

private:
    mutable LabelCache m_companyNames;
};
