#pragma once

#include "common/Result.h"
#include "filters/FilterEntity.h"
#include "filters/FilterSubject.h"

#include <QCoreApplication>

class Database;

// Reads what the evaluator needs about records straight from the database, on the calling
// thread's connection. It checks no permission: callers are services that already did (segments,
// the sequence scheduler).
class FilterSubjectLoader
{
    Q_DECLARE_TR_FUNCTIONS(FilterSubjectLoader)

public:
    explicit FilterSubjectLoader(const Database& database);

    Result<FilterSubject> contact(qint64 contactId) const;
    Result<FilterSubject> company(qint64 companyId) const;
    // Every contact (or company) with its company's data, in id order: for tests and checks that
    // evaluate filters over a whole (small) database.
    Result<QList<FilterSubject>> all(FilterEntity entity) const;

private:
    Result<QList<Company>> companies(const QString& where, const QVariantList& binds) const;
    Status fillCompanyData(QList<FilterSubject>& subjects) const;

    const Database& m_database;
};
