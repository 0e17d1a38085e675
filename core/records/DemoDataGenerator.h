#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"

#include <QCoreApplication>

// Realistic demo data for a background-music subscription business in South-East Asia: hotels,
// restaurants and shops with English and Thai names, billing contacts, contracts ending on dates
// spread over the past and the next year, and some overdue invoices. The same seed gives the
// same data. Rows are written with prepared statements in one transaction, so that hundreds of
// thousands of contacts (for benchmarks) take seconds.
class DemoDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    struct Options
    {
        int companies = 50;
        int contactsPerCompany = 3;
        int seed = 1;
    };
    struct Summary
    {
        qint64 companies = 0;
        qint64 contacts = 0;
        qint64 contracts = 0;
        qint64 invoices = 0;
    };

    explicit DemoDataGenerator(ServiceContext context);
    Result<Summary> generate(const Options& options) const;

private:
    ServiceContext m_context;
};
