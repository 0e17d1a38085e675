#include "records/ContractTableModel.h"

#include "records/RecordText.h"
#include "records/UiLookups.h"

ContractTableModel::ContractTableModel(const AppSession& session, QObject* parent)
    : TypedRecordModel(session, parent), m_companyNames(UiLookups::companyNames(session))
{}

int ContractTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContractTableModel::sortField(int column) const
{
    switch (column) {
    case NumberColumn:
        return QStringLiteral("contract_number");
    case CompanyColumn:
        return QStringLiteral("company_id");
    case StartColumn:
        return QStringLiteral("start_date");
    case EndColumn:
        return QStringLiteral("end_date");
    case DaysLeftColumn:
        return QStringLiteral("days_until_expiry");
    case MonthlyValueColumn:
        return QStringLiteral("monthly_value");
    case CurrencyColumn:
        return QStringLiteral("currency");
    case StatusColumn:
        return QStringLiteral("status");
    case AutoRenewColumn:
        return QStringLiteral("auto_renew");
    default:
        return {};
    }
}

QString ContractTableModel::columnTitle(int column) const
{
    switch (column) {
    case NumberColumn:
        return tr("Contract");
    case CompanyColumn:
        return tr("Company");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DaysLeftColumn:
        return tr("Days left");
    case MonthlyValueColumn:
        return tr("Monthly value");
    case CurrencyColumn:
        return tr("Currency");
    case StatusColumn:
        return tr("Status");
    case AutoRenewColumn:
        return tr("Auto-renew");
    default:
        return {};
    }
}

void ContractTableModel::recordsLoaded(const QList<Contract>& contracts)
{
    QList<qint64> companies;
    companies.reserve(contracts.size());
    for (const Contract& c : contracts)
        companies << c.companyId;
    m_companyNames.prefetch(companies);
}

QVariant ContractTableModel::recordData(qint64 id, int column, int role) const
{
    const Contract* c = record(id);
    if (!c)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NumberColumn:
            return c->contractNumber;
        case CompanyColumn:
            return m_companyNames.label(c->companyId);
        case StartColumn:
            return RecordText::date(c->startDate);
        case EndColumn:
            return RecordText::date(c->endDate);
        case DaysLeftColumn:
            return c->daysUntilExpiry && c->status == QLatin1String("active") ? QVariant(*c->daysUntilExpiry)
                                                                              : QVariant();
        case MonthlyValueColumn:
            return RecordText::money(c->monthlyValueMinor);
        case CurrencyColumn:
            return c->currency.toUpper();
        case StatusColumn:
            return RecordText::codeLabel(QStringLiteral("status"), c->status);
        case AutoRenewColumn:
            return c->autoRenew ? tr("Yes") : tr("No");
        }
    } else if (role == RawValueRole) {
        switch (column) {
        case NumberColumn:
            return c->contractNumber;
        case CompanyColumn:
            return c->companyId;
        case StartColumn:
            return c->startDate;
        case EndColumn:
            return c->endDate;
        case DaysLeftColumn:
            return c->daysUntilExpiry ? QVariant(*c->daysUntilExpiry) : QVariant();
        case MonthlyValueColumn:
            return c->monthlyValueMinor;
        case CurrencyColumn:
            return c->currency;
        case StatusColumn:
            return c->status;
        case AutoRenewColumn:
            return c->autoRenew;
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (column == DaysLeftColumn || column == MonthlyValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ForegroundRole && column == DaysLeftColumn &&
               c->status == QLatin1String("active") && c->daysUntilExpiry && *c->daysUntilExpiry <= 30) {
        return QColor(0xb2, 0x6a, 0x00);
    }
    return {};
}
