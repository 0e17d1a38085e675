#pragma once

#include <QCoreApplication>
#include <optional>

class QWidget;

// Asks for a password (hidden input). Tests script the answer instead of typing into a dialog.
class PasswordPrompt
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    // The password, or nothing when the user cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, const QString& text);

    // Makes ask() answer this without showing anything (an empty optional inside = "cancelled");
    // reset with std::nullopt. Counts the questions asked, so a test can check "asked once".
    static void setScriptedAnswer(std::optional<std::optional<QString>> answer);
    static int timesAsked();
};
