#include "records/RecordEditors.h"

#include "app/AppSession.h"
#include "audit/HistoryView.h"
#include "auth/Authorizer.h"
#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "records/InvoiceService.h"
#include "records/RecordForm.h"
#include "records/UiLookups.h"

#include <QCoreApplication>

namespace RecordEditors {
namespace {

template <typename R, typename S>
qint64 editRecord(const AppSession& session, qint64 id, QWidget* parent, R record, const QString& title,
                  const QString& objectName, bool invoice)
{
    if (id != 0) {
        auto loaded = S(session.context()).get(id);
        if (!loaded)
            return 0;
        record = loaded.value();
    }
    QList<RecordForm::FieldSpec> specs;
    for (const RecordField<R>& field : R::fields()) {
        if (!field.set)
            continue;
        RecordForm::FieldSpec spec;
        spec.name = field.name;
        spec.kind = field.kind;
        spec.label = QCoreApplication::translate("RecordField", field.label);
        if (field.enumCodes)
            spec.enumCodes = field.enumCodes();
        spec.enumField =
            invoice && field.name == QLatin1String("status") ? QStringLiteral("invoice_status") : field.name;
        specs << spec;
    }
    RecordForm form(
        title, specs,
        [&session](const RecordForm::FieldSpec& field, QWidget* formParent) -> QWidget* {
            if (field.name == QLatin1String("contract_id"))
                return UiLookups::contractPicker(session, formParent);
            return UiLookups::companyPicker(session, formParent);
        },
        parent);
    form.setObjectName(objectName);
    if (!Authorizer::can(session.actor(), Permission::EditRecords))
        form.setReadOnly();
    if (record.id != 0) {
        // "companyForm" → the audit trail's entity type "company".
        auto* history = new HistoryView(session.context(), &form);
        history->setObjectName(QStringLiteral("historyView"));
        history->setRecord(objectName.chopped(4), record.id);
        form.addPage(history, RecordForm::tr("History"));
    }
    for (const RecordField<R>& field : R::fields()) {
        if (field.set)
            form.setValue(field.name, field.get(record));
    }
    qint64 savedId = 0;
    form.setSaveHandler([&](const QVariantMap& values) -> Status {
        R edited = record;
        for (const RecordField<R>& field : R::fields()) {
            if (field.set && values.contains(field.name))
                field.set(edited, values.value(field.name));
        }
        S service(session.context());
        if (edited.id == 0) {
            auto created = service.create(edited);
            if (!created)
                return created.error();
            savedId = created.value();
            return Status::success();
        }
        if (auto updated = service.update(edited); !updated)
            return updated;
        savedId = edited.id;
        return Status::success();
    });
    if (form.exec() != QDialog::Accepted)
        return 0;
    return savedId;
}

} // namespace

qint64 editCompany(const AppSession& session, qint64 id, QWidget* parent)
{
    return editRecord<Company, CompanyService>(session, id, parent, Company{},
                                               id == 0 ? RecordForm::tr("New company")
                                                       : RecordForm::tr("Edit company"),
                                               QStringLiteral("companyForm"), false);
}

qint64 editContact(const AppSession& session, qint64 id, QWidget* parent, qint64 companyId)
{
    Contact contact;
    contact.companyId = companyId;
    return editRecord<Contact, ContactService>(session, id, parent, contact,
                                               id == 0 ? RecordForm::tr("New contact")
                                                       : RecordForm::tr("Edit contact"),
                                               QStringLiteral("contactForm"), false);
}

qint64 editContract(const AppSession& session, qint64 id, QWidget* parent, qint64 companyId)
{
    Contract contract;
    contract.companyId = companyId;
    return editRecord<Contract, ContractService>(session, id, parent, contract,
                                                 id == 0 ? RecordForm::tr("New contract")
                                                         : RecordForm::tr("Edit contract"),
                                                 QStringLiteral("contractForm"), false);
}

qint64 editInvoice(const AppSession& session, qint64 id, QWidget* parent)
{
    return editRecord<Invoice, InvoiceService>(session, id, parent, Invoice{},
                                               id == 0 ? RecordForm::tr("New invoice")
                                                       : RecordForm::tr("Edit invoice"),
                                               QStringLiteral("invoiceForm"), true);
}

} // namespace RecordEditors
