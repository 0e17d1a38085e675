#include "EnrolDialog.h"

#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "sequences/SequenceService.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

EnrolDialog::EnrolDialog(ServiceContext context, qint64 companyId, qint64 contactId, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_companyId(companyId),
      m_banner(new MessageBanner(this)), m_sequence(new QComboBox(this)), m_contact(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    m_banner->setObjectName(QStringLiteral("enrolBanner"));
    m_sequence->setObjectName(QStringLiteral("enrolSequence"));
    m_contact->setObjectName(QStringLiteral("enrolContact"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Enrol"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("enrolButton"));

    auto company = CompanyService(m_context).get(companyId);
    setWindowTitle(company ? tr("Enrol %1 in a sequence").arg(company->name) : tr("Enrol in a sequence"));
    if (auto sequences = SequenceService(m_context).list(); sequences) {
        for (const Sequence& s : sequences.value()) {
            if (s.isActive && s.stepCount > 0)
                m_sequence->addItem(s.name, s.id);
        }
        if (m_sequence->count() == 0)
            m_banner->showMessage(tr("There is no active sequence with steps to enrol in."));
    } else {
        m_banner->showMessage(sequences.error().message);
    }
    m_contact->addItem(tr("The company's billing contacts (else all active contacts)"), qint64(0));
    ListQuery query;
    query.companyId = companyId;
    if (auto contacts = ContactService(m_context).list(query); contacts) {
        for (const Contact& c : contacts.value()) {
            QString label = c.email.isEmpty() ? c.name : QStringLiteral("%1 <%2>").arg(c.name, c.email);
            if (c.unsubscribed)
                label += tr(" (unsubscribed)");
            else if (!c.isActive)
                label += tr(" (inactive)");
            m_contact->addItem(label, c.id);
        }
    }
    const int preselect = m_contact->findData(contactId);
    m_contact->setCurrentIndex(preselect < 0 ? 0 : preselect);

    auto* form = new QFormLayout;
    form->addRow(tr("Sequence"), m_sequence);
    form->addRow(tr("Send to"), m_contact);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { enrol(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

bool EnrolDialog::enrol()
{
    if (m_sequence->currentIndex() < 0) {
        m_banner->showMessage(tr("Choose a sequence."));
        return false;
    }
    auto id = SequenceService(m_context).enrol(m_sequence->currentData().toLongLong(), m_companyId,
                                               m_contact->currentData().toLongLong());
    if (!id) {
        m_banner->showMessage(id.error().message);
        return false;
    }
    m_enrolmentId = id.value();
    accept();
    return true;
}
