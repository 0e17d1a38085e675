#include "ProblemBanner.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

ProblemBanner::ProblemBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("problemBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "#problemBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 4px; }"
        "#problemBanner QLabel, #problemBanner QListWidget { color: #611a15; background: transparent; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("problemTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setWordWrap(true);
    m_list->setCursor(Qt::PointingHandCursor);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemClicked, this, &ProblemBanner::activate);
    connect(m_list, &QListWidget::itemActivated, this, &ProblemBanner::activate);
    hide();
}

void ProblemBanner::setProblems(const QList<TemplateProblem>& problems)
{
    m_problems = problems;
    m_list->clear();
    if (problems.isEmpty()) {
        hide();
        return;
    }
    m_title->setText(tr("The template was not saved. Click a problem to select it:", nullptr,
                        static_cast<int>(problems.size())));
    for (const TemplateProblem& problem : problems)
        m_list->addItem(QStringLiteral("• ") + problem.message);
    const int rows = static_cast<int>(std::min<qsizetype>(problems.size(), 5));
    m_list->setFixedHeight(rows * (m_list->fontMetrics().height() + 6) + 6);
    m_list->show();
    show();
}

void ProblemBanner::showError(const QString& message)
{
    m_problems.clear();
    m_list->clear();
    m_list->hide();
    m_title->setText(message);
    show();
}

void ProblemBanner::clear()
{
    m_problems.clear();
    m_list->clear();
    hide();
}

void ProblemBanner::activate(QListWidgetItem* item)
{
    const int row = m_list->row(item);
    if (row >= 0 && row < m_problems.size())
        emit problemActivated(m_problems.at(row));
}
