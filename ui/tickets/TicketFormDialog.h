#pragma once

#include "common/Error.h"
#include "common/ServiceContext.h"
#include "tickets/Ticket.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;
class QTimer;

// New or edit ticket: company with completion, contact limited to that company, subject,
// description, priority, category, due date. The service validates; its message is shown beside
// the field at fault.
class TicketFormDialog : public QDialog
{
    Q_OBJECT

public:
    // ticketId 0 = a new ticket.
    TicketFormDialog(ServiceContext context, qint64 ticketId = 0, QWidget* parent = nullptr);

    // The stored ticket after a successful save.
    const Ticket& ticket() const { return m_ticket; }
    // Saves; on failure shows the message beside its field and returns false.
    bool save();
    void setCompany(qint64 companyId);
    QString fieldError(const QString& field) const;

    void accept() override;

private:
    QLabel* addErrorLabel(const QString& field);
    void showError(const Error& error);
    void clearErrors();
    void refreshCompletions();
    void companyChosen(const QString& name);
    void loadContacts(qint64 contactToSelect);

    ServiceContext m_context;
    Ticket m_ticket;
    qint64 m_companyId = 0;
    QHash<QString, qint64> m_companyIds; // completion text → id
    QHash<QString, QLabel*> m_errors;    // service field name → label beside it

    QLineEdit* m_company = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_companyNames = nullptr;
    QTimer* m_completionTimer = nullptr;
    QComboBox* m_contact = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_category = nullptr;
    QDateTimeEdit* m_due = nullptr;
};
