#pragma once

#include "records/Invoice.h"
#include "records/InvoiceService.h"
#include "records/LabelCache.h"
#include "records/TypedRecordModel.h"

class InvoiceTableModel : public TypedRecordModel<Invoice, InvoiceService>
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        ContractColumn,
        IssueColumn,
        DueColumn,
        AmountColumn,
        CurrencyColumn,
        StatusColumn,
        ColumnCount
    };

    InvoiceTableModel(const AppSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QString sortField(int column) const override;
    QString columnTitle(int column) const override;

protected:
    QVariant recordData(qint64 id, int column, int role) const override;
    void recordsLoaded(const QList<Invoice>& invoices) override;

private:
    mutable LabelCache m_contractLabels;
};
