#pragma once

#include <QWidget>

class AppSession;
class QLabel;
class QTabWidget;
class RecordListPage;

// One company: its details, and its contacts, contracts and invoices in tabs.
class CompanyDetailView : public QWidget
{
    Q_OBJECT

public:
    CompanyDetailView(AppSession& session, qint64 companyId, QWidget* parent = nullptr);

    qint64 companyId() const { return m_companyId; }
    // The tab's table that New/Find/Delete act on.
    RecordListPage* currentList() const;
    RecordListPage* list(int tab) const;
    void reloadDetails();
    // Opens "Enrol in sequence" for this company: pick the sequence, then one of its contacts.
    void enrolInSequence();

signals:
    void backRequested();
    void companyChanged();

private:
    AppSession& m_session;
    qint64 m_companyId;
    QLabel* m_title;
    QLabel* m_details;
    QTabWidget* m_tabs;
};
