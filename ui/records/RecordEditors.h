#pragma once

#include <QtGlobal>

class AppSession;
class QWidget;

// The create/edit forms and the delete confirmation of the four record types.
namespace RecordEditors {
// Opens the form for a new record (id 0) or an existing one; returns the saved record's id, or 0
// when the user cancelled. `companyId` presets the company of a new contact or contract.
qint64 editCompany(const AppSession& session, qint64 id, QWidget* parent);
qint64 editContact(const AppSession& session, qint64 id, QWidget* parent, qint64 companyId = 0);
qint64 editContract(const AppSession& session, qint64 id, QWidget* parent, qint64 companyId = 0);
qint64 editInvoice(const AppSession& session, qint64 id, QWidget* parent);
} // namespace RecordEditors
