#include "records/ContactTableModel.h"

#include "records/RecordText.h"
#include "records/UiLookups.h"

ContactTableModel::ContactTableModel(const AppSession& session, QObject* parent)
    : TypedRecordModel(session, parent), m_companyNames(UiLookups::companyNames(session))
{}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactTableModel::sortField(int column) const
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case CompanyColumn:
        return QStringLiteral("company_id");
    case EmailColumn:
        return QStringLiteral("email");
    case PhoneColumn:
        return QStringLiteral("phone");
    case TitleColumn:
        return QStringLiteral("title");
    case TypeColumn:
        return QStringLiteral("contact_type");
    case LanguageColumn:
        return QStringLiteral("language");
    case StatusColumn:
        return QStringLiteral("is_active");
    default:
        return {};
    }
}

QString ContactTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Type");
    case LanguageColumn:
        return tr("Language");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void ContactTableModel::recordsLoaded(const QList<Contact>& contacts)
{
    QList<qint64> companies;
    companies.reserve(contacts.size());
    for (const Contact& c : contacts)
        companies << c.companyId;
    m_companyNames.prefetch(companies);
}

QVariant ContactTableModel::recordData(qint64 id, int column, int role) const
{
    const Contact* c = record(id);
    if (!c)
        return {};
    const QString statusCode = c->unsubscribed ? QStringLiteral("unsubscribed")
                               : c->isActive   ? QStringLiteral("active")
                                               : QStringLiteral("inactive");
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
        case NameColumn:
            return c->name;
        case CompanyColumn:
            return m_companyNames.label(c->companyId);
        case EmailColumn:
            return c->email;
        case PhoneColumn:
            return c->phone;
        case TitleColumn:
            return c->title;
        case TypeColumn:
            return RecordText::codeLabel(QStringLiteral("contact_type"), c->contactType);
        case LanguageColumn:
            return RecordText::codeLabel(QStringLiteral("language"), c->language);
        case StatusColumn:
            return c->unsubscribed ? tr("Unsubscribed") : c->isActive ? tr("Active") : tr("Inactive");
        }
    } else if (role == RawValueRole) {
        switch (column) {
        case NameColumn:
            return c->name;
        case CompanyColumn:
            return c->companyId;
        case EmailColumn:
            return c->email;
        case PhoneColumn:
            return c->phone;
        case TitleColumn:
            return c->title;
        case TypeColumn:
            return c->contactType;
        case LanguageColumn:
            return c->language;
        case StatusColumn:
            return statusCode;
        }
    }
    return {};
}
