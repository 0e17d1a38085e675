#pragma once

#include "common/ServiceContext.h"
#include "templates/EmailTemplate.h"
#include "templates/TemplateRenderer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class SafePreviewBrowser;

// The preview tab: renders the template being edited (saved or not) for a real contact or for
// sample data, in a SafePreviewBrowser that loads nothing and follows no link.
class TemplatePreview : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreview(ServiceContext context, QWidget* parent = nullptr);

    void setTemplate(const EmailTemplate& emailTemplate);
    // Picks a contact (adding it to the list when a search has not shown it); 0 = sample data.
    void setContact(qint64 contactId);
    qint64 contactId() const;
    void refresh();

    const RenderedEmail& rendered() const { return m_rendered; }
    SafePreviewBrowser* browser() const { return m_browser; }

private:
    void searchContacts();

    ServiceContext m_context;
    EmailTemplate m_template;
    RenderedEmail m_rendered;
    QLineEdit* m_search;
    QComboBox* m_contact;
    QLabel* m_subject;
    QLabel* m_note;
    SafePreviewBrowser* m_browser;
    QTimer* m_searchTimer;
};
