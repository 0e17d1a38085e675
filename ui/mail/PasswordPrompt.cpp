#include "mail/PasswordPrompt.h"

#include <QInputDialog>
#include <QLineEdit>

namespace {
std::optional<std::optional<QString>> g_scripted;
int g_asked = 0;
} // namespace

std::optional<QString> PasswordPrompt::ask(QWidget* parent, const QString& title, const QString& text)
{
    ++g_asked;
    if (g_scripted)
        return *g_scripted;
    bool ok = false;
    const QString password = QInputDialog::getText(parent, title, text, QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

void PasswordPrompt::setScriptedAnswer(std::optional<std::optional<QString>> answer)
{
    g_scripted = std::move(answer);
}

int PasswordPrompt::timesAsked()
{
    return g_asked;
}
