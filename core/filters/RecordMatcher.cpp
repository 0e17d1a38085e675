#include "filters/RecordMatcher.h"

#include "filters/FilterChecker.h"
#include "filters/FilterEvaluator.h"
#include "filters/FilterSubjectLoader.h"

RecordMatcher::RecordMatcher(ServiceContext context) : m_context(std::move(context)) {}

namespace {
Result<FilterSubject> load(const ServiceContext& context, FilterEntity entity, qint64 recordId)
{
    const FilterSubjectLoader loader(context.db());
    return entity == FilterEntity::Company ? loader.company(recordId) : loader.contact(recordId);
}
} // namespace

Result<bool> RecordMatcher::matches(const Filter& filter, qint64 recordId) const
{
    auto checked = FilterChecker::check(filter);
    if (!checked)
        return checked.error();
    auto subject = load(m_context, filter.entity, recordId);
    if (!subject)
        return subject.error();
    return FilterEvaluator(FilterContext::forService(m_context)).matches(checked.value(), subject.value());
}

Result<bool> RecordMatcher::ruleMatches(FilterEntity entity, const FilterNode& rule, qint64 recordId) const
{
    auto checked = FilterChecker::checkRule(entity, rule);
    if (!checked)
        return checked.error();
    auto subject = load(m_context, entity, recordId);
    if (!subject)
        return subject.error();
    return FilterEvaluator(FilterContext::forService(m_context)).matches(checked.value(), subject.value());
}
