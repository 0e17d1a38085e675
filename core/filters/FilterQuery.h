#pragma once

#include "common/Result.h"
#include "filters/CheckedFilter.h"
#include "filters/FilterContext.h"

class Database;

// Runs a checked filter's compiled query on the calling thread's connection.
class FilterQuery
{
public:
    FilterQuery(const Database& database, FilterContext context);

    Result<qint64> count(const CheckedFilter& filter) const;
    // The count one subtree (a rule or group) gives on its own.
    Result<qint64> count(FilterEntity entity, const CheckedNode& node) const;
    // The matching contact (or company) ids in id order.
    Result<QList<qint64>> ids(const CheckedFilter& filter) const;

private:
    const Database& m_database;
    FilterContext m_context;
};
