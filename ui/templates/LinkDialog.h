#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Asks for a link's target and text. Only targets that survive sanitising are accepted (http,
// https, mailto, or a {{variable}} such as {{unsubscribe_url}}); anything else is explained inline.
class LinkDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LinkDialog(QWidget* parent = nullptr);

    void setLink(const QString& url, const QString& text, bool editing);
    QString url() const;
    QString text() const;
    bool removeRequested() const { return m_remove; }

private:
    void validate();

    QLineEdit* m_url;
    QLineEdit* m_text;
    QLabel* m_message;
    QPushButton* m_ok;
    QPushButton* m_removeButton;
    bool m_remove = false;
};
