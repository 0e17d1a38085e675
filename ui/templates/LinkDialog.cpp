#include "LinkDialog.h"

#include "templates/HtmlSanitizer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

LinkDialog::LinkDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Link"));
    auto* form = new QFormLayout(this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("linkUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://… / mailto:… / {{unsubscribe_url}}"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("linkText"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("linkMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_removeButton = buttons->addButton(tr("Remove link"), QDialogButtonBox::DestructiveRole);
    m_removeButton->setObjectName(QStringLiteral("removeLink"));
    form->addRow(tr("Address:"), m_url);
    form->addRow(tr("Text:"), m_text);
    form->addRow(m_message);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_remove = true;
        accept();
    });
    connect(m_url, &QLineEdit::textChanged, this, &LinkDialog::validate);
    setMinimumWidth(420);
    validate();
}

void LinkDialog::setLink(const QString& url, const QString& text, bool editing)
{
    m_url->setText(url);
    m_text->setText(text);
    m_removeButton->setVisible(editing);
    validate();
}

QString LinkDialog::url() const
{
    return m_url->text().trimmed();
}

QString LinkDialog::text() const
{
    return m_text->text();
}

void LinkDialog::validate()
{
    const QString target = url();
    const bool ok = !target.isEmpty() && HtmlSanitizer::isSafeLink(target);
    m_ok->setEnabled(ok);
    m_message->setText(target.isEmpty() || ok
                           ? QString()
                           : tr("Links in emails must start with https://, http:// or mailto:, "
                                "or be a variable such as {{unsubscribe_url}}."));
}
