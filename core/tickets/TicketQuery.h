#pragma once

#include <QString>

// The list's filter chips (SPEC §8).
enum class TicketFilter
{
    All,
    Mine,       // assigned to the acting user
    Unassigned, // open and assigned to nobody
    Open,       // neither resolved nor closed
    Urgent,     // open and urgent
    Overdue,    // open and past due
};

// What the ticket list or `rapport-cli list tickets` asks for; filtering and sorting run in SQL.
struct TicketQuery
{
    TicketFilter filter = TicketFilter::All;
    QString search; // number, subject or company name, ignoring case
    QString status; // a status code; empty = any
    qint64 companyId = 0;
    QString sortField; // a Ticket field name; empty = newest first
    bool descending = false;
    int limit = -1; // -1 = all
    int offset = 0;
};
