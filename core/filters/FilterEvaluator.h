#pragma once

#include "filters/CheckedFilter.h"
#include "filters/FilterContext.h"
#include "filters/FilterSubject.h"

#include <QVariant>

// The reference meaning of a filter, evaluated in memory over one record. It follows the same
// rules as the SQL the compiler writes for SQLite (see FilterText for case), so the tests check
// the SQL against it; sequence step conditions use it to decide one contact or company at a time.
class FilterEvaluator
{
public:
    explicit FilterEvaluator(FilterContext context);

    bool matches(const CheckedFilter& filter, const FilterSubject& subject) const;
    bool matches(const CheckedNode& node, const FilterSubject& subject) const;
    bool matches(const CheckedRule& rule, const FilterSubject& subject) const;

    // A field's value for the subject, as the rules see it: QString, double, QDate (invalid when
    // missing), bool, an enumeration code; a QVariantList of QDate for active_contract_end.
    QVariant fieldValue(const FilterField& field, const FilterSubject& subject) const;

private:
    bool text(const CheckedRule& rule, const QString& value) const;
    bool number(const CheckedRule& rule, double value) const;
    bool date(const CheckedRule& rule, const QDate& value) const;
    bool dateInRange(const CheckedRule& rule, const QDate& value) const;

    FilterContext m_context;
};
