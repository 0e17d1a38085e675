#pragma once

#include <QString>
#include <optional>

// What a list view or `rapport-cli list` asks for. Filtering, searching and sorting run in SQL;
// fields not meaningful for a record type are ignored by its service.
struct ListQuery
{
    QString search;                        // case-insensitive substring of the type's search columns
    bool activeOnly = false;               // companies, contacts
    qint64 companyId = 0;                  // contacts, contracts, invoices (through the contract)
    qint64 contractId = 0;                 // invoices
    std::optional<int> expiringWithinDays; // contracts: active and ending within N days
    bool overdueOnly = false;              // invoices
    QString status;                        // contracts, invoices (effective status)
    QString sortField;                     // a field name of the type; empty = the type's natural order
    bool descending = false;
    int limit = -1; // -1 = all
    int offset = 0;
};
