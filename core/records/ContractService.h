#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/Contract.h"
#include "records/DeletionImpact.h"
#include "records/ListQuery.h"

#include <QCoreApplication>

class ContractService
{
    Q_DECLARE_TR_FUNCTIONS(ContractService)

public:
    explicit ContractService(ServiceContext context);

    Result<Contract> get(qint64 id) const;
    Result<QList<Contract>> list(const ListQuery& query = {}) const;
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
