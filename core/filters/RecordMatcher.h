#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "filters/Filter.h"

#include <QCoreApplication>

// "Does this one contact (or company) match?" for callers that decide record by record, such as a
// sequence step's condition when the step is due. Checks the filter or rule, reads the record and
// evaluates it in memory with FilterEvaluator, today being the office's today by the context clock.
class RecordMatcher
{
    Q_DECLARE_TR_FUNCTIONS(RecordMatcher)

public:
    explicit RecordMatcher(ServiceContext context);

    // The record is a contact or a company as the filter's entity says.
    Result<bool> matches(const Filter& filter, qint64 recordId) const;
    // One rule {field, operator, value}; a contact rule may name company.* fields.
    Result<bool> ruleMatches(FilterEntity entity, const FilterNode& rule, qint64 recordId) const;

private:
    ServiceContext m_context;
};
