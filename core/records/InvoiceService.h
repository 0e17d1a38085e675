#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/DeletionImpact.h"
#include "records/Invoice.h"
#include "records/KeysetPage.h"
#include "records/ListQuery.h"

#include <QCoreApplication>

class InvoiceService
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceService)

public:
    explicit InvoiceService(ServiceContext context);

    Result<Invoice> get(qint64 id) const;
    Result<QList<Invoice>> list(const ListQuery& query = {}) const;
    // The ids of one page of the list, in its order, starting after `after` (keyset paging for
    // lazily fetching views); the query's limit and offset are ignored.
    Result<KeysetPage> listKeys(const ListQuery& query, const ListCursor& after, int limit) const;
    // The invoices with these ids, in no particular order (missing ids are skipped).
    Result<QList<Invoice>> getMany(const QList<qint64>& ids) const;
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
