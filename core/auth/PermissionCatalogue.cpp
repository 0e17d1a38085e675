#include "auth/PermissionCatalogue.h"

#include <QCoreApplication>
#include <array>

namespace {
struct Entry
{
    Permission permission;
    const char* code;
    const char* description;
    bool sales;
    bool marketing;
    bool techSupport;
    bool admin;
};

// clang-format off
constexpr std::array kMatrix = {
    //     permission                      code                  description                                           Sales  Mkt    Tech   Admin
    Entry{Permission::ViewRecords,      "view_records",      QT_TRANSLATE_NOOP("Permission", "view companies, contacts and contracts"),  true,  true,  true,  true},
    Entry{Permission::EditRecords,      "edit_records",      QT_TRANSLATE_NOOP("Permission", "create or edit companies, contacts and contracts"), true, false, false, true},
    Entry{Permission::DeleteRecords,    "delete_records",    QT_TRANSLATE_NOOP("Permission", "delete companies, contacts and contracts"), false, false, false, true},
    Entry{Permission::ViewTemplates,    "view_templates",    QT_TRANSLATE_NOOP("Permission", "view templates and sequences"),           true,  true,  true,  true},
    Entry{Permission::ManageTemplates,  "manage_templates",  QT_TRANSLATE_NOOP("Permission", "manage templates and sequences"),         false, true,  false, true},
    Entry{Permission::ManageSegments,   "manage_segments",   QT_TRANSLATE_NOOP("Permission", "manage segments"),                        true,  true,  false, true},
    Entry{Permission::SeeAllSegments,   "see_all_segments",  QT_TRANSLATE_NOOP("Permission", "see every user's segments"),              false, false, false, true},
    Entry{Permission::EnrolInSequences, "enrol_in_sequences",QT_TRANSLATE_NOOP("Permission", "enrol customers in sequences"),           true,  true,  false, true},
    Entry{Permission::ViewTickets,      "view_tickets",      QT_TRANSLATE_NOOP("Permission", "view tickets"),                           true,  true,  true,  true},
    Entry{Permission::CreateTickets,    "create_tickets",    QT_TRANSLATE_NOOP("Permission", "create tickets and edit your own"),       true,  true,  true,  true},
    Entry{Permission::EditAnyTicket,    "edit_any_ticket",   QT_TRANSLATE_NOOP("Permission", "edit any ticket"),                        false, false, true,  true},
    Entry{Permission::DeleteTickets,    "delete_tickets",    QT_TRANSLATE_NOOP("Permission", "delete tickets"),                         false, false, true,  true},
    Entry{Permission::AssignTickets,    "assign_tickets",    QT_TRANSLATE_NOOP("Permission", "assign tickets"),                         false, false, true,  true},
    Entry{Permission::ManageUsers,      "manage_users",      QT_TRANSLATE_NOOP("Permission", "manage users"),                           false, false, false, true},
    Entry{Permission::ManageSettings,   "manage_settings",   QT_TRANSLATE_NOOP("Permission", "change SMTP, scheduler and office settings"), false, false, false, true},
};
// clang-format on

const Entry* find(Permission permission)
{
    for (const Entry& entry : kMatrix) {
        if (entry.permission == permission)
            return &entry;
    }
    return nullptr;
}
} // namespace

namespace PermissionCatalogue {

bool allows(Role role, Permission permission)
{
    const Entry* entry = find(permission);
    if (!entry)
        return false;
    switch (role) {
    case Role::Sales:
        return entry->sales;
    case Role::Marketing:
        return entry->marketing;
    case Role::TechSupport:
        return entry->techSupport;
    case Role::Admin:
        return entry->admin;
    }
    return false;
}

QString code(Permission permission)
{
    const Entry* entry = find(permission);
    return entry ? QString::fromLatin1(entry->code) : QString();
}

QString description(Permission permission)
{
    const Entry* entry = find(permission);
    return entry ? QCoreApplication::translate("Permission", entry->description) : QString();
}

QList<Permission> all()
{
    QList<Permission> permissions;
    for (const Entry& entry : kMatrix)
        permissions << entry.permission;
    return permissions;
}

} // namespace PermissionCatalogue
