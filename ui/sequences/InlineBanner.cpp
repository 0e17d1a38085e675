#include "InlineBanner.h"

InlineBanner::InlineBanner(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setMargin(6);
    hide();
}

void InlineBanner::showError(const QString& message)
{
    setStyleSheet(
        QStringLiteral("background:#fdecea;color:#8a1c12;border:1px solid #f5c2bd;border-radius:4px;"));
    setProperty("kind", QStringLiteral("error"));
    setText(message);
    setVisible(!message.isEmpty());
}

void InlineBanner::showInfo(const QString& message)
{
    setStyleSheet(
        QStringLiteral("background:#e8f5e9;color:#1b5e20;border:1px solid #b9dfbb;border-radius:4px;"));
    setProperty("kind", QStringLiteral("info"));
    setText(message);
    setVisible(!message.isEmpty());
}

void InlineBanner::clear()
{
    setText({});
    hide();
}
