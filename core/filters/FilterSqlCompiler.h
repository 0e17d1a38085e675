#pragma once

#include "filters/CheckedFilter.h"
#include "filters/CompiledFilter.h"
#include "filters/FilterContext.h"

// Turns a checked filter into one parameterised query. Identifiers come only from the field
// catalogue and the fixed table names here; user values only ever become bound parameters. LIKE
// patterns escape \, % and _ and say ESCAPE '\'. The SQL is valid on SQLite and PostgreSQL.
class FilterSqlCompiler
{
public:
    explicit FilterSqlCompiler(FilterContext context);

    CompiledFilter compile(const CheckedFilter& filter) const;
    // A subtree on its own (one rule or group), e.g. for the count each rule alone gives.
    CompiledFilter compile(FilterEntity entity, const CheckedNode& node) const;

private:
    struct Expr
    {
        QString sql;
        QVariantList binds;
    };
    struct Builder;

    QString node(const CheckedNode& node, Builder& builder) const;
    QString rule(const CheckedRule& rule, Builder& builder) const;
    QString text(const CheckedRule& rule, const Expr& column, Builder& builder) const;
    QString number(const CheckedRule& rule, const Expr& value, Builder& builder) const;
    QString boolean(const CheckedRule& rule, const Expr& column, Builder& builder) const;
    QString enumeration(const CheckedRule& rule, const Expr& column, Builder& builder) const;
    QString date(const CheckedRule& rule, const Expr& column, bool nullable, Builder& builder) const;
    QString activeContractEnds(const CheckedRule& rule, const QString& companyId, Builder& builder) const;
    // The positive date operators as an inclusive range of dates; a missing bound is open.
    std::pair<QDate, QDate> dateRange(const CheckedRule& rule) const;
    QString dateRangeSql(const Expr& column, FilterDateStorage storage, const QDate& low, const QDate& high,
                         Builder& builder) const;

    FilterContext m_context;
};
