#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/DeletionImpact.h"
#include "records/Invoice.h"
#include "records/ListQuery.h"

#include <QCoreApplication>

class InvoiceService
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)

public:
    explicit InvoiceService(ServiceContext context);

    Result<Invoice> get(qint64 id) const;
    Result<QList<Invoice>> list(const ListQuery& query = {}) const;
    Result<qint64> count(const ListQuery& query = {}) const;
    Result<qint64> create(const Invoice& invoice) const;
    Status update(const Invoice& invoice) const;
    Result<DeletionImpact> deletionImpact(qint64 id) const;
    Status remove(qint64 id) const;

    Status validate(const Invoice& invoice) const;

private:
    QDate today() const;
    ServiceContext m_context;
};
