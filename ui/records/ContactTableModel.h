#pragma once

#include "records/Contact.h"
#include "records/ContactService.h"
#include "records/LabelCache.h"
#include "records/TypedRecordModel.h"

class ContactTableModel : public TypedRecordModel<Contact, ContactService>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CompanyColumn,
        EmailColumn,
        PhoneColumn,
        TitleColumn,
        TypeColumn,
        LanguageColumn,
        StatusColumn,
        ColumnCount
    };

    ContactTableModel(const AppSession& session, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QString sortField(int column) const override;
    QString columnTitle(int column) const override;

protected:
    QVariant recordData(qint64 id, int column, int role) const override;
    void recordsLoaded(const QList<Contact>& contacts) override;

private:
    mutable LabelCache m_companyNames;
};
