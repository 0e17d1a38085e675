#pragma once

#include "auth/Role.h"

#include <QString>

// Every action the permission matrix of SPEC §1 talks about. PermissionCatalogue says which role
// has which; services check, and the GUI hides or disables what is refused.
enum class Permission
{
    ViewRecords, // companies, contacts, contracts, invoices
    EditRecords, // create and edit them
    DeleteRecords,
    ViewTemplates,   // templates and sequences
    ManageTemplates, // create/edit templates and sequences
    ManageSegments,  // own segments, and seeing public ones
    SeeAllSegments,  // private segments of others
    EnrolInSequences,
    ViewTickets,
    CreateTickets, // and edit one's own
    EditAnyTicket,
    DeleteTickets,
    AssignTickets,
    ManageUsers,
    ManageSettings, // SMTP, scheduler and office settings
};
