#include "tickets/TicketFormDialog.h"

#include "records/CompanyService.h"
#include "records/ContactService.h"
#include "tickets/TicketCategory.h"
#include "tickets/TicketPriority.h"
#include "tickets/TicketService.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

TicketFormDialog::TicketFormDialog(ServiceContext context, qint64 ticketId, QWidget* parent)
    : QDialog(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("ticketFormDialog"));
    setWindowTitle(ticketId == 0 ? tr("New ticket") : tr("Edit ticket"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    const auto withError = [&](QWidget* editor, const QString& field) {
        auto* column = new QWidget(this);
        auto* box = new QVBoxLayout(column);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(editor);
        box->addWidget(addErrorLabel(field));
        return column;
    };

    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_company->setPlaceholderText(tr("Start typing a company name"));
    m_companyNames = new QStringListModel(this);
    m_completer = new QCompleter(m_companyNames, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_company->setCompleter(m_completer);
    m_completionTimer = new QTimer(this);
    m_completionTimer->setSingleShot(true);
    m_completionTimer->setInterval(150);
    connect(m_company, &QLineEdit::textEdited, m_completionTimer, qOverload<>(&QTimer::start));
    connect(m_completionTimer, &QTimer::timeout, this, &TicketFormDialog::refreshCompletions);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &TicketFormDialog::companyChosen);
    connect(m_company, &QLineEdit::editingFinished, this, [this] { companyChosen(m_company->text()); });
    form->addRow(tr("&Company"), withError(m_company, QStringLiteral("company_id")));

    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("contactCombo"));
    form->addRow(tr("C&ontact"), withError(m_contact, QStringLiteral("contact_id")));

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    form->addRow(tr("&Subject"), withError(m_subject, QStringLiteral("subject")));

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description"), withError(m_description, QStringLiteral("description")));

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (const TicketPriority p : TicketPriorityCodes::all())
        m_priority->addItem(TicketPriorityCodes::label(p), TicketPriorityCodes::toCode(p));
    form->addRow(tr("&Priority"), withError(m_priority, QStringLiteral("priority")));

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    for (const TicketCategory c : TicketCategoryCodes::all())
        m_category->addItem(TicketCategoryCodes::label(c), TicketCategoryCodes::toCode(c));
    form->addRow(tr("C&ategory"), withError(m_category, QStringLiteral("category")));

    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    form->addRow(tr("D&ue"), withError(m_due, QStringLiteral("due_date")));

    auto* general = addErrorLabel(QString());
    layout->addWidget(general);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("ticketFormButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveTicketButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TicketFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TicketFormDialog::reject);
    layout->addWidget(buttons);

    if (ticketId != 0) {
        auto existing = TicketService(m_context).get(ticketId);
        if (existing) {
            m_ticket = existing.value();
            m_companyId = m_ticket.companyId;
            m_company->setText(m_ticket.companyName);
            loadContacts(m_ticket.contactId);
            m_subject->setText(m_ticket.subject);
            m_description->setPlainText(m_ticket.description);
            m_priority->setCurrentIndex(m_priority->findData(m_ticket.priority));
            m_category->setCurrentIndex(m_category->findData(m_ticket.category));
            m_due->setDateTime(m_ticket.dueAt.toLocalTime());
        } else {
            showError(existing.error());
        }
    } else {
        m_priority->setCurrentIndex(m_priority->findData(QStringLiteral("medium")));
        m_category->setCurrentIndex(m_category->findData(QStringLiteral("general")));
        m_due->setDateTime(m_context.now().addDays(TicketService::kDefaultDueDays).toLocalTime());
        loadContacts(0);
    }
    resize(520, sizeHint().height());
}

QLabel* TicketFormDialog::addErrorLabel(const QString& field)
{
    auto* label = new QLabel(this);
    label->setObjectName(field.isEmpty() ? QStringLiteral("formError") : field + QStringLiteral("Error"));
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QString TicketFormDialog::fieldError(const QString& field) const
{
    QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void TicketFormDialog::clearErrors()
{
    for (QLabel* label : std::as_const(m_errors))
        label->hide();
}

void TicketFormDialog::showError(const Error& error)
{
    QLabel* label = m_errors.value(error.field, m_errors.value(QString()));
    label->setText(error.message);
    label->show();
}

void TicketFormDialog::refreshCompletions()
{
    ListQuery query;
    query.search = m_company->text();
    query.limit = 25;
    auto companies = CompanyService(m_context).list(query);
    if (!companies)
        return;
    QStringList names;
    m_companyIds.clear();
    for (const Company& company : companies.value()) {
        names << company.name;
        m_companyIds.insert(company.name, company.id);
    }
    m_companyNames->setStringList(names);
    m_completer->complete();
}

void TicketFormDialog::setCompany(qint64 companyId)
{
    auto company = CompanyService(m_context).get(companyId);
    if (!company)
        return;
    m_companyIds.insert(company->name, company->id);
    m_company->setText(company->name);
    companyChosen(company->name);
}

void TicketFormDialog::companyChosen(const QString& name)
{
    qint64 id = m_companyIds.value(name, 0);
    if (id == 0 && !name.trimmed().isEmpty()) {
        // Typed in full without picking from the list: find it by exact name (ignoring case).
        ListQuery query;
        query.search = name.trimmed();
        query.limit = 50;
        if (auto companies = CompanyService(m_context).list(query)) {
            for (const Company& company : companies.value()) {
                if (company.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                    id = company.id;
            }
        }
    }
    if (id == m_companyId)
        return;
    m_companyId = id;
    loadContacts(0);
}

void TicketFormDialog::loadContacts(qint64 contactToSelect)
{
    m_contact->clear();
    m_contact->addItem(tr("No contact"), qint64(0));
    if (m_companyId == 0) {
        m_contact->setEnabled(false);
        return;
    }
    ListQuery query;
    query.companyId = m_companyId;
    query.activeOnly = true;
    if (auto contacts = ContactService(m_context).list(query)) {
        for (const Contact& contact : contacts.value()) {
            const QString label = contact.email.isEmpty()
                                      ? contact.name
                                      : QStringLiteral("%1 <%2>").arg(contact.name, contact.email);
            m_contact->addItem(label, contact.id);
        }
    }
    m_contact->setEnabled(true);
    if (contactToSelect != 0 && m_contact->findData(contactToSelect) < 0) {
        // The ticket's contact has left (inactive): keep them rather than change it unasked.
        if (auto kept = ContactService(m_context).get(contactToSelect))
            m_contact->addItem(tr("%1 (inactive)").arg(kept->name), kept->id);
    }
    int index = contactToSelect != 0 ? m_contact->findData(contactToSelect) : -1;
    // A new ticket preselects a company's only contact; with several, the user picks who reported
    // it (the contact is mailed about the ticket, so never guess among them).
    if (index < 0 && contactToSelect == 0 && m_ticket.id == 0 && m_contact->count() == 2)
        index = 1;
    m_contact->setCurrentIndex(std::max(index, 0));
}

bool TicketFormDialog::save()
{
    clearErrors();
    companyChosen(m_company->text());
    Ticket t = m_ticket;
    t.companyId = m_companyId;
    t.contactId = m_contact->currentData().toLongLong();
    t.subject = m_subject->text();
    t.description = m_description->toPlainText();
    t.priority = m_priority->currentData().toString();
    t.category = m_category->currentData().toString();
    t.dueAt = m_due->dateTime().toUTC();
    if (m_companyId == 0 && !m_company->text().trimmed().isEmpty()) {
        showError(Error::invalid(QStringLiteral("company_id"),
                                 tr("There is no company called \"%1\"; pick one from the list.")
                                     .arg(m_company->text().trimmed())));
        return false;
    }
    TicketService service(m_context);
    if (t.id == 0) {
        auto created = service.create(t);
        if (!created) {
            showError(created.error());
            return false;
        }
        m_ticket = created.value();
        return true;
    }
    if (auto updated = service.update(t); !updated) {
        showError(updated.error());
        return false;
    }
    m_ticket = service.get(t.id).valueOr(t);
    return true;
}

void TicketFormDialog::accept()
{
    if (save())
        QDialog::accept();
}
