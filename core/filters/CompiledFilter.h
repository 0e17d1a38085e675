#pragma once

#include "filters/FilterEntity.h"

#include <QString>
#include <QVariantList>

// A filter as one parameterised SQL query: `from` and `where` hold only catalogue identifiers and
// `?` placeholders; every value is in `binds`, in placeholder order. The contact table is aliased c,
// the company table co.
struct CompiledFilter
{
    FilterEntity entity = FilterEntity::Contact;
    QString from;  // "contacts c", "contacts c JOIN companies co ON co.id = c.company_id", "companies co"
    QString where; // a boolean expression
    QVariantList binds;
    bool joinsCompany = false; // whether `from` already has co for a contact filter

    QString idColumn() const
    {
        return entity == FilterEntity::Company ? QStringLiteral("co.id") : QStringLiteral("c.id");
    }
    // `from` with co joined for a contact filter, for callers that show company columns.
    QString fromWithCompany() const
    {
        if (entity == FilterEntity::Company || joinsCompany)
            return from;
        return from + QStringLiteral(" JOIN companies co ON co.id = c.company_id");
    }
    QString countSql() const
    {
        return QStringLiteral("SELECT count(*) FROM ") + from + QStringLiteral(" WHERE ") + where;
    }
};
