#pragma once

#include "app/AppPage.h"

class AppSession;
class CompanyDetailView;
class QStackedWidget;
class RecordListPage;

// The companies area: the companies table, and a company's own page opened from it.
class CompaniesPage : public AppPage
{
    Q_OBJECT

public:
    explicit CompaniesPage(AppSession& session, QWidget* parent = nullptr);

    bool canCreate() const override { return true; }
    void createNew() override;
    bool canSearch() const override { return true; }
    void focusSearch() override;
    bool canDelete() const override;
    void deleteSelected() override;
    void refresh() override;
    QString statusText() const override;

    void openCompany(qint64 id);
    void showList();
    RecordListPage* list() const { return m_list; }
    CompanyDetailView* detail() const { return m_detail; }

private:
    AppPage* currentPage() const;

    AppSession& m_session;
    QStackedWidget* m_stack;
    RecordListPage* m_list;
    CompanyDetailView* m_detail = nullptr;
};
