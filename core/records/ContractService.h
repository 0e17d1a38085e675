#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/Contract.h"
#include "records/DeletionImpact.h"
#include "records/KeysetPage.h"
#include "records/ListQuery.h"

#include <QCoreApplication>

class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(ContractService)

public:
    explicit ContractService(ServiceContext context);

    Result<Contract> get(qint64 id) const;
    Result<QList<Contract>> list(const ListQuery& query = {}) const;
    // The ids of one page of the list, in its order, starting after `after` (keyset paging for
    // lazily fetching views); the query's limit and offset are ignored.
    Result<KeysetPage> listKeys(const ListQuery& query, const ListCursor& after, int limit) const;
    // The contracts with these ids, in no particular order (missing ids are skipped).
    Result<QList<Contract>> getMany(const QList<qint64>& ids) const;
    Result<qint64> count(const ListQuery& query = {}) const;
    Result<qint64> create(const Contract& contract) const;
    Status update(const Contract& contract) const;
    Result<DeletionImpact> deletionImpact(qint64 id) const;
    Status remove(qint64 id) const;

    Status validate(const Contract& contract) const;

private:
    QDate today() const;
    ServiceContext m_context;
};
