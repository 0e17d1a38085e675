#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/Company.h"
#include "records/DeletionImpact.h"
#include "records/ListQuery.h"

#include <QCoreApplication>

class CompanyService
{
    Q_DECLARE_TR_FUNCTIONS(CompanyService)

public:
    explicit CompanyService(ServiceContext context);

    Result<Company> get(qint64 id) const;
    Result<QList<Company>> list(const ListQuery& query = {}) const;
    Result<qint64> count(const ListQuery& query = {}) const;
    // Validates and inserts; returns the new id.
    Result<qint64> create(const Company& company) const;
    Status update(const Company& company) const;
    Result<DeletionImpact> deletionImpact(qint64 id) const;
    Status remove(qint64 id) const;

    // Every rule a company must satisfy before it is stored; the first failure names its field.
    Status validate(const Company& company) const;

private:
    ServiceContext m_context;
};
