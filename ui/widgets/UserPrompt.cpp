#include "widgets/UserPrompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace {
std::optional<bool> g_scriptedAnswer;
QString g_lastQuestion;
} // namespace

bool UserPrompt::confirm(QWidget* parent, const QString& title, const QString& text, const QString& action)
{
    g_lastQuestion = text;
    if (g_scriptedAnswer)
        return *g_scriptedAnswer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(action, QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void UserPrompt::setScriptedAnswer(std::optional<bool> answer)
{
    g_scriptedAnswer = answer;
}

QString UserPrompt::lastQuestion()
{
    return g_lastQuestion;
}
