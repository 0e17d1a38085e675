#include "importexport/ExportService.h"

#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "records/ContractService.h"
#include "records/InvoiceService.h"

namespace {
template <typename R, typename Service>
Result<QByteArray> exportWith(const ServiceContext& context, const ListQuery& query,
                              const QStringList& columns, bool byteOrderMark)
{
    auto records = Service(context).list(query);
    if (!records)
        return records.error();
    return ExportService::toCsv(R::fields(), records.value(), columns, byteOrderMark);
}
} // namespace

ExportService::ExportService(ServiceContext context) : m_context(std::move(context)) {}

Result<QByteArray> ExportService::exportCsv(DataType type, const ListQuery& query, const QStringList& columns,
                                            bool byteOrderMark) const
{
    switch (type) {
    case DataType::Companies:
        return exportWith<Company, CompanyService>(m_context, query, columns, byteOrderMark);
    case DataType::Contacts:
        return exportWith<Contact, ContactService>(m_context, query, columns, byteOrderMark);
    case DataType::Contracts:
        return exportWith<Contract, ContractService>(m_context, query, columns, byteOrderMark);
    case DataType::Invoices:
        return exportWith<Invoice, InvoiceService>(m_context, query, columns, byteOrderMark);
    }
    return QByteArray();
}
