#pragma once

#include "app/AppPage.h"
#include "importexport/ExportDialog.h"
#include "records/ListQuery.h"

#include <memory>

class AppSession;
class MessageBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class RecordPicker;
class RecordTableModel;

// A searchable, filterable table of one record type with New/Edit/Delete. Used for the four
// record pages and, fixed to one company, inside the company page.
class RecordListPage : public AppPage
{
    Q_OBJECT

public:
    enum class Kind
    {
        Companies,
        Contacts,
        Contracts,
        Invoices
    };

    // `fixedCompanyId` != 0 shows only that company's records (the company page).
    RecordListPage(AppSession& session, Kind kind, QWidget* parent = nullptr, qint64 fixedCompanyId = 0);
    ~RecordListPage() override;

    bool canCreate() const override { return m_mayEdit; }
    void createNew() override;
    bool canSearch() const override { return true; }
    void focusSearch() override;
    bool canDelete() const override;
    void deleteSelected() override;
    void refresh() override;
    QString statusText() const override { return m_status; }

    void editSelected();
    // Companies and contacts: opens "Enrol in sequence" for the selected company (its billing
    // contacts preselected) or contact (preselected, its company's other contacts offered).
    void enrolSelected();
    // Opens the export dialog for what the table shows: its search, filters and order, and its
    // visible columns in their on-screen order.
    void exportList();
    // The dialog exportList() shows, not yet shown (tests fill it in and export directly).
    std::unique_ptr<ExportDialog> createExportDialog();
    // The field names of the visible columns, in on-screen order.
    QStringList visibleFields() const;
    // Applies the search and filters now instead of after the typing pause.
    void applyFilters();

    RecordTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    MessageBanner* banner() const { return m_banner; }
    Kind kind() const { return m_kind; }
    QPushButton* enrolButton() const { return m_enrolButton; }

signals:
    // The user opened a company (double-click on the companies table).
    void companyOpened(qint64 id);
    // A record was created, changed or deleted here.
    void recordsChanged();

private:
    ListQuery currentQuery() const;
    qint64 selectedId() const;
    void updateStatus();
    qint64 countMatches() const;
    void selectId(qint64 id);
    QString settingsKey() const;

    AppSession& m_session;
    Kind m_kind;
    bool m_mayEdit = false;   // the actor may create and edit records (Permission::EditRecords)
    bool m_mayDelete = false; // Permission::DeleteRecords
    qint64 m_fixedCompanyId;
    RecordTableModel* m_model = nullptr;
    QTableView* m_view;
    QLineEdit* m_search;
    MessageBanner* m_banner;
    QTimer* m_searchDelay;
    QCheckBox* m_activeOnly = nullptr;
    RecordPicker* m_companyFilter = nullptr;
    QCheckBox* m_expiring = nullptr;
    QSpinBox* m_expiringDays = nullptr;
    QCheckBox* m_overdue = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QPushButton* m_enrolButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QLabel* m_countLabel;
    QString m_status;
    qint64 m_total = -1; // matching rows; -1 not counted yet
    bool m_countScheduled = false;
};
