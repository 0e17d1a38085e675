#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// An inline strip at the top of a page or dialog for recoverable errors and notices, so that
// modal boxes are only used to ask for decisions. Hidden until a message is shown.
class MessageBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Warning,
        Information
    };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Error);
    void clear();
    QString text() const;

signals:
    // The user closed the banner with its ✕ (not emitted by clear()).
    void dismissed();

private:
    QLabel* m_label;
    QToolButton* m_close;
};
