#include "TemplatePreview.h"

#include "SafePreviewBrowser.h"
#include "records/ContactService.h"
#include "settings/OfficeSettings.h"
#include "templates/TemplateVariables.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSearchLimit = 50;
}

TemplatePreview::TemplatePreview(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("templatePreview"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("previewSearch"));
    m_search->setPlaceholderText(tr("Search contacts by name or email…"));
    m_search->setClearButtonEnabled(true);
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("previewContact"));
    m_contact->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contact->setMinimumContentsLength(28);
    m_contact->addItem(tr("Sample data"), qint64(0));
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("previewSubject"));
    m_subject->setTextFormat(Qt::PlainText);
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.15);
    m_subject->setFont(subjectFont);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_browser = new SafePreviewBrowser(this);
    m_browser->setObjectName(QStringLiteral("previewBody"));

    auto* picker = new QHBoxLayout;
    picker->addWidget(new QLabel(tr("Preview for:"), this));
    picker->addWidget(m_contact, 1);
    picker->addWidget(m_search, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(picker);
    auto* subjectRow = new QFormLayout;
    subjectRow->addRow(tr("Subject:"), m_subject);
    layout->addLayout(subjectRow);
    layout->addWidget(m_note);
    layout->addWidget(m_browser, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &TemplatePreview::searchContacts);
    connect(m_contact, &QComboBox::currentIndexChanged, this, &TemplatePreview::refresh);
    m_note->hide();
}

void TemplatePreview::setTemplate(const EmailTemplate& emailTemplate)
{
    m_template = emailTemplate;
    refresh();
}

qint64 TemplatePreview::contactId() const
{
    return m_contact->currentData().toLongLong();
}

void TemplatePreview::setContact(qint64 contactId)
{
    int index = m_contact->findData(contactId);
    if (index < 0) {
        auto contact = ContactService(m_context).get(contactId);
        if (!contact) {
            m_note->setText(contact.error().message);
            m_note->show();
            return;
        }
        m_contact->addItem(contact->email.isEmpty()
                               ? contact->name
                               : QStringLiteral("%1 <%2>").arg(contact->name, contact->email),
                           contact->id);
        index = m_contact->count() - 1;
    }
    m_contact->setCurrentIndex(index);
}

void TemplatePreview::searchContacts()
{
    const qint64 current = contactId();
    ListQuery query;
    query.search = m_search->text().trimmed();
    query.limit = kSearchLimit;
    auto contacts = ContactService(m_context).list(query);
    const QSignalBlocker blocker(m_contact);
    while (m_contact->count() > 1)
        m_contact->removeItem(1);
    if (!contacts) {
        m_note->setText(contacts.error().message);
        m_note->show();
        return;
    }
    for (const Contact& contact : contacts.value())
        m_contact->addItem(contact.email.isEmpty()
                               ? contact.name
                               : QStringLiteral("%1 <%2>").arg(contact.name, contact.email),
                           contact.id);
    const int keep = m_contact->findData(current);
    // A search that finds someone shows the first match straight away.
    m_contact->setCurrentIndex(keep >= 0 && current != 0 ? keep : (m_contact->count() > 1 ? 1 : 0));
    refresh();
}

void TemplatePreview::refresh()
{
    const qint64 contact = contactId();
    TemplateValues values;
    QString note;
    if (contact == 0) {
        values = TemplateVariables::sample(m_template.templateType, m_template.language,
                                           OfficeSettings(m_context).today());
    } else {
        auto collected = TemplateVariables(m_context).collect(contact, m_template.templateType);
        if (!collected) {
            note = collected.error().message;
        } else {
            values = collected.value();
        }
    }
    m_rendered = TemplateRenderer::render(m_template, values);
    m_subject->setText(m_rendered.subject);
    m_browser->showHtml(m_rendered.html);
    if (note.isEmpty() && !m_rendered.missing.isEmpty()) {
        QStringList names;
        for (const QString& name : m_rendered.missing)
            names << QStringLiteral("{{") + name + QStringLiteral("}}");
        note = tr("No value for %1: it is left empty in the mail.").arg(names.join(QStringLiteral(", ")));
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}
