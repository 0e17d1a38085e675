#include "records/CompaniesPage.h"

#include "records/CompanyDetailView.h"
#include "records/RecordListPage.h"

#include <QStackedWidget>
#include <QVBoxLayout>

CompaniesPage::CompaniesPage(AppSession& session, QWidget* parent)
    : AppPage(parent), m_session(session), m_stack(new QStackedWidget(this)),
      m_list(new RecordListPage(session, RecordListPage::Kind::Companies, this))
{
    setObjectName(QStringLiteral("companiesArea"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_list);
    connect(m_list, &RecordListPage::companyOpened, this, &CompaniesPage::openCompany);
    connect(m_list, &AppPage::stateChanged, this, &AppPage::stateChanged);
}

AppPage* CompaniesPage::currentPage() const
{
    if (m_detail && m_stack->currentWidget() == m_detail)
        return m_detail->currentList();
    return m_list;
}

void CompaniesPage::openCompany(qint64 id)
{
    if (id == 0)
        return;
    if (m_detail) {
        m_stack->removeWidget(m_detail);
        m_detail->deleteLater();
    }
    m_detail = new CompanyDetailView(m_session, id, this);
    m_stack->addWidget(m_detail);
    m_stack->setCurrentWidget(m_detail);
    connect(m_detail, &CompanyDetailView::backRequested, this, &CompaniesPage::showList);
    connect(m_detail, &CompanyDetailView::companyChanged, m_list, &RecordListPage::refresh);
    for (int tab = 0; tab < 3; ++tab)
        connect(m_detail->list(tab), &AppPage::stateChanged, this, &AppPage::stateChanged);
    emit stateChanged();
}

void CompaniesPage::showList()
{
    m_stack->setCurrentWidget(m_list);
    m_list->view()->setFocus();
    emit stateChanged();
}

void CompaniesPage::createNew()
{
    currentPage()->createNew();
}

void CompaniesPage::focusSearch()
{
    currentPage()->focusSearch();
}

bool CompaniesPage::canDelete() const
{
    return currentPage()->canDelete();
}

void CompaniesPage::deleteSelected()
{
    currentPage()->deleteSelected();
}

void CompaniesPage::refresh()
{
    if (m_detail && m_stack->currentWidget() == m_detail)
        m_detail->reloadDetails();
    currentPage()->refresh();
}

QString CompaniesPage::statusText() const
{
    return currentPage()->statusText();
}
