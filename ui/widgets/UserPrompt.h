#pragma once

#include <QCoreApplication>
#include <optional>

class QWidget;

// Asks the user a yes/no decision. Tests script the answer instead of clicking a modal box.
class UserPrompt
{
    Q_DECLARE_TR_FUNCTIONS(UserPrompt)

public:
    // Returns true when the user confirms. `action` names the confirming button ("Delete").
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& action);

    // Makes confirm() answer `answer` without showing anything (nullopt = ask again); also
    // records the last question so a test can check it.
    static void setScriptedAnswer(std::optional<bool> answer);
    static QString lastQuestion();
};
