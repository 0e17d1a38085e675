#pragma once

#include "common/ServiceContext.h"

#include <QDialog>

class MessageBanner;
class QComboBox;
class QDialogButtonBox;

// "Enrol in sequence" from a company (or one of its contacts): pick the sequence, then one of the
// company's contacts or "its billing contacts". Refusals (already enrolled, unsubscribed, …)
// show in the dialog, which stays open.
class EnrolDialog : public QDialog
{
    Q_OBJECT

public:
    // `contactId` preselects a contact (0: the company's billing contacts).
    EnrolDialog(ServiceContext context, qint64 companyId, qint64 contactId = 0, QWidget* parent = nullptr);

    // Enrols with the current choices; on success stores the id and accepts.
    bool enrol();
    qint64 enrolmentId() const { return m_enrolmentId; }
    QComboBox* sequenceBox() const { return m_sequence; }
    QComboBox* contactBox() const { return m_contact; }

private:
    ServiceContext m_context;
    qint64 m_companyId;
    qint64 m_enrolmentId = 0;
    MessageBanner* m_banner;
    QComboBox* m_sequence;
    QComboBox* m_contact;
    QDialogButtonBox* m_buttons;
};
