#pragma once

#include "records/Company.h"
#include "records/Contact.h"
#include "records/Contract.h"
#include "records/Invoice.h"

#include <QList>

// Everything a filter can look at for one record: a contact filter reads the contact and its
// company; a company filter the company. Contracts, invoices and the contact count belong to the
// company and feed the derived fields (active contracts, overdue invoices, active contract ends).
struct FilterSubject
{
    Contact contact; // unused for a company filter
    Company company;
    QList<Contract> contracts; // the company's
    QList<Invoice> invoices;   // of those contracts
    qint64 contactCount = 0;   // the company's contacts
};
