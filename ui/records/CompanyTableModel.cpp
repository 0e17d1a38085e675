#include "records/CompanyTableModel.h"

CompanyTableModel::CompanyTableModel(const AppSession& session, QObject* parent)
    : TypedRecordModel(session, parent)
{}

int CompanyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompanyTableModel::sortField(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case IndustryColumn:
        return QStringLiteral("industry");
    case CityColumn:
        return QStringLiteral("city");
    case CountryColumn:
        return QStringLiteral("country");
    case StatusColumn:
        return QStringLiteral("is_active");
    default:
        return {};
    }
}

QString CompanyTableModel::exportField(int column) const
{
    // Payment terms cannot be sorted in SQL but are a field like the others.
    return column == PaymentTermsColumn ? QStringLiteral("payment_terms") : sortField(column);
}

QString CompanyTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case IndustryColumn:
        return tr("Industry");
    case CityColumn:
        return tr("City");
    case CountryColumn:
        return tr("Country");
    case PaymentTermsColumn:
        return tr("Payment terms");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QVariant CompanyTableModel::recordData(qint64 id, int column, int role) const
{
    const Company* c = record(id);
    if (!c)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn:
            return c->name;
        case IndustryColumn:
            return c->industry;
        case CityColumn:
            return c->city;
        case CountryColumn:
            return c->country;
        case PaymentTermsColumn:
            return c->paymentTerms;
        case StatusColumn:
            return c->isActive ? tr("Active") : tr("Inactive");
        }
    } else if (role == RawValueRole) {
        switch (column) {
        case NameColumn:
            return c->name;
        case IndustryColumn:
            return c->industry;
        case CityColumn:
            return c->city;
        case CountryColumn:
            return c->country;
        case PaymentTermsColumn:
            return c->paymentTerms;
        case StatusColumn:
            return c->isActive ? QStringLiteral("active") : QStringLiteral("inactive");
        }
    }
    return {};
}
