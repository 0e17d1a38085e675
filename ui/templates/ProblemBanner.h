#pragma once

#include "templates/TemplateValidator.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QListWidgetItem;

// The inline banner above the template editor: lists each problem that stops the template being
// saved; clicking one asks the editor to select it. Also shows a single error (a save the database
// refused). Hidden when there is nothing to say.
class ProblemBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemBanner(QWidget* parent = nullptr);

    void setProblems(const QList<TemplateProblem>& problems);
    void showError(const QString& message);
    void clear();
    const QList<TemplateProblem>& problems() const { return m_problems; }
    QListWidget* list() const { return m_list; }

signals:
    void problemActivated(const TemplateProblem& problem);

private:
    void activate(QListWidgetItem* item);

    QLabel* m_title;
    QListWidget* m_list;
    QList<TemplateProblem> m_problems;
};
