#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "records/Company.h"
#include "records/DeletionImpact.h"
#include "records/KeysetPage.h"
#include "records/ListQuery.h"

#include <QCoreApplication>

class CompanyService
{
    Q_DECLARE_TR_FUNCTIONS(CompanyService)

public:
    explicit CompanyService(ServiceContext context);

    Result<Company> get(qint64 id) const;
    Result<QList<Company>> list(const ListQuery& query = {}) const;
    // The ids of one page of the list, in its order, starting after `after` (keyset paging for
    // lazily fetching views); the query's limit and offset are ignored.
    Result<KeysetPage> listKeys(const ListQuery& query, const ListCursor& after, int limit) const;
    // The companies with these ids, in no particular order (missing ids are skipped).
    Result<QList<Company>> getMany(const QList<qint64>& ids) const;
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
