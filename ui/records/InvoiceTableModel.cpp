#include "records/InvoiceTableModel.h"

#include "records/RecordText.h"
#include "records/UiLookups.h"

InvoiceTableModel::InvoiceTableModel(const AppSession& session, QObject* parent)
    : TypedRecordModel(session, parent), m_contractLabels(UiLookups::contractLabels(session))
{}

int InvoiceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceTableModel::sortField(int column) const
{
    switch (column) {
    case NumberColumn:
        return QStringLiteral("invoice_number");
    case ContractColumn:
        return QStringLiteral("contract_id");
    case IssueColumn:
        return QStringLiteral("issue_date");
    case DueColumn:
        return QStringLiteral("due_date");
    case AmountColumn:
        return QStringLiteral("amount");
    case CurrencyColumn:
        return QStringLiteral("currency");
    case StatusColumn:
        return QStringLiteral("status");
    default:
        return {};
    }
}

QString InvoiceTableModel::columnTitle(int column) const
{
    switch (column) {
    case NumberColumn:
        return tr("Invoice");
    case ContractColumn:
        return tr("Contract");
    case IssueColumn:
        return tr("Issued");
    case DueColumn:
        return tr("Due");
    case AmountColumn:
        return tr("Amount");
    case CurrencyColumn:
        return tr("Currency");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void InvoiceTableModel::recordsLoaded(const QList<Invoice>& invoices)
{
    QList<qint64> contracts;
    contracts.reserve(invoices.size());
    for (const Invoice& i : invoices)
        contracts << i.contractId;
    m_contractLabels.prefetch(contracts);
}

QVariant InvoiceTableModel::recordData(qint64 id, int column, int role) const
{
    const Invoice* i = record(id);
    if (!i)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NumberColumn:
            return i->invoiceNumber;
        case ContractColumn:
            return m_contractLabels.label(i->contractId);
        case IssueColumn:
            return RecordText::date(i->issueDate);
        case DueColumn:
            return RecordText::date(i->dueDate);
        case AmountColumn:
            return RecordText::money(i->amountMinor);
        case CurrencyColumn:
            return i->currency.toUpper();
        case StatusColumn:
            return RecordText::codeLabel(QStringLiteral("status"), i->effectiveStatus(), true);
        }
    } else if (role == RawValueRole) {
        switch (column) {
        case NumberColumn:
            return i->invoiceNumber;
        case ContractColumn:
            return i->contractId;
        case IssueColumn:
            return i->issueDate;
        case DueColumn:
            return i->dueDate;
        case AmountColumn:
            return i->amountMinor;
        case CurrencyColumn:
            return i->currency;
        case StatusColumn:
            return i->effectiveStatus();
        }
    } else if (role == Qt::TextAlignmentRole && column == AmountColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}
